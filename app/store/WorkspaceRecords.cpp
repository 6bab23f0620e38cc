#include "WorkspaceRecords.h"

QString reportStatusKey(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Review:
        return QStringLiteral("review");
    case ReportStatus::Final:
        return QStringLiteral("final");
    case ReportStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

ReportStatus reportStatusFromKey(const QString &key)
{
    if (key == QLatin1String("review"))
        return ReportStatus::Review;
    if (key == QLatin1String("final"))
        return ReportStatus::Final;
    return ReportStatus::Draft;
}

QString reportStatusText(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Review:
        return QCoreApplication::translate("ReportStatus", "待审核");
    case ReportStatus::Final:
        return QCoreApplication::translate("ReportStatus", "定稿");
    case ReportStatus::Draft:
        break;
    }
    return QCoreApplication::translate("ReportStatus", "草稿");
}

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
