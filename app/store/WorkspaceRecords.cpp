#include "WorkspaceRecords.h"

#include "CopyName.h"

namespace {
struct ActionName { HistoryEntry::Action action; const char *key; };
const ActionName actionNames[] = {
    {HistoryEntry::Action::Create, "create"},   {HistoryEntry::Action::Save, "save"},
    {HistoryEntry::Action::Import, "import"},   {HistoryEntry::Action::Copy, "copy"},
    {HistoryEntry::Action::Restore, "restore"}, {HistoryEntry::Action::Delete, "delete"},
    {HistoryEntry::Action::Status, "status"},   {HistoryEntry::Action::CarryForward, "carry_forward"},
};
} // namespace

QString HistoryEntry::actionKey(Action action)
{
    for (const ActionName &n : actionNames) {
        if (n.action == action)
            return QString::fromLatin1(n.key);
    }
    return QStringLiteral("save");
}

HistoryEntry::Action HistoryEntry::actionFromKey(const QString &key)
{
    for (const ActionName &n : actionNames) {
        if (key == QLatin1String(n.key))
            return n.action;
    }
    return Action::Save;
}

QString HistoryEntry::actionText() const
{
    switch (action) {
    case Action::Create:
        return tr("新建");
    case Action::Save:
        return tr("修改");
    case Action::Import:
        return tr("导入");
    case Action::Copy:
        return tr("另存副本");
    case Action::Restore:
        return tr("恢复");
    case Action::Delete:
        return tr("删除");
    case Action::Status:
        return tr("更改状态");
    case Action::CarryForward:
        return tr("从上年新建");
    }
    return {};
}

bool WorkspaceUser::inDepartment(const QString &reportDepartment, const QString &userDepartment)
{
    if (userDepartment.isEmpty())
        return false;
    // A copy kept after a conflict ("<department>（副本）", "（副本2）") stays the clerk's.
    return CopyName::covers(userDepartment, reportDepartment);
}

WorkspaceRoles WorkspaceUser::rolesFor(const QString &reportDepartment) const
{
    if (owner)
        return WorkspaceRole::Clerk | WorkspaceRole::Reviewer | WorkspaceRole::Admin;
    WorkspaceRoles r = roles;
    if (r.testFlag(WorkspaceRole::Clerk) && !inDepartment(reportDepartment, department))
        r.setFlag(WorkspaceRole::Clerk, false);
    return r;
}

QString WorkspaceUser::name() const
{
    if (displayName.isEmpty() || displayName == login)
        return login;
    return QCoreApplication::translate("WorkspaceUser", "%1（%2）").arg(displayName, login);
}

namespace {
struct AuditName { AuditEntry::Action action; const char *key; };
const AuditName auditNames[] = {
    {AuditEntry::Action::Create, "create"}, {AuditEntry::Action::Edit, "edit"},
    {AuditEntry::Action::Status, "status"}, {AuditEntry::Action::Delete, "delete"},
    {AuditEntry::Action::ManualScore, "score"},
};
} // namespace

QString AuditEntry::actionKey(Action action)
{
    for (const AuditName &n : auditNames) {
        if (n.action == action)
            return QString::fromLatin1(n.key);
    }
    return QStringLiteral("edit");
}

AuditEntry::Action AuditEntry::actionFromKey(const QString &key)
{
    for (const AuditName &n : auditNames) {
        if (key == QLatin1String(n.key))
            return n.action;
    }
    return Action::Edit;
}

QString AuditEntry::actionText() const
{
    switch (action) {
    case Action::Create:
        return QCoreApplication::translate("AuditEntry", "新建");
    case Action::Edit:
        return QCoreApplication::translate("AuditEntry", "修改");
    case Action::Status:
        return QCoreApplication::translate("AuditEntry", "状态：%1 → %2")
            .arg(reportStatusText(fromStatus), reportStatusText(toStatus));
    case Action::Delete:
        return QCoreApplication::translate("AuditEntry", "删除");
    case Action::ManualScore:
        return QCoreApplication::translate("AuditEntry", "人工评分");
    }
    return {};
}
