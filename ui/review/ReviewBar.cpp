#include "ReviewBar.h"

#include "Dialogs.h"
#include "WorkspaceSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ReviewBar::ReviewBar(QWidget *parent)
    : QFrame(parent)
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("reviewBar"));
    setFrameShape(QFrame::StyledPanel);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_note, 1);
    layout->addLayout(m_buttons);
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

void ReviewBar::refresh()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_session || !m_session->hasReport()) {
        hide();
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
    for (ReportWorkflow::Action action : m_session->availableActions()) {
        auto *button = new QPushButton(ReportWorkflow::actionText(action), this);
        button->setObjectName(QStringLiteral("workflow_%1").arg(int(action)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action] { act(int(action)); });
        m_buttons->addWidget(button);
    }
    show();
}

bool ReviewBar::act(int actionValue)
{
    const auto action = ReportWorkflow::Action(actionValue);
    QString comment;
    if (action == ReportWorkflow::Action::Return) {
        comment = Dialogs::askText(this, tr("退回报告"), tr("请写明退回的原因，填报人员会看到："));
        if (comment.isEmpty())
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
