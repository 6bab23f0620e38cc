#include "TableFill.h"

#include "TableChecks.h"
#include "TableLocator.h"
#include "TableReading.h"
#include "WorkbookReader.h"

#include <QHash>

namespace {

// A figure read from one cell: its table, the label of its row (none: the table's first
// data row, as in the “三公” table) and the labels over its column.
struct FigureSpec
{
    const char *path;
    TableKind table;
    const QStringList *rowLabels;
    QList<const QStringList *> columnGroups;
};

const QList<FigureSpec> &cellFigures()
{
    using namespace TableLabels;
    static const QList<FigureSpec> specs = {
        {"budget.initial.basic", TableKind::GeneralBudgetExpenditure, &total(), {&basic()}},
        {"budget.initial.project", TableKind::GeneralBudgetExpenditure, &total(), {&project()}},
        {"budget.three_public_budget.reception", TableKind::ThreePublic, nullptr, {&budgeted(), &reception()}},
        {"budget.three_public_budget.vehicles", TableKind::ThreePublic, nullptr, {&budgeted(), &vehicles()}},
        {"budget.three_public_budget.overseas", TableKind::ThreePublic, nullptr, {&budgeted(), &overseas()}},
        {"execution.spent.basic", TableKind::Expenditure, &total(), {&basic()}},
        {"execution.spent.project", TableKind::Expenditure, &total(), {&project()}},
        {"execution.carryover_out", TableKind::IncomeExpenditureSummary, &carryoverOut(), {&amount()}},
        {"execution.three_public_actual.reception", TableKind::ThreePublic, nullptr, {&actual(), &reception()}},
        {"execution.three_public_actual.vehicles", TableKind::ThreePublic, nullptr, {&actual(), &vehicles()}},
        {"execution.three_public_actual.overseas", TableKind::ThreePublic, nullptr, {&actual(), &overseas()}},
    };
    return specs;
}

const QString carryoverBasic = QStringLiteral("budget.carryover_in.basic");
const QString carryoverProject = QStringLiteral("budget.carryover_in.project");

class Filler
{
public:
    Filler(TableFill *fill, const LocatedTable &table, bool disagrees)
        : m_fill(fill)
        , m_reading(table, &fill->findings)
        , m_disagrees(disagrees)
    {
    }

    // The amount right of a row label (or in the first data row) under `groups`.
    std::optional<FilledFigure> read(const QString &path, const std::optional<LocatedTable::Place> &row,
                                     const QList<QStringList> &groups)
    {
        const LocatedTable &t = m_reading.table();
        const int r = row ? row->row : t.firstDataRow();
        if (r >= t.endRow())
            return std::nullopt;
        const std::optional<int> column = m_reading.column(groups, row ? row->column : -1, true);
        if (!column)
            return std::nullopt;
        FilledFigure f;
        const std::optional<Money> value = m_reading.amount(r, *column, &f.blankCell);
        if (!value)
            return std::nullopt;
        f.path = path;
        f.value = *value;
        f.source = m_reading.source(r, *column, row ? QStringList{row->shown} : QStringList());
        f.tableDisagrees = m_disagrees;
        return f;
    }

    void fillCell(const FigureSpec &spec)
    {
        std::optional<LocatedTable::Place> row;
        if (spec.rowLabels) {
            row = m_reading.table().findRowLabel(*spec.rowLabels);
            if (!row)
                return;
        }
        QList<QStringList> groups;
        for (const QStringList *g : spec.columnGroups)
            groups.append(*g);
        if (std::optional<FilledFigure> f = read(QString::fromLatin1(spec.path), row, groups))
            m_figures.insert(f->path, *f);
    }

    // 上年结转 from 年初结转和结余: split by basic/project when the rows below say so,
    // otherwise all of it is 项目 (and basic 0).
    void fillCarryoverIn()
    {
        const std::optional<LocatedTable::Place> row = m_reading.table().findRowLabel(TableLabels::carryoverIn());
        if (!row)
            return;
        const std::optional<FilledFigure> total = read(carryoverProject, row, {TableLabels::amount()}); // the whole of it
        if (!total)
            return;
        if (!fillCarryoverSplit(*row, *total))
            fillAllIntoProject(*total);
    }

