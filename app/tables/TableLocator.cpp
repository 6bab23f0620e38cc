#include "TableLocator.h"

#include "TableText.h"

namespace {

struct Title
{
    int row;
    int column;
    std::optional<TableKind> kind; // nothing: another table's title (a boundary only)
};

std::optional<TableKind> kindOfTitle(const QString &normalized)
{
    for (TableKind kind : TableLocator::allKinds()) {
        if (TableText::titleNames(normalized, TableLocator::titleNames(kind)))
            return kind;
    }
    return std::nullopt;
}

bool looksLikeTitle(const QString &normalized)
{
    // Another table stacked below (财政拨款收入支出决算总表, …): long enough not to be a mark
    // such as 公开02表, and ending with 表 (before a trailing "(…)").
    QString t = normalized;
    if (t.endsWith(QLatin1Char(')')) && t.lastIndexOf(QLatin1Char('(')) > 0)
        t.truncate(t.lastIndexOf(QLatin1Char('(')));
    return t.size() >= 5 && t.endsWith(QChar(0x8868)) && !t.startsWith(QStringLiteral("公开"));
}

QList<Title> titlesOf(const Sheet &sheet)
{
    QList<Title> titles;
    int previousRow = -2;
    for (const SheetRow &row : sheet.rows()) {
        const bool afterGap = row.index > previousRow + 1;
        previousRow = row.index;
        for (const SheetCell &c : row.cells) {
            // Titles end with 表: other cells are not normalized at all (50,000 rows).
            if (c.kind != SheetCell::Kind::Text || c.text.size() > 120 || !c.text.contains(QChar(0x8868)))
                continue;
            const QString n = TableText::normalized(c.text);
            if (const std::optional<TableKind> kind = kindOfTitle(n)) {
                titles.append({row.index, c.column, kind});
                break;
            }
            if (afterGap && looksLikeTitle(n)) {
                titles.append({row.index, c.column, std::nullopt});
                break;
            }
        }
    }
    return titles;
}

} // namespace

QList<TableKind> TableLocator::allKinds()
{
    return {TableKind::IncomeExpenditureSummary, TableKind::Expenditure, TableKind::ThreePublic,
            TableKind::GeneralBudgetExpenditure};
}

const QStringList &TableLocator::titleNames(TableKind kind)
{
    static const QStringList summary = TableText::labels({u"收入支出决算总表"});
    static const QStringList expenditure = TableText::labels({u"支出决算表"});
    static const QStringList threePublic = TableText::labels(
        {u"一般公共预算财政拨款“三公”经费支出决算表", u"财政拨款“三公”经费支出决算表", u"“三公”经费支出决算表"});
    static const QStringList budget = TableText::labels({u"一般公共预算支出表", u"一般公共预算支出预算表"});
    switch (kind) {
    case TableKind::IncomeExpenditureSummary:
        return summary;
    case TableKind::Expenditure:
        return expenditure;
    case TableKind::ThreePublic:
        return threePublic;
    case TableKind::GeneralBudgetExpenditure:
        return budget;
    }
    return summary;
}

QList<LocatedTable> TableLocator::locate(const Workbook &workbook)
{
    QList<LocatedTable> tables;
    for (const Sheet &sheet : workbook.sheets) {
        const QList<Title> titles = titlesOf(sheet);
        bool found = false;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            if (!titles[i].kind)
                continue;
            const int end = i + 1 < titles.size() ? titles[i + 1].row : sheet.rowCount();
            tables.append(LocatedTable(*titles[i].kind, workbook.fileName, &sheet, titles[i].row, titles[i].column, end));
            found = true;
        }
        if (found || !titles.isEmpty())
            continue;
        if (const std::optional<TableKind> kind = kindOfTitle(TableText::normalized(sheet.name())))
            tables.append(LocatedTable(*kind, workbook.fileName, &sheet, -1, -1, sheet.rowCount()));
    }
    return tables;
}
