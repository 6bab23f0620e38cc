#pragma once

#include "ReportEvaluation.h"

#include <QList>
#include <QString>

// The standard self-evaluation table (部门整体支出绩效自评表) laid out as the published forms
// are: one grid of nine columns with merged cells — department and year, the budget-execution
// block (with the optional 其中 rows), the overall goal, the indicator grid, the total with
// the grade, a note on ceilings and what is pending, and the preparer's line. The PDF/ODT
// appendix and the .xlsx are both drawn from this grid, so they cannot differ. The table is a
// Chinese document whatever the program's language.
struct SelfEvaluationForm
{
    struct Cell
    {
        enum class Style { Label, Text, Number };
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
        Style style = Style::Text;
        QString text;       // as printed: "1641.02", "99.40%", "≥", "700项"
        QString numberText; // Number cells: the exact decimal stored in a spreadsheet ("0.994" for 99.40%)
        bool percent = false; // Number: a rate, stored as a fraction and shown as a percentage
        bool operator==(const Cell &) const = default;
    };

    static constexpr int Columns = 9;
    QString title;          // "2023年度部门整体支出绩效自评表"
    QString unitNote;       // "单位：万元"
    QList<Cell> cells;      // in reading order; every grid position is covered by one cell
    int rowCount = 0;
    int indicatorHeaderRow = -1; // the indicator grid's header (repeated on each printed page)
    QList<int> columnPercent; // relative widths
    // The report has errors: a spreadsheet says 草稿 in its title and in the header of every
    // printed page (the PDF/.docx/.odt mark their own pages).
    bool draft = false;

    static SelfEvaluationForm of(const Report &report, const ReportEvaluation &evaluation);
    static QString titleFor(const Report &report); // "2023年度部门整体支出绩效自评表"
    // The report carries the table when it has indicator rows or an overall goal.
    static bool applies(const Report &report);

    const Cell *cellAt(int row, int column) const; // the cell that covers the position
};
