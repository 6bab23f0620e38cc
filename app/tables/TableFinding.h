#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Something the table reader found while reading a department's 决算/预算 tables: a file it
// could not read, a table it could not use, a cell that is not an amount, or a table that
// disagrees with itself. A code and its arguments; FillWording words it for people.
struct TableFinding
{
    enum class Code {
        // A file that could not be read at all (args: a detail from the library, if any).
        FileNotReadable,  // missing, unreadable
        NotASpreadsheet,  // neither .xlsx nor .xls
        OpenDocument,     // .ods: save it as .xlsx
        Encrypted,        // protected by a password
        Corrupt,          // args: what is broken
        TooManyRows,      // args: the limit
        TooManyCells,     // args: the limit
        // The tables.
        NoTableRecognised,   // the file holds none of the 决算/预算 tables
        UnitNotFound,        // no 单位：万元/元 in the table's header
        UnitNotSupported,    // args: the unit as written (千元, 亿元, …)
        DuplicateTable,      // args: where the table used instead is (file, sheet)
        ColumnAmbiguous,     // args: the labels looked for
        // A cell that should hold an amount (cell set).
        AmountIsText,        // args: the text
        FormulaWithoutValue, // args: the formula
        CellError,           // args: the error shown (#REF!, …)
        AmountOutOfRange,    // args: the number as stored
        // The table disagrees with itself (cell: the total).
        TotalsDisagree, // 总计 of 收入 and of 支出: args income, expenditure, difference, unit
        SumDisagrees,   // args: total label, total, the parts as "label amount + …", their sum, difference, unit
    };

    Code code = Code::FileNotReadable;
    QString file;  // as given
    QString sheet;
    QString table; // the table's title as written
    QString cell;  // A1 name
    QStringList args;

    // A table that disagrees with itself: its figures are still offered, marked.
    bool isInconsistency() const { return code == Code::TotalsDisagree || code == Code::SumDisagrees; }
    // True when the whole file could not be read.
    bool isUnreadableFile() const { return code <= Code::TooManyCells; }
    // A stable name for programs and tests: "sum_disagrees", "unit_not_found", …
    static QString key(Code code);
    bool operator==(const TableFinding &) const = default;
};

using TableFindings = QList<TableFinding>;
