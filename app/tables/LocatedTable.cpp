#include "LocatedTable.h"

#include "TableText.h"

namespace {

bool isTextCell(const SheetCell *cell)
{
    return cell && cell->kind == SheetCell::Kind::Text && !cell->text.trimmed().isEmpty();
}

// A line above the headers: 部门：…, 金额单位：万元, 公开01表, 编制单位：…
bool isPreambleText(const QString &normalized)
{
    if (normalized.contains(QStringLiteral("单位:")) || normalized.startsWith(QStringLiteral("部门:"))
        || normalized.startsWith(QStringLiteral("编制")) || normalized == QStringLiteral("单位")
        || normalized == QStringLiteral("金额单位"))
        return true;
    // 公开01表, 预算表, 表一
    return normalized.size() <= 8 && normalized.endsWith(QChar(0x8868)) && !normalized.contains(QStringLiteral("合计"));
}

} // namespace

LocatedTable::LocatedTable(TableKind kind, const QString &file, const Sheet *sheet, int titleRow, int titleColumn,
                           int endRow)
    : m_kind(kind)
    , m_file(file)
    , m_sheet(sheet)
    , m_titleRow(titleRow)
    , m_endRow(endRow)
    , m_firstDataRow(endRow)
{
    if (const SheetCell *t = sheet->cell(titleRow, titleColumn))
        m_title = TableText::shown(t->text);
    else
        m_title = sheet->name(); // found by the sheet's name
    for (const SheetRow &row : sheet->rows()) {
        if (row.index <= titleRow || row.index >= endRow)
            continue;
        bool amount = false;
        for (const SheetCell &c : row.cells) {
            if (c.kind == SheetCell::Kind::Number || c.kind == SheetCell::Kind::FormulaWithoutValue)
                amount = true;
        }
        if (amount && !isColumnNumberRow(row)) {
            m_firstDataRow = row.index;
            break;
        }
    }
    findUnit();
    findHeaders();
}

bool LocatedTable::isColumnNumberRow(const SheetRow &row) const
{
    // 栏次 1 2 3 …: the numbers of the columns, between the headers and the data.
    // (行次, by contrast, heads a column of the 总表 that numbers its rows.)
    int expected = -1;
    int numbers = 0;
    bool labelled = false;
    for (const SheetCell &c : row.cells) {
        if (c.kind == SheetCell::Kind::Text) {
            if (TableText::normalized(c.text) != QStringLiteral("栏次"))
                return false;
            labelled = true;
            continue;
        }
        if (c.kind != SheetCell::Kind::Number)
            return false;
        const int value = int(c.number);
        if (value != c.number || (expected >= 0 && value != expected))
            return false;
        expected = value + 1;
        ++numbers;
    }
    return labelled || numbers >= 2;
}

void LocatedTable::findUnit()
{
    for (const SheetRow &row : m_sheet->rows()) {
        if (row.index < m_titleRow || row.index >= m_firstDataRow)
            continue;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const SheetCell &c = row.cells[i];
            if (c.kind != SheetCell::Kind::Text)
                continue;
            const QString n = TableText::normalized(c.text);
            const qsizetype at = n.indexOf(QStringLiteral("单位"));
            if (at < 0 || n.contains(QStringLiteral("编制单位")) || n.contains(QStringLiteral("单位名称")))
                continue;
            QString rest = n.mid(at + 2);
            if (rest.startsWith(QLatin1Char(':')))
                rest = rest.mid(1);
            if (rest.isEmpty() && i + 1 < row.cells.size() && row.cells[i + 1].kind == SheetCell::Kind::Text)
                rest = TableText::normalized(row.cells[i + 1].text); // 单位： | 万元
            if (rest.startsWith(QStringLiteral("万元"))) {
                m_unit = AmountUnit::Wan;
            } else if (rest.startsWith(QChar(0x5143))) { // 元
                m_unit = AmountUnit::Yuan;
            } else {
                const qsizetype end = rest.indexOf(QLatin1Char(')'));
                m_unitText = end >= 0 ? rest.left(end) : rest;
                continue;
            }
            m_unitText = m_unit == AmountUnit::Wan ? QStringLiteral("万元") : QStringLiteral("元");
            return;
        }
    }
}

