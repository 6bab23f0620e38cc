#pragma once

#include "OverviewRecord.h"

#include <QAbstractTableModel>
#include <limits>

// The overview of a year as a table: one row per department (OverviewRecord, as
// Workspace::overview gives them), one column per OverviewColumns entry: department, status,
// score, grade, pending manual items, the ten indicators, errors, warnings, 全年预算,
// 全年支出, 年末结转. Plain records in, no database: the window fills it, a
// QSortFilterProxyModel sorts and filters it (sortRole() gives numbers as numbers; 不适用
// sorts below every number). The cells are worked out once per record, so sorting 1,000
// rows costs comparisons only.
class OverviewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the report's id (qint64)
        SortRole,                  // qint64 for numbers (不适用: the lowest), QString for text
        NumberRole,                // qint64 in units of 10^-decimals, or invalid when 不适用
        KeyRole,                   // the column's key (department, status, an indicator id, …)
        StatusRole,                // int(ReportStatus), on every column
    };
    static constexpr qint64 NotApplicableSortValue = std::numeric_limits<qint64>::min();

    explicit OverviewTableModel(QObject *parent = nullptr);

    void setRecords(const QList<OverviewRecord> &records);
    const QList<OverviewRecord> &records() const { return m_records; }
    const OverviewRecord *record(int row) const;
    int rowOf(qint64 reportId) const;
    // Replaces the line of one report (after it was saved or its status changed).
    void updateRecord(const OverviewRecord &record);
    static int columnOf(const QString &key) { return OverviewColumns::indexOf(key); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<OverviewColumns::Cell> cellsOf(const OverviewRecord &record) const;
    // The grade (or the table's grade) of a report a person still has to score.
    bool gradePending(const OverviewRecord &record, int column) const;

    QList<OverviewColumns::Column> m_columns;
    QList<OverviewRecord> m_records;
    QList<QList<OverviewColumns::Cell>> m_cells; // per row, per column
};
