#include "SelfEvaluationXlsx.h"

#include "XlsxFile.h"

#include <QHash>

#include <xlsxwriter.h>

namespace {

using Cell = SelfEvaluationForm::Cell;

// Widths in characters of the nine columns (the printed table's proportions, about A4's width).
constexpr double ColumnWidths[SelfEvaluationForm::Columns] = {8, 8, 16, 10, 11, 11, 9, 9, 24};
constexpr lxw_row_t FirstGridRow = 2; // row 0: the title, row 1: 单位：万元

struct Formats
{
    lxw_format *title, *unit, *label, *text, *number, *percent;
};

Formats formatsOf(lxw_workbook *book)
{
    auto bordered = [book](bool wrap) {
        lxw_format *f = workbook_add_format(book);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        format_set_font_name(f, "宋体");
        format_set_font_size(f, 10.5);
        if (wrap)
            format_set_text_wrap(f);
        return f;
    };
    Formats f{};
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    format_set_font_name(f.title, "宋体");
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
    f.unit = workbook_add_format(book);
    format_set_align(f.unit, LXW_ALIGN_RIGHT);
    format_set_font_name(f.unit, "宋体");
    f.label = bordered(true);
    format_set_bold(f.label);
    format_set_align(f.label, LXW_ALIGN_CENTER);
    f.text = bordered(true);
    f.number = bordered(false);
    format_set_num_format(f.number, "0.00");
    format_set_align(f.number, LXW_ALIGN_RIGHT);
    f.percent = bordered(false);
    format_set_num_format(f.percent, "0.00%");
    format_set_align(f.percent, LXW_ALIGN_RIGHT);
    return f;
}

lxw_format *formatOf(const Formats &f, const Cell &c)
{
    switch (c.style) {
    case Cell::Style::Label:
        return f.label;
    case Cell::Style::Number:
        return c.percent ? f.percent : f.number;
    case Cell::Style::Text:
        break;
    }
    return f.text;
}

// Roughly how many lines a text needs in a merged cell of `columns` (for the row height).
int linesFor(const Cell &c)
{
    double width = 0;
    for (int k = c.column; k < c.column + c.columnSpan; ++k)
        width += ColumnWidths[k];
    double length = 0;
    for (QChar ch : c.text)
        length += ch.unicode() < 0x2E80 ? 1.0 : 2.0; // a Chinese character is two columns wide
    return qMax(1, int(length / qMax(1.0, width - 1)) + 1);
}

// The title as the sheet shows it: a draft says so.
QString titleOf(const SelfEvaluationForm &form)
{
    return form.draft ? form.title + QStringLiteral("（草稿）") : form.title;
}

// The title and unit rows above the grid, and the column widths.
void writeHeading(lxw_worksheet *sheet, const Formats &formats, const SelfEvaluationForm &form)
{
    const lxw_col_t last = SelfEvaluationForm::Columns - 1;
    for (lxw_col_t c = 0; c <= last; ++c)
        worksheet_set_column(sheet, c, c, ColumnWidths[c], nullptr);
    worksheet_merge_range(sheet, 0, 0, 0, last, titleOf(form).toUtf8().constData(), formats.title);
    worksheet_set_row(sheet, 0, 30, nullptr);
    worksheet_merge_range(sheet, 1, 0, 1, last, form.unitNote.toUtf8().constData(), formats.unit);
}

// Writes one grid cell; a number's cell name and exact decimal text go into `exact`.
void writeCell(lxw_worksheet *sheet, const Formats &formats, const Cell &c, QHash<QString, QString> &exact)
{
    const lxw_row_t row = FirstGridRow + lxw_row_t(c.row);
    const lxw_col_t column = lxw_col_t(c.column);
    lxw_format *format = formatOf(formats, c);
    if (c.rowSpan > 1 || c.columnSpan > 1) // the text first, then the merge's blanks
        worksheet_merge_range(sheet, row, column, row + lxw_row_t(c.rowSpan - 1), column + lxw_col_t(c.columnSpan - 1),
                              "", format);
    if (c.style == Cell::Style::Number) {
        worksheet_write_number(sheet, row, column, c.numberText.toDouble(), format);
        char name[LXW_MAX_CELL_NAME_LENGTH];
        lxw_rowcol_to_cell(name, row, column);
        exact.insert(QString::fromLatin1(name), c.numberText);
    } else {
        worksheet_write_string(sheet, row, column, c.text.toUtf8().constData(), format);
    }
}

// The heading and the grid; returns cell → the number's decimal text (the library writes 16 digits).
QHash<QString, QString> writeSheet(lxw_workbook *book, lxw_worksheet *sheet, const SelfEvaluationForm &form)
{
    const Formats formats = formatsOf(book);
    writeHeading(sheet, formats, form);
    QHash<QString, QString> exact;
    QHash<int, int> lines; // grid row → lines its tallest single-row cell needs
    for (const Cell &c : form.cells) {
        writeCell(sheet, formats, c, exact);
        if (c.rowSpan == 1)
            lines[c.row] = qMax(lines.value(c.row, 1), linesFor(c));
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        worksheet_set_row(sheet, FirstGridRow + lxw_row_t(it.key()), 14.5 * it.value() + 4, nullptr);
    return exact;
}

// A4 portrait, as wide as the page, centred; the indicator header repeats on every page.
void setUpPrinting(lxw_worksheet *sheet, const SelfEvaluationForm &form)
{
    worksheet_set_paper(sheet, 9);
    worksheet_set_portrait(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_center_horizontally(sheet);
    worksheet_set_margins(sheet, 0.5, 0.5, 0.75, 0.75);
    if (form.indicatorHeaderRow >= 0) {
        const lxw_row_t headerRow = FirstGridRow + lxw_row_t(form.indicatorHeaderRow);
        worksheet_repeat_rows(sheet, headerRow, headerRow);
    }
    worksheet_set_footer(sheet, "&C第 &P 页，共 &N 页");
    if (form.draft) // at the top left of every printed page, as the PDF's mark
        worksheet_set_header(sheet, "&L&\"宋体,Bold\"&14草稿");
}

} // namespace

bool SelfEvaluationXlsx::write(const QString &fileName, const SelfEvaluationForm &form, QString *error)
{
    XlsxFile file(fileName);
    lxw_workbook *book = file.create(titleOf(form), error);
    if (!book)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(book, "自评表");
    const QHash<QString, QString> exact = writeSheet(book, sheet, form);
    setUpPrinting(sheet, form);
    return file.commit(exact, error);
}