void LocatedTable::findHeaders()
{
    QList<int> headerRows;
    int lastColumn = -1;
    for (const SheetRow &row : m_sheet->rows()) {
        if (row.index <= m_titleRow || row.index >= m_firstDataRow || isColumnNumberRow(row))
            continue;
        bool preamble = false;
        for (const SheetCell &c : row.cells) {
            if (c.kind == SheetCell::Kind::Text && isPreambleText(TableText::normalized(c.text)))
                preamble = true;
        }
        if (preamble) {
            headerRows.clear(); // the headers begin below the preamble
            continue;
        }
        headerRows.append(row.index);
        if (!row.cells.isEmpty())
            lastColumn = qMax(lastColumn, row.cells.last().column);
    }
    for (const CellRange &m : m_sheet->merges()) {
        if (headerRows.contains(m.top))
            lastColumn = qMax(lastColumn, m.right);
    }
    m_columnLabels.resize(lastColumn + 1);
    for (qsizetype h = 0; h < headerRows.size(); ++h) {
        const int r = headerRows[h];
        // Without merged ranges (.xls) a group header over several columns stands in its
        // first column only: it is carried right over the empty cells of its row (not in
        // the last header row, whose cells each name their own column).
        const bool carry = !m_sheet->knowsMerges() && h + 1 < headerRows.size();
        Label carried;
        for (int c = 0; c <= lastColumn; ++c) {
            const SheetCell *cell = m_sheet->visibleCell(r, c);
            Label label;
            if (isTextCell(cell))
                label = {TableText::normalized(cell->text), TableText::shown(cell->text)};
            else if (carry)
                label = carried;
            if (isTextCell(cell))
                carried = label;
            if (label.normalized.isEmpty())
                continue;
            QList<Label> &labels = m_columnLabels[c];
            if (labels.isEmpty() || labels.last().normalized != label.normalized)
                labels.append(label);
        }
    }
}

QList<LocatedTable::Label> LocatedTable::columnLabels(int column) const
{
    return column >= 0 && column < m_columnLabels.size() ? m_columnLabels[column] : QList<Label>();
}

QList<LocatedTable::Place> LocatedTable::findRowLabels(const QStringList &labels) const
{
    QList<Place> places;
    for (const SheetRow &row : m_sheet->rows()) {
        if (row.index < m_firstDataRow || row.index >= m_endRow)
            continue;
        for (const SheetCell &c : row.cells) {
            if (c.kind == SheetCell::Kind::Text && TableText::isOneOf(TableText::normalized(c.text), labels))
                places.append({row.index, c.column, TableText::shown(c.text)});
        }
    }
    return places;
}

std::optional<LocatedTable::Place> LocatedTable::findRowLabel(const QStringList &labels) const
{
    const QList<Place> places = findRowLabels(labels);
    return places.isEmpty() ? std::nullopt : std::optional<Place>(places.first());
}

std::optional<LocatedTable::Place> LocatedTable::findLabelBelow(const Place &above, const QStringList &labels, int maxRows) const
{
    for (int r = above.row + 1; r <= above.row + maxRows && r < m_endRow; ++r) {
        const SheetCell *c = m_sheet->cell(r, above.column);
        if (isTextCell(c) && TableText::isOneOf(TableText::normalized(c->text), labels))
            return Place{r, above.column, TableText::shown(c->text)};
    }
    return std::nullopt;
}

QList<int> LocatedTable::columnsWith(const QList<QStringList> &groups) const
{
    QList<int> columns;
    for (int c = 0; c < m_columnLabels.size(); ++c) {
        bool all = true;
        for (const QStringList &group : groups) {
            bool found = false;
            for (const Label &l : m_columnLabels[c])
                found = found || group.contains(l.normalized);
            all = all && found;
        }
        if (all && !groups.isEmpty())
            columns.append(c);
    }
    return columns;
}

CellAmount LocatedTable::amountAt(int row, int column) const
{
    return CellAmount::read(m_sheet->cell(row, column), m_unit.value_or(AmountUnit::Wan));
}
