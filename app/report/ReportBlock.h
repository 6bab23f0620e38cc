#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A table of the document: header rows (repeated on every page the table spans) and body
// rows. Cells are plain text; `spans` merges a cell with the cells below it (row span).
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<QStringList> footer;  // totals; an empty cell merges into the cell on its left
    QList<int> columnPercent;   // relative column widths, summing to about 100
    QList<int> numericColumns;  // right-aligned columns (amounts, points)
    int mergedLeadingColumns = 0; // equal consecutive cells in the first N columns merge
    bool repeatHeader = true;   // the header row repeats at the top of each page the table reaches
    // The next block is a table that continues this one: the two print as one, with no space
    // between. A form splits where its own header begins (the self-evaluation table's
    // indicator grid), because every format repeats only a table's first rows on a new page.
    bool joinsNext = false;

    // A form (the self-evaluation table): its cells named one by one over the grid of the
    // header row (row 0) and the rows, each with its span and style. When given, the
    // implicit merges above do not apply (ReportTableGrid).
    struct FormCell
    {
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
        bool label = false; // in the header face, centred
        bool right = false; // a number, right-aligned
        bool operator==(const FormCell &) const = default;
    };
    QList<FormCell> formCells;
    bool operator==(const ReportTable &) const = default;
};

// The charts the document carries (built by ChartBuilder).
enum class ReportChart { BudgetComposition, BudgetAgainstSpending, ThreePublic };

// One block of the document, independent of how it is rendered: the PDF/ODT layout and the
// plain text of the golden tests are both made from the same list, so they cannot differ.
struct ReportBlock
{
    enum class Kind {
        Title,          // 标题 (2号 小标宋, centred)
        Heading1,       // 一、 (黑体)
        Heading2,       // （一） (楷体)
        Heading3,       // 1. (body face)
        Heading4,       // （1） (body face)
        Paragraph,      // body text, first line indented two characters
        RunInParagraph, // a （一） heading that ends in 。 followed by its text on the same line
        Formula,        // a printed formula on its own line (项目支出预算控制率=…)
        Chart,
        Caption,        // under a chart or above a table, centred
        Table,
        Signature,      // right-aligned (署名, 成文日期)
        PageBreak,
        AppendixLabel,  // 附件 (黑体, flush left)
        AppendixNote,   // 附件说明 under the body: "附件：1.…", one line ("\n") per appendix
        UnitNote,       // 单位：万元 above a form, in the table's size, flush with its right edge
        DraftNotice     // the findings of a draft, listed at the end
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QString lead; // RunInParagraph: the heading part, in the heading face
    ReportChart chart = ReportChart::BudgetComposition;
    ReportTable table;

    bool isHeading() const
    {
        return kind == Kind::Heading1 || kind == Kind::Heading2 || kind == Kind::Heading3
               || kind == Kind::Heading4 || kind == Kind::Caption || kind == Kind::AppendixLabel;
    }
    bool operator==(const ReportBlock &) const = default;

    static ReportBlock of(Kind kind, const QString &text)
    {
        ReportBlock b;
        b.kind = kind;
        b.text = text;
        return b;
    }
};

using ReportBlocks = QList<ReportBlock>;
