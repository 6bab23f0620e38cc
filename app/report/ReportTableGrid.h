#pragma once

#include "ReportBlock.h"

#include <QList>
#include <QString>

// A ReportTable as the grid of cells every format prints (PDF, .docx, .odt): the header row,
// the body, the total rows; equal consecutive cells of the leading columns (一级/二级指标)
// merged downwards, an empty cell of a total row merged into the cell on its left; and each
// cell's alignment. One place decides the merges, so that the formats agree. A form (the
// self-evaluation table) names its cells and spans itself.
class ReportTableGrid
{
public:
    enum class Align { Left, Center, Right };
    struct Cell
    {
        QString text;          // empty in a covered cell
        int rowSpan = 1;       // a cell that starts a merge: how far it reaches
        int columnSpan = 1;
        bool covered = false;  // merged into a cell above or to the left
        bool continuesAbove = false; // covered by the cell above (a vertical merge)
        bool heading = false;  // the header row and total rows: 黑体
        Align align = Align::Left;
        bool alignTop = false; // merged group cells keep their name at the top (page breaks)
    };

    explicit ReportTableGrid(const ReportTable &table);

    int rowCount() const { return int(m_cells.size()); }
    int columnCount() const { return m_columns; }
    // The rows repeated at the top of every page the table reaches: the header row, or none.
    int headerRows() const { return m_headerRows; }
    const Cell &cell(int row, int column) const { return m_cells[row][column]; }
    // Relative widths of the columns, summing to 100 (the table's own, or equal).
    const QList<qreal> &columnPercent() const { return m_fractions; }

private:
    void buildForm(const ReportTable &table); // a table of named cells (ReportTable::formCells)

    int m_columns;
    int m_headerRows;
    QList<qreal> m_fractions;
    QList<QList<Cell>> m_cells;
};
