#pragma once

#include "WorkspaceRecords.h"

#include <QAbstractTableModel>
#include <QHash>

// The workspace as a grid: one row per department (its name in column 0 and in the row
// header), then one column per year (ascending). A cell holds that department's report for that year, or nothing (where a
// new report can be made).
class WorkspaceGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ReportIdRole = Qt::UserRole + 1, RevisionRole, DepartmentRole, YearRole };

    explicit WorkspaceGridModel(QObject *parent = nullptr);

    // Replaces the contents (the workspace was listed again). `extraYears` are shown even
    // without any report (the current year, where new reports go).
    void setReports(const QList<ReportSummary> &reports, const QList<int> &extraYears = {});

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString departmentAt(int row) const { return m_departments.value(row); }
    int yearAt(int column) const { return column >= 1 ? m_years.value(column - 1) : 0; }
    const ReportSummary *reportAt(const QModelIndex &index) const;
    const ReportSummary *find(const QString &department, int year) const;
    QModelIndex indexOf(const QString &department, int year) const;
    int reportCount() const { return int(m_reports.size()); }

private:
    QList<ReportSummary> m_reports;
    QStringList m_departments;
    QList<int> m_years;
    QHash<QString, int> m_rowOf;
    QHash<int, int> m_columnOf;
    QHash<quint64, int> m_cells; // (row, column) → index into m_reports
};
