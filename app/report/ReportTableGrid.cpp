#include "ReportTableGrid.h"

ReportTableGrid::ReportTableGrid(const ReportTable &table)
    : m_columns(int(table.header.size())), m_headerRows(table.repeatHeader ? 1 : 0)
{
    qreal sum = 0;
    for (int c = 0; c < m_columns; ++c) {
        m_fractions.append(table.columnPercent.value(c, 100 / m_columns));
        sum += m_fractions.last();
    }
    for (qreal &w : m_fractions)
        w = sum > 0 ? w * 100 / sum : 100.0 / m_columns;
    if (!table.formCells.isEmpty()) {
        buildForm(table);
        return;
    }

    QList<Cell> header;
    for (const QString &text : table.header) {
        Cell cell;
        cell.text = text;
        cell.heading = true;
        cell.align = Align::Center;
        header.append(cell);
    }
    m_cells.append(header);

    // A leading cell continues the one above when it and every cell to its left are equal.
    auto continues = [&table](int r, int c) {
        if (r == 0)
            return false;
        for (int k = 0; k <= c; ++k) {
            if (table.rows[r].value(k) != table.rows[r - 1].value(k))
                return false;
        }
        return true;
    };
    const int bodyRows = int(table.rows.size());
    for (int r = 0; r < bodyRows + table.footer.size(); ++r) {
        const bool footer = r >= bodyRows;
        const QStringList &source = footer ? table.footer[r - bodyRows] : table.rows[r];
        QList<Cell> row;
        for (int c = 0; c < m_columns; ++c) {
            const bool leading = c < table.mergedLeadingColumns;
            Cell cell;
            cell.text = source.value(c);
            cell.heading = footer;
            cell.align = table.numericColumns.contains(c) ? Align::Right : (leading || footer ? Align::Center : Align::Left);
            cell.alignTop = leading;
            cell.covered = cell.continuesAbove = leading && !footer && continues(r, c);
            if (cell.covered)
                cell.text.clear();
            row.append(cell);
        }
        m_cells.append(row);
    }
    // The spans of the cells that start a merge.
    for (int c = 0; c < table.mergedLeadingColumns && c < m_columns; ++c) {
        for (int r = 1; r <= bodyRows; ++r) {
            if (m_cells[r][c].covered)
                continue;
            int span = 1;
            while (r + span <= bodyRows && m_cells[r + span][c].covered)
                ++span;
            m_cells[r][c].rowSpan = span;
        }
    }
    for (int r = 1 + bodyRows; r < m_cells.size(); ++r) {
        for (int c = 0; c < m_columns;) {
            int span = 1;
            while (c + span < m_columns && m_cells[r][c + span].text.isEmpty()) {
                m_cells[r][c + span].covered = true;
                ++span;
            }
            m_cells[r][c].columnSpan = span;
            c += span;
        }
    }
}

void ReportTableGrid::buildForm(const ReportTable &table)
{
    // Every position starts covered; each named cell uncovers its origin and spans the rest.
    const QList<QStringList> texts = QList<QStringList>{table.header} + table.rows;
    Cell covered;
    covered.covered = true;
    m_cells = QList<QList<Cell>>(texts.size(), QList<Cell>(m_columns, covered));
    for (const ReportTable::FormCell &f : table.formCells) {
        if (f.row < 0 || f.row >= texts.size() || f.column < 0 || f.column >= m_columns)
            continue;
        for (int r = f.row; r < f.row + f.rowSpan && r < texts.size(); ++r) {
            for (int c = f.column; c < f.column + f.columnSpan && c < m_columns; ++c) {
                Cell &inside = m_cells[r][c];
                inside.covered = true;
                inside.continuesAbove = r > f.row;
                inside.heading = f.label;
            }
        }
        Cell &cell = m_cells[f.row][f.column];
        cell.covered = false;
        cell.continuesAbove = false;
        cell.text = texts[f.row].value(f.column);
        cell.rowSpan = f.rowSpan;
        cell.columnSpan = f.columnSpan;
        cell.heading = f.label;
        cell.align = f.label ? Align::Center : (f.right ? Align::Right : Align::Left);
    }
}
