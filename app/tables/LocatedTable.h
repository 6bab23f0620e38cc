#pragma once

#include "CellAmount.h"
#include "Sheet.h"

#include <optional>

// The published tables the fill reads, found by their titles.
enum class TableKind {
    IncomeExpenditureSummary, // 收入支出决算总表 (公开01表)
    Expenditure,              // 支出决算表 (公开03表)
    ThreePublic,              // 一般公共预算财政拨款“三公”经费支出决算表 (公开07表)
    GeneralBudgetExpenditure, // 一般公共预算支出表 (部门预算)
};

// One table found on a sheet: where it is (from its title row to the next table or the
// end of the sheet), its unit, its column headers and where its data rows begin. Figures
// are found in it by the labels of their row and column, never by address.
class LocatedTable
{
public:
    struct Label
    {
        QString normalized;
        QString shown;
    };
    struct Place
    {
        int row = -1;
        int column = -1;
        QString shown; // the label found there
    };

    // Lays out the table whose title is at (titleRow, titleColumn), up to endRow.
    LocatedTable(TableKind kind, const QString &file, const Sheet *sheet, int titleRow, int titleColumn, int endRow);

    TableKind kind() const { return m_kind; }
    const QString &file() const { return m_file; }
    const Sheet &sheet() const { return *m_sheet; }
    const QString &title() const { return m_title; }
    int titleRow() const { return m_titleRow; }
    int endRow() const { return m_endRow; }
    int firstDataRow() const { return m_firstDataRow; }

    // The unit stated in the header; nothing when there is none (unitText() then says
    // what was found instead, if anything: 千元).
    std::optional<AmountUnit> unit() const { return m_unit; }
    const QString &unitText() const { return m_unitText; }

    // The column headers of a column, top down (merged headers repeated over their columns).
    QList<Label> columnLabels(int column) const;
    int columnCount() const { return int(m_columnLabels.size()); }

    // The first (or every) cell of the data rows whose label is one of `labels`.
    std::optional<Place> findRowLabel(const QStringList &labels) const;
    QList<Place> findRowLabels(const QStringList &labels) const;
    // A cell of the column headers' rows: the labels of a row split by basic/project sit
    // below the row's label (其中：基本支出结转).
    std::optional<Place> findLabelBelow(const Place &above, const QStringList &labels, int maxRows) const;

    // The columns whose headers hold, for each group, one of its labels.
    QList<int> columnsWith(const QList<QStringList> &groups) const;

    CellAmount amountAt(int row, int column) const;

private:
    void findUnit();
    void findHeaders();
    bool isColumnNumberRow(const SheetRow &row) const;

    TableKind m_kind;
    QString m_file;
    const Sheet *m_sheet;
    QString m_title;
    int m_titleRow;
    int m_endRow;
    int m_firstDataRow;
    std::optional<AmountUnit> m_unit;
    QString m_unitText;
    QList<QList<Label>> m_columnLabels;
};
