#include "TableChecks.h"

#include "TableReading.h"

namespace {

struct Part
{
    QString label;
    Money value;
};

// total = Σ parts, or a SumDisagrees finding on the total's cell.
bool sumAgrees(TableReading &reading, int row, int totalColumn, const QString &totalLabel, const QList<Part> &parts,
               Money total, TableFindings *findings)
{
    Money sum;
    QStringList terms;
    for (const Part &p : parts) {
        if (!Money::addChecked(sum, p.value, &sum))
            return true; // amounts this large are refused elsewhere
        terms.append(QStringLiteral("%1 %2").arg(p.label, CellAmount::inUnit(p.value, reading.table().unit().value_or(AmountUnit::Wan))));
    }
    if (sum == total)
        return true;
    Money difference;
    if (!Money::subtractChecked(total, sum, &difference))
        return true;
    const AmountUnit unit = reading.table().unit().value_or(AmountUnit::Wan);
    findings->append(reading.finding(TableFinding::Code::SumDisagrees, row, totalColumn,
                                     {totalLabel, CellAmount::inUnit(total, unit), terms.join(QStringLiteral(" + ")),
                                      CellAmount::inUnit(sum, unit), CellAmount::inUnit(difference, unit),
                                      reading.unitName()}));
    return false;
}

// One row: the total column against the part columns (absent columns are not summed).
bool rowSumAgrees(TableReading &reading, int row, int labelColumn, const QList<QStringList> &totalGroups,
                  const QList<QList<QStringList>> &partGroups, TableFindings *findings)
{
    const std::optional<int> totalColumn = reading.column(totalGroups, labelColumn);
    if (!totalColumn)
        return true;
    const std::optional<Money> total = reading.amount(row, *totalColumn);
    if (!total)
        return true;
    QList<Part> parts;
    for (const QList<QStringList> &groups : partGroups) {
        const std::optional<int> c = reading.column(groups, labelColumn);
        if (!c || *c == *totalColumn)
            continue;
        const std::optional<Money> value = reading.amount(row, *c);
        if (!value)
            return true;
        parts.append({reading.columnLabels(*c).value(reading.columnLabels(*c).size() - 1), *value});
    }
    if (parts.isEmpty())
        return true;
    const QStringList totalLabels = reading.columnLabels(*totalColumn);
    return sumAgrees(reading, row, *totalColumn, totalLabels.join(QStringLiteral(" · ")), parts, *total, findings);
}

bool checkSummary(TableReading &reading, TableFindings *findings)
{
    const LocatedTable &t = reading.table();
    QList<std::pair<int, int>> cells;
    QList<Money> totals;
    for (const LocatedTable::Place &p : t.findRowLabels(TableLabels::grandTotal())) {
        const std::optional<int> c = reading.column({TableLabels::amount()}, p.column);
        if (!c)
            continue;
        const std::optional<Money> v = reading.amount(p.row, *c);
        if (!v)
            return true;
        cells.append({p.row, *c});
        totals.append(*v);
    }
    if (totals.size() != 2 || totals[0] == totals[1])
        return true;
    Money difference;
    if (!Money::subtractChecked(totals[0], totals[1], &difference))
        return true;
    const AmountUnit unit = t.unit().value_or(AmountUnit::Wan);
    findings->append(reading.finding(TableFinding::Code::TotalsDisagree, cells[1].first, cells[1].second,
                                     {CellAmount::inUnit(totals[0], unit), CellAmount::inUnit(totals[1], unit),
                                      CellAmount::inUnit(difference, unit), reading.unitName(),
                                      Sheet::cellName(cells[0].first, cells[0].second)}));
    return false;
}

bool checkTotalRow(TableReading &reading, const QStringList &totalColumnLabels, const QList<QStringList> &partLabels,
                   TableFindings *findings)
{
    const std::optional<LocatedTable::Place> row = reading.table().findRowLabel(TableLabels::total());
    if (!row)
        return true;
    QList<QList<QStringList>> parts;
    for (const QStringList &p : partLabels)
        parts.append({p});
    return rowSumAgrees(reading, row->row, row->column, {totalColumnLabels}, parts, findings);
}

bool checkThreePublic(TableReading &reading, TableFindings *findings)
{
    const int row = reading.table().firstDataRow();
    if (row >= reading.table().endRow())
        return true;
    bool agrees = true;
    for (const QStringList &side : {TableLabels::budgeted(), TableLabels::actual()}) {
        const std::optional<int> totalColumn = reading.column({side, TableLabels::total()});
        QList<Part> parts;
        bool readable = totalColumn.has_value();
        for (const QStringList &item : {TableLabels::overseas(), TableLabels::vehicles(), TableLabels::reception()}) {
            const std::optional<int> c = reading.column({side, item});
            const std::optional<Money> v = c ? reading.amount(row, *c) : std::nullopt;
            readable = readable && v.has_value();
            if (v)
                parts.append({reading.columnLabels(*c).value(1, reading.columnLabels(*c).value(0)), *v});
        }
        if (readable) {
            if (const std::optional<Money> total = reading.amount(row, *totalColumn)) {
                const QStringList labels = reading.columnLabels(*totalColumn);
                agrees = sumAgrees(reading, row, *totalColumn, labels.join(QStringLiteral(" · ")), parts, *total, findings) && agrees;
            }
        }
        // 公务用车's 小计 and its two parts, where the table has them.
        const std::optional<int> subtotal = reading.column({side, TableLabels::vehicles()});
        const std::optional<int> purchase = reading.column({side, TableLabels::vehiclePurchase()});
        const std::optional<int> running = reading.column({side, TableLabels::vehicleRunning()});
        if (subtotal && purchase && running && *subtotal != *purchase && *subtotal != *running) {
            const std::optional<Money> s = reading.amount(row, *subtotal);
            const std::optional<Money> p = reading.amount(row, *purchase);
            const std::optional<Money> r = reading.amount(row, *running);
            if (s && p && r) {
                const QStringList labels = reading.columnLabels(*subtotal);
                agrees = sumAgrees(reading, row, *subtotal, labels.join(QStringLiteral(" · ")),
                                   {{reading.columnLabels(*purchase).last(), *p}, {reading.columnLabels(*running).last(), *r}},
                                   *s, findings)
                         && agrees;
            }
        }
    }
    return agrees;
}

} // namespace

bool TableChecks::check(const LocatedTable &table, TableFindings *findings)
{
    if (!table.unit())
        return false;
    TableReading reading(table, findings);
    switch (table.kind()) {
    case TableKind::IncomeExpenditureSummary:
        return !checkSummary(reading, findings);
    case TableKind::Expenditure: {
        QList<QStringList> parts = {TableLabels::basic(), TableLabels::project()};
        parts.append(TableLabels::otherSpending());
        return !checkTotalRow(reading, TableLabels::expenditureTotal(), parts, findings);
    }
    case TableKind::ThreePublic:
        return !checkThreePublic(reading, findings);
    case TableKind::GeneralBudgetExpenditure:
        return !checkTotalRow(reading, TableLabels::total(), {TableLabels::basic(), TableLabels::project()}, findings);
    }
    return false;
}
