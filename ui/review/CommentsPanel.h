#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class WorkspaceSession;

// Reviewers' comments on the open report: on the whole report, a section or a field.
// Choosing one shows its field; a comment can be added for the field being edited and
// marked resolved.
class CommentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommentsPanel(QWidget *parent = nullptr);
    void setSession(WorkspaceSession *session);
    QListWidget *list() const { return m_list; }
    // Adds a comment on `fieldPath` (asks for the text); false when cancelled or refused.
    bool addComment(const QString &fieldPath);

Q_SIGNALS:
    void fieldRequested(const QString &path);
    // The field the clerk or reviewer is on, for a new comment (the window answers).
    void currentFieldWanted(QString *path);

private:
    void refresh();

    WorkspaceSession *m_session = nullptr;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_resolve;
};
