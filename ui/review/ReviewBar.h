#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class WorkspaceSession;

// Where the open report stands in the approval workflow (草稿, 已提交, 已退回 with the
// reviewer's reason, 已审核 = read-only), and the steps the current user may take: the
// clerk's (提交) beside the status, the reviewer's (退回, 审核通过, 重新打开) apart at the far
// end, so that approving is never where submitting was.
class ReviewBar : public QFrame
{
    Q_OBJECT
public:
    explicit ReviewBar(QWidget *parent = nullptr);
    void setSession(WorkspaceSession *session);
    QString statusText() const;
    // Takes a workflow step (asking for the reason when returning, and before approving or
    // returning saying what is still open); says why when refused.
    bool act(int action);
    // What a reviewer leaves open by approving or returning now: warnings, items waiting for
    // a manual score, unresolved comments; one line each, empty when nothing is.
    QStringList openItems() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The report's status or the steps open to the user changed.
    void refreshed();

private:
    void clearButtons();

    WorkspaceSession *m_session = nullptr;
    QLabel *m_status;
    QLabel *m_note;
    QHBoxLayout *m_clerkButtons;
    QWidget *m_reviewer; // the reviewer's part: a separator, its label and its buttons
    QHBoxLayout *m_reviewerButtons;
};
