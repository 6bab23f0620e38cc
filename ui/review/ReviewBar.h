#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class WorkspaceSession;

// Where the open report stands in the approval workflow (草稿, 已提交, 已退回 with the
// reviewer's reason, 已审核 = read-only), and the steps the current user may take.
class ReviewBar : public QFrame
{
    Q_OBJECT
public:
    explicit ReviewBar(QWidget *parent = nullptr);
    void setSession(WorkspaceSession *session);
    QString statusText() const;
    // Takes a workflow step (asking for the reason when returning); says why when refused.
    bool act(int action);

public Q_SLOTS:
    void refresh();

private:
    WorkspaceSession *m_session = nullptr;
    QLabel *m_status;
    QLabel *m_note;
    QHBoxLayout *m_buttons;
};
