#pragma once

#include "ReportStatus.h"

#include <QSortFilterProxyModel>
#include <optional>

// Sorting and filtering of an OverviewTableModel: numbers sort as numbers (its SortRole),
// and the rows can be narrowed to a department name (part of it, any case), a status, or
// the reports that still have errors. The overview window shows, charts and exports the
// rows in this model's order.
class OverviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OverviewFilterModel(QObject *parent = nullptr);

    void setDepartmentFilter(const QString &text);
    QString departmentFilter() const { return m_department; }
    void setStatusFilter(std::optional<ReportStatus> status);
    std::optional<ReportStatus> statusFilter() const { return m_status; }
    void setOnlyWithErrors(bool only);
    bool onlyWithErrors() const { return m_onlyWithErrors; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_department;
    std::optional<ReportStatus> m_status;
    bool m_onlyWithErrors = false;
};
