#include "ReviewBar.h"

#include "Dialogs.h"
#include "FindingText.h"
#include "ReportDocument.h"
#include "WorkspaceSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ReviewBar::ReviewBar(QWidget *parent)
    : QFrame(parent)
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
    , m_clerkButtons(new QHBoxLayout)
    , m_reviewer(new QWidget(this))
    , m_reviewerButtons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("reviewBar"));
    setFrameShape(QFrame::StyledPanel);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    m_reviewer->setObjectName(QStringLiteral("reviewerActions"));
    auto *separator = new QFrame(m_reviewer);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *reviewerLabel = new QLabel(tr("审核人员："), m_reviewer);
    auto *reviewerLayout = new QHBoxLayout(m_reviewer);
    reviewerLayout->setContentsMargins(12, 0, 0, 0);
    reviewerLayout->addWidget(separator);
    reviewerLayout->addWidget(reviewerLabel);
    reviewerLayout->addLayout(m_reviewerButtons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_status);
    layout->addLayout(m_clerkButtons);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_reviewer);
    hide();
}

void ReviewBar::setSession(WorkspaceSession *session)
{
    m_session = session;
    connect(session, &WorkspaceSession::statusChanged, this, &ReviewBar::refresh);
    connect(session, &WorkspaceSession::reportOpened, this, &ReviewBar::refresh);
    refresh();
}

QString ReviewBar::statusText() const
{
    return m_status->text();
}

void ReviewBar::clearButtons()
{
    for (QHBoxLayout *buttons : {m_clerkButtons, m_reviewerButtons}) {
        while (QLayoutItem *item = buttons->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
}

void ReviewBar::refresh()
{
    clearButtons();
    if (!m_session || !m_session->hasReport()) {
        hide();
        Q_EMIT refreshed();
        return;
    }
    const ReportStatus status = m_session->status();
    m_status->setText(tr("状态：%1").arg(reportStatusText(status)));
    QString note;
    if (status == ReportStatus::Returned && !m_session->statusNote().isEmpty())
        note = tr("退回原因：%1").arg(m_session->statusNote());
    else if (ReportWorkflow::isReadOnly(status))
        note = tr("已审核的报告不能修改；需要修改时请审核人员重新打开。");
    else if (status == ReportStatus::Submitted)
        note = tr("报告已提交，审核期间不能修改；审核人员退回后可以继续修改。");
    m_note->setText(note);
    bool reviewer = false;
    for (ReportWorkflow::Action action : m_session->availableActions()) {
        const bool byReviewer = ReportWorkflow::roleFor(action) == WorkspaceRole::Reviewer;
        auto *button = new QPushButton(ReportWorkflow::actionText(action), byReviewer ? m_reviewer : this);
        button->setObjectName(QStringLiteral("workflow_%1").arg(int(action)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action] { act(int(action)); });
        (byReviewer ? m_reviewerButtons : m_clerkButtons)->addWidget(button);
        reviewer = reviewer || byReviewer;
    }
    m_reviewer->setVisible(reviewer);
    show();
    Q_EMIT refreshed();
}

QStringList ReviewBar::openItems() const
{
    QStringList items;
    if (!m_session)
        return items;
    const ReportEvaluation &e = m_session->document()->evaluation();
    QStringList warnings;
    for (const Finding &f : e.findings) {
        if (!f.isError())
            warnings.append(FindingText::message(f));
    }
    if (!warnings.isEmpty()) {
        constexpr int shown = 3;
        // One warning a line, under the count: a reviewer reads them, not a paragraph.
        QString line = tr("警告 %1 项：").arg(warnings.size());
        for (const QString &w : warnings.mid(0, shown))
            line += QStringLiteral("\n    – ") + w;
        if (warnings.size() > shown)
            line += QStringLiteral("\n    – ") + tr("另有 %1 项，见“检查结果”").arg(warnings.size() - shown);
        items.append(line);
    }
    if (e.score.pending > 0)
        items.append(tr("待人工评分 %1 项（按 0 分计）").arg(e.score.pending));
    int unresolved = 0;
    for (const ReportComment &c : m_session->comments())
        unresolved += c.resolved ? 0 : 1;
    if (unresolved > 0)
        items.append(tr("未解决的审核意见 %1 条").arg(unresolved));
    return items;
}

bool ReviewBar::act(int actionValue)
{
    const auto action = ReportWorkflow::Action(actionValue);
    // Approving and returning are asked for, with what is still open said first.
    QString open;
    if (action == ReportWorkflow::Action::Approve || action == ReportWorkflow::Action::Return) {
        const QStringList items = openItems();
        open = items.isEmpty() ? tr("没有未解决的警告、待人工评分项或审核意见。")
                               : tr("仍未解决：") + QStringLiteral("\n· ") + items.join(QStringLiteral("\n· "));
    }
    QString comment;
    if (action == ReportWorkflow::Action::Return) {
        comment = Dialogs::askText(this, tr("退回报告"), open + QStringLiteral("\n\n") + tr("请写明退回的原因，填报人员会看到："));
        if (comment.isEmpty())
            return false;
    } else if (action == ReportWorkflow::Action::Approve) {
        const QString question = tr("审核通过后报告将锁定，填报人员不能再修改。") + QStringLiteral("\n\n") + open
                                 + QStringLiteral("\n\n") + tr("确定审核通过吗？");
        if (!Dialogs::confirm(this, tr("审核通过"), question))
            return false;
    }
    const WorkspaceError e = m_session->changeStatus(action, comment);
    if (e.isError()) {
        Dialogs::error(this, ReportWorkflow::actionText(action), e.text());
        refresh();
        return false;
    }
    refresh();
    return true;
}