    // The split by the 基本支出/项目支出 rows below the total, when both are there and read. A
    // split that does not add up to the total is said, and both figures are marked.
    bool fillCarryoverSplit(const LocatedTable::Place &row, const FilledFigure &total)
    {
        const QList<QStringList> amount = {TableLabels::amount()};
        const auto basicRow = m_reading.table().findLabelBelow(row, TableLabels::carryoverInBasic(), 4);
        const auto projectRow = m_reading.table().findLabelBelow(row, TableLabels::carryoverInProject(), 4);
        if (!basicRow || !projectRow)
            return false;
        std::optional<FilledFigure> basic = read(carryoverBasic, basicRow, amount);
        std::optional<FilledFigure> project = read(carryoverProject, projectRow, amount);
        if (!basic || !project)
            return false;
        Money sum;
        if (Money::addChecked(basic->value, project->value, &sum) && sum != total.value) {
            Money difference;
            (void)Money::subtractChecked(total.value, sum, &difference);
            const AmountUnit unit = total.source.unit;
            m_fill->findings.append(m_reading.finding(
                TableFinding::Code::SumDisagrees, row.row, 0,
                {row.shown, CellAmount::inUnit(total.value, unit),
                 QStringLiteral("%1 %2 + %3 %4").arg(basicRow->shown, CellAmount::inUnit(basic->value, unit),
                                                      projectRow->shown, CellAmount::inUnit(project->value, unit)),
                 CellAmount::inUnit(sum, unit), CellAmount::inUnit(difference, unit), m_reading.unitName()}));
            m_fill->findings.last().cell = total.source.cell;
            basic->tableDisagrees = project->tableDisagrees = true;
        }
        m_figures.insert(carryoverBasic, *basic);
        m_figures.insert(carryoverProject, *project);
        return true;
    }

    // No split: the whole total is 项目, and 基本 is 0.
    void fillAllIntoProject(const FilledFigure &total)
    {
        FilledFigure basic = total;
        basic.path = carryoverBasic;
        basic.value = Money();
        basic.blankCell = false;
        basic.allIntoProject = true;
        FilledFigure project = total;
        project.allIntoProject = true;
        m_figures.insert(carryoverBasic, basic);
        m_figures.insert(carryoverProject, project);
    }

    QHash<QString, FilledFigure> figures() const { return m_figures; }

private:
    TableFill *m_fill;
    TableReading m_reading;
    bool m_disagrees;
    QHash<QString, FilledFigure> m_figures;
};

} // namespace

QStringList TableFill::paths()
{
    QStringList paths = {carryoverBasic, carryoverProject};
    for (const FigureSpec &spec : cellFigures())
        paths.append(QString::fromLatin1(spec.path));
    return paths;
}

TableFill TableFill::fromFiles(const QStringList &files)
{
    QList<Workbook> workbooks;
    TableFindings problems;
    for (const QString &file : files) {
        WorkbookReader::Result r = WorkbookReader::readFile(file);
        if (r.workbook)
            workbooks.append(std::move(*r.workbook));
        else if (r.problem)
            problems.append(*r.problem);
    }
    return fromWorkbooks(workbooks, problems);
}

TableFill TableFill::fromWorkbooks(const QList<Workbook> &workbooks, TableFindings readProblems)
{
    TableFill fill;
    fill.findings = std::move(readProblems);
    QHash<QString, FilledFigure> figures;
    QHash<TableKind, const LocatedTable *> used;
    QList<LocatedTable> all;
    for (const Workbook &workbook : workbooks) {
        const QList<LocatedTable> tables = TableLocator::locate(workbook);
        if (tables.isEmpty()) {
            TableFinding f;
            f.code = TableFinding::Code::NoTableRecognised;
            f.file = workbook.fileName;
            fill.findings.append(f);
        }
        all.append(tables);
    }
    for (const LocatedTable &table : std::as_const(all)) {
        TableReading reading(table, &fill.findings);
        if (const LocatedTable *first = used.value(table.kind())) {
            fill.findings.append(reading.finding(TableFinding::Code::DuplicateTable, -1, -1, {first->file(), first->sheet().name()}));
            continue;
        }
        used.insert(table.kind(), &table);
        ++fill.tablesRecognised;
        if (!table.unit()) {
            const bool other = !table.unitText().isEmpty();
            fill.findings.append(reading.finding(other ? TableFinding::Code::UnitNotSupported : TableFinding::Code::UnitNotFound,
                                                 table.titleRow(), 0, other ? QStringList{table.unitText()} : QStringList()));
            continue;
        }
        const bool disagrees = TableChecks::check(table, &fill.findings);
        Filler filler(&fill, table, disagrees);
        if (table.kind() == TableKind::IncomeExpenditureSummary)
            filler.fillCarryoverIn();
        for (const FigureSpec &spec : cellFigures()) {
            if (spec.table == table.kind())
                filler.fillCell(spec);
        }
        figures.insert(filler.figures());
    }
    for (const QString &path : paths()) {
        if (figures.contains(path))
            fill.filled.append(figures.value(path));
        else
            fill.notFound.append(path);
    }
    return fill;
}

bool TableFill::hasInconsistencies() const
{
    return !inconsistencies().isEmpty();
}

QList<TableFinding> TableFill::inconsistencies() const
{
    QList<TableFinding> list;
    for (const TableFinding &f : findings) {
        if (f.isInconsistency())
            list.append(f);
    }
    return list;
}

QList<TableFinding> TableFill::problems() const
{
    QList<TableFinding> list;
    for (const TableFinding &f : findings) {
        if (!f.isInconsistency())
            list.append(f);
    }
    return list;
}
