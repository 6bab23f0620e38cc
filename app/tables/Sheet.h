#pragma once

#include <QList>
#include <QString>

// A spreadsheet as the table reader sees it, whatever the file format: sheets of cells
// (numbers as the file stores them, text, and what cannot be used as a value) and the
// merged ranges. Rows and columns count from 0; cellName() gives the A1 name people know.

struct SheetCell
{
    enum class Kind : quint8 {
        Empty,
        Number,              // `number` as stored (a binary double)
        Text,                // `text`
        Boolean,             // `number` is 0 or 1
        Error,               // `text` is the error shown (#DIV/0!, #REF!, …)
        FormulaWithoutValue, // a formula whose result was never saved; `text` is the formula
    };
    int column = 0;
    Kind kind = Kind::Empty;
    double number = 0;
    QString text;
};

struct SheetRow
{
    int index = 0;
    QList<SheetCell> cells; // by ascending column
};

struct CellRange
{
    int top = 0, left = 0, bottom = 0, right = 0; // inclusive
    bool contains(int row, int column) const
    {
        return row >= top && row <= bottom && column >= left && column <= right;
    }
};

class Sheet
{
public:
    Sheet() = default;
    explicit Sheet(const QString &name) : m_name(name) {}

    const QString &name() const { return m_name; }
    const QList<SheetRow> &rows() const { return m_rows; }
    const QList<CellRange> &merges() const { return m_merges; }
    // False for formats whose reader does not give merged ranges (.xls through FreeXL):
    // a group header then stands in its first column only.
    bool knowsMerges() const { return m_knowsMerges; }
    int rowCount() const { return m_rows.isEmpty() ? 0 : m_rows.last().index + 1; }
    int cellCount() const { return m_cellCount; }

    // The cell at (row, column), nullptr when empty.
    const SheetCell *cell(int row, int column) const;
    // The same, but a cell inside a merged range reads as the range's first cell.
    const SheetCell *visibleCell(int row, int column) const;
    // The row at `index`, nullptr when the sheet has none there.
    const SheetRow *row(int index) const;

    // Building (the readers): rows and cells in any order; finish() sorts them.
    void addCell(int row, const SheetCell &cell);
    void addMerge(const CellRange &range) { m_merges.append(range); }
    void setKnowsMerges(bool knows) { m_knowsMerges = knows; }
    void finish();

    static QString cellName(int row, int column); // (15, 2) → "C16"
    static QString columnName(int column);        // 2 → "C"
    // "C16" → (15, 2); false when it is not a cell name.
    static bool parseCellName(QStringView name, int *row, int *column);

private:
    QString m_name;
    QList<SheetRow> m_rows;
    QList<CellRange> m_merges;
    bool m_knowsMerges = true;
    bool m_sorted = true;
    int m_cellCount = 0;
};

struct Workbook
{
    QString fileName; // as given, for messages
    QList<Sheet> sheets;
};
