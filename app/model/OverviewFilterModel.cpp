#include "OverviewFilterModel.h"

#include "OverviewTableModel.h"

OverviewFilterModel::OverviewFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void OverviewFilterModel::setDepartmentFilter(const QString &text)
{
    if (m_department == text.trimmed())
        return;
    m_department = text.trimmed();
    invalidateFilter();
}

void OverviewFilterModel::setStatusFilter(std::optional<ReportStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void OverviewFilterModel::setOnlyWithErrors(bool only)
{
    if (m_onlyWithErrors == only)
        return;
    m_onlyWithErrors = only;
    invalidateFilter();
}

bool OverviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const OverviewTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const OverviewRecord *r = model->record(sourceRow);
    if (!r)
        return false;
    if (!m_department.isEmpty() && !r->department.contains(m_department, Qt::CaseInsensitive))
        return false;
    if (m_status && r->status != *m_status)
        return false;
    if (m_onlyWithErrors && r->errors == 0 && r->evaluated)
        return false;
    return true;
}
