#include "Sheet.h"

#include <algorithm>

namespace {

bool cellBefore(const SheetCell &a, const SheetCell &b)
{
    return a.column < b.column;
}

} // namespace

const SheetRow *Sheet::row(int index) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), index,
                                     [](const SheetRow &r, int i) { return r.index < i; });
    return it != m_rows.cend() && it->index == index ? &*it : nullptr;
}

const SheetCell *Sheet::cell(int row, int column) const
{
    const SheetRow *r = this->row(row);
    if (!r)
        return nullptr;
    const auto it = std::lower_bound(r->cells.cbegin(), r->cells.cend(), column,
                                     [](const SheetCell &c, int col) { return c.column < col; });
    if (it == r->cells.cend() || it->column != column || it->kind == SheetCell::Kind::Empty)
        return nullptr;
    return &*it;
}

const SheetCell *Sheet::visibleCell(int row, int column) const
{
    for (const CellRange &range : m_merges) {
        if (range.contains(row, column))
            return cell(range.top, range.left);
    }
    return cell(row, column);
}

void Sheet::addCell(int row, const SheetCell &cell)
{
    if (m_rows.isEmpty() || m_rows.last().index != row) {
        if (!m_rows.isEmpty() && m_rows.last().index > row)
            m_sorted = false;
        m_rows.append(SheetRow{row, {}});
    }
    QList<SheetCell> &cells = m_rows.last().cells;
    if (!cells.isEmpty() && cells.last().column >= cell.column)
        m_sorted = false;
    cells.append(cell);
    ++m_cellCount;
}

void Sheet::finish()
{
    if (m_sorted)
        return;
    // Files written out of order (allowed, rare): rows of one index joined, cells sorted;
    // a cell given twice keeps its last value.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const SheetRow &a, const SheetRow &b) { return a.index < b.index; });
    QList<SheetRow> joined;
    for (SheetRow &r : m_rows) {
        if (!joined.isEmpty() && joined.last().index == r.index)
            joined.last().cells.append(r.cells);
        else
            joined.append(std::move(r));
    }
    m_cellCount = 0;
    for (SheetRow &r : joined) {
        std::stable_sort(r.cells.begin(), r.cells.end(), cellBefore);
        QList<SheetCell> unique;
        for (SheetCell &c : r.cells) {
            if (!unique.isEmpty() && unique.last().column == c.column)
                unique.last() = std::move(c);
            else
                unique.append(std::move(c));
        }
        r.cells = std::move(unique);
        m_cellCount += int(r.cells.size());
    }
    m_rows = std::move(joined);
    m_sorted = true;
}

QString Sheet::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t('A' + (c - 1) % 26)));
    return name;
}

QString Sheet::cellName(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

bool Sheet::parseCellName(QStringView name, int *row, int *column)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < name.size() && name[i].isLetter() && name[i].unicode() < 128) {
        col = col * 26 + (name[i].toUpper().unicode() - 'A' + 1);
        if (col > 16384) // XFD, the last column of a sheet
            return false;
        ++i;
    }
    if (i == 0 || i == name.size())
        return false;
    qint64 r = 0;
    for (; i < name.size(); ++i) {
        const char16_t u = name[i].unicode();
        if (u < '0' || u > '9')
            return false;
        r = r * 10 + (u - '0');
        if (r > 1048576) // the last row of a sheet
            return false;
    }
    if (r == 0)
        return false;
    *row = int(r - 1);
    *column = int(col - 1);
    return true;
}
