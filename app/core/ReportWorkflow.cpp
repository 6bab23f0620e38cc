#include "ReportWorkflow.h"

QString workspaceRoleKey(WorkspaceRole role)
{
    switch (role) {
    case WorkspaceRole::Reviewer:
        return QStringLiteral("reviewer");
    case WorkspaceRole::Admin:
        return QStringLiteral("admin");
    case WorkspaceRole::Clerk:
        break;
    }
    return QStringLiteral("clerk");
}

std::optional<WorkspaceRole> workspaceRoleFromKey(const QString &key)
{
    for (WorkspaceRole role : allWorkspaceRoles()) {
        if (key.trimmed().compare(workspaceRoleKey(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString workspaceRoleText(WorkspaceRole role)
{
    switch (role) {
    case WorkspaceRole::Reviewer:
        return QCoreApplication::translate("WorkspaceRole", "审核人员");
    case WorkspaceRole::Admin:
        return QCoreApplication::translate("WorkspaceRole", "管理员");
    case WorkspaceRole::Clerk:
        break;
    }
    return QCoreApplication::translate("WorkspaceRole", "填报人员");
}

QList<WorkspaceRole> allWorkspaceRoles()
{
    return {WorkspaceRole::Clerk, WorkspaceRole::Reviewer, WorkspaceRole::Admin};
}

ReportStatus ReportWorkflow::targetOf(Action action)
{
    switch (action) {
    case Action::Submit:
        return ReportStatus::Submitted;
    case Action::Return:
        return ReportStatus::Returned;
    case Action::Approve:
        return ReportStatus::Approved;
    case Action::Reopen:
        break;
    }
    return ReportStatus::Draft;
}

std::optional<ReportWorkflow::Action> ReportWorkflow::actionFor(ReportStatus from, ReportStatus to)
{
    using S = ReportStatus;
    if ((from == S::Draft || from == S::Returned) && to == S::Submitted)
        return Action::Submit;
    if (from == S::Submitted && to == S::Returned)
        return Action::Return;
    if (from == S::Submitted && to == S::Approved)
        return Action::Approve;
    if (from == S::Approved && to == S::Draft)
        return Action::Reopen;
    return std::nullopt;
}

WorkspaceRole ReportWorkflow::roleFor(Action action)
{
    return action == Action::Submit ? WorkspaceRole::Clerk : WorkspaceRole::Reviewer;
}

QString ReportWorkflow::actionText(Action action)
{
    switch (action) {
    case Action::Submit:
        return tr("提交");
    case Action::Return:
        return tr("退回");
    case Action::Approve:
        return tr("审核通过");
    case Action::Reopen:
        break;
    }
    return tr("重新打开");
}

ReportWorkflow::Verdict ReportWorkflow::check(ReportStatus from, ReportStatus to, WorkspaceRoles roles, int errorCount,
                                              const QString &comment)
{
    const std::optional<Action> action = actionFor(from, to);
    if (!action)
        return {Problem::NotATransition,
                tr("报告不能由“%1”直接改为“%2”。").arg(reportStatusText(from), reportStatusText(to))};
    if (!roles.testFlag(roleFor(*action))) {
        const QString who = workspaceRoleText(roleFor(*action));
        return {Problem::NotYourRole,
                *action == Action::Submit ? tr("只有本部门的%1才能提交这份报告。").arg(who)
                                          : tr("只有%1才能%2报告。").arg(who, actionText(*action))};
    }
    if (*action == Action::Submit && errorCount > 0)
        return {Problem::HasErrors,
                tr("报告还有 %n 处错误，改正后才能提交。", nullptr, errorCount)};
    if (*action == Action::Approve && errorCount > 0)
        return {Problem::HasErrors,
                tr("报告内容还有 %n 处错误，不能审核通过；请退回给填报人员改正。", nullptr, errorCount)};
    if (*action == Action::Return && comment.trimmed().isEmpty())
        return {Problem::CommentRequired, tr("退回报告时请写明退回的原因，以便填报人员修改。")};
    return {};
}

QList<ReportWorkflow::Action> ReportWorkflow::available(ReportStatus from, WorkspaceRoles roles)
{
    QList<Action> out;
    for (Action a : {Action::Submit, Action::Return, Action::Approve, Action::Reopen}) {
        if (actionFor(from, targetOf(a)) == a && roles.testFlag(roleFor(a)))
            out.append(a);
    }
    return out;
}
