#include "OverviewExport.h"

#include "OverviewText.h"
#include "SaveFile.h"
#include "XlsxFile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <xlsxwriter.h>

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool isNumeric(OverviewColumns::Kind kind)
{
    using K = OverviewColumns::Kind;
    return kind == K::Score || kind == K::Count || kind == K::Rate || kind == K::Amount;
}

} // namespace

std::optional<OverviewExport::Format> OverviewExport::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

bool OverviewExport::write(const QString &fileName, const QList<OverviewRecord> &records, int year, QString *error)
{
    const std::optional<Format> format = formatOf(fileName);
    if (!format) {
        *error = tr("无法导出到“%1”：总览只能导出为 .xlsx 或 .csv 文件。").arg(QDir::toNativeSeparators(fileName));
        return false;
    }
    return *format == Format::Xlsx ? writeXlsx(fileName, records, year, error) : writeCsv(fileName, records, error);
}

QByteArray OverviewExport::csv(const QList<OverviewRecord> &records)
{
    const QList<OverviewColumns::Column> columns = OverviewColumns::columns();
    QStringList lines;
    QStringList header;
    for (const OverviewColumns::Column &c : columns)
        header.append(csvField(OverviewText::header(c)));
    lines.append(header.join(QLatin1Char(',')));
    for (const OverviewRecord &r : records) {
        QStringList fields;
        for (int c = 0; c < columns.size(); ++c)
            fields.append(csvField(OverviewColumns::cell(r, c).text)); // numbers as 99.10, 不适用 empty
        lines.append(fields.join(QLatin1Char(',')));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

bool OverviewExport::writeCsv(const QString &fileName, const QList<OverviewRecord> &records, QString *error)
{
    return SaveFile::write(fileName, csv(records), error);
}

bool OverviewExport::writeXlsx(const QString &fileName, const QList<OverviewRecord> &records, int year, QString *error)
{
    XlsxFile file(fileName);
    lxw_workbook *book = file.create(tr("%1年度部门整体支出绩效自评总览").arg(year), error);
    if (!book)
        return false;
    const QByteArray sheetName = tr("%1年度").arg(year).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format *headerFormat = workbook_add_format(book);
    format_set_bold(headerFormat);
    format_set_text_wrap(headerFormat);
    lxw_format *twoDecimals = workbook_add_format(book);
    format_set_num_format(twoDecimals, "0.00");
    lxw_format *whole = workbook_add_format(book);
    format_set_num_format(whole, "0");

    const QList<OverviewColumns::Column> columns = OverviewColumns::columns();
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), OverviewText::header(columns.at(c)).toUtf8().constData(), headerFormat);
        const double width = c == 0 ? 28 : isNumeric(columns.at(c).kind) ? 12 : 9;
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    lxw_row_t row = 1;
    QHash<QString, QString> exact; // cell → the number's decimal text: the library writes 16 digits
    for (const OverviewRecord &r : records) {
        for (int c = 0; c < columns.size(); ++c) {
            const OverviewColumns::Cell cell = OverviewColumns::cell(r, c);
            if (cell.number) { // a number cell: 99.10 is 9910 hundredths
                worksheet_write_number(sheet, row, lxw_col_t(c), cell.decimals == 0 ? double(*cell.number) : double(*cell.number) / 100.0,
                                       cell.decimals == 0 ? whole : twoDecimals);
                char name[LXW_MAX_CELL_NAME_LENGTH];
                lxw_rowcol_to_cell(name, row, lxw_col_t(c));
                exact.insert(QString::fromLatin1(name), cell.text);
            } else if (isNumeric(columns.at(c).kind)) // 不适用: empty
                continue;
            else
                worksheet_write_string(sheet, row, lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
        }
        ++row;
    }
    worksheet_freeze_panes(sheet, 1, 1);
    worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 1, lxw_col_t(columns.size() - 1));
    return file.commit(exact, error);
}
