#include "XlsReader.h"

#include <QFile>

#include <freexl.h>

namespace {

using Code = TableFinding::Code;

TableFinding finding(Code code, const QString &file, const QStringList &args = {}, const QString &sheet = {})
{
    TableFinding f;
    f.code = code;
    f.file = file;
    f.sheet = sheet;
    f.args = args;
    return f;
}

WorkbookReader::Result failure(Code code, const QString &file, const QStringList &args = {}, const QString &sheet = {})
{
    return {std::nullopt, finding(code, file, args, sheet)};
}

// Closes a FreeXL handle however the reading ends (FreeXL wants it closed even after a
// failed open).
class Handle
{
public:
    ~Handle()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    const void **out() { return &m_handle; }
    const void *get() const { return m_handle; }

private:
    const void *m_handle = nullptr;
};

// An OLE file without a workbook stream that holds an "EncryptedPackage" stream is an
// Office Open XML file protected by a password (MS-OFFCRYPTO). The stream's name is in the
// compound file's directory, UTF-16LE.
bool isEncryptedPackage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray name = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    QByteArray previous;
    while (!file.atEnd()) {
        const QByteArray chunk = previous + file.read(1 << 20);
        if (chunk.contains(name))
            return true;
        previous = chunk.right(name.size());
    }
    return false;
}

QString freexlError(int code)
{
    return QStringLiteral("FreeXL %1").arg(code);
}

// First the sheets' sizes only: FreeXL holds a whole sheet's grid in memory, so a sheet
// that claims millions of cells is refused before it is loaded. Sets the sheet count.
std::optional<TableFinding> readSheetCount(const QString &path, unsigned int *sheetCount)
{
    Handle info;
    const int opened = freexl_open_info(QFile::encodeName(path).constData(), info.out());
    if (opened == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
        return finding(isEncryptedPackage(path) ? Code::Encrypted : Code::NotASpreadsheet, path);
    if (opened != FREEXL_OK)
        return finding(Code::Corrupt, path, {freexlError(opened)});
    // FreeXL answers a workbook saved with a password to open (FILEPASS) with success
    // and no handle.
    if (!info.get())
        return finding(Code::Encrypted, path);
    unsigned int password = 0;
    if (freexl_get_info(info.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password != FREEXL_BIFF_PLAIN
        && password != FREEXL_UNKNOWN)
        return finding(Code::Encrypted, path);
    if (freexl_get_info(info.get(), FREEXL_BIFF_SHEET_COUNT, sheetCount) != FREEXL_OK)
        return finding(Code::Corrupt, path, {QStringLiteral("sheets")});
    return std::nullopt;
}

// A cell as the sheet keeps it (dates and times as their text); nothing for an empty one.
std::optional<SheetCell> cellOf(const FreeXL_CellValue &value, unsigned short column)
{
    SheetCell cell;
    cell.column = column;
    switch (value.type) {
    case FREEXL_CELL_INT:
        cell.kind = SheetCell::Kind::Number;
        cell.number = value.value.int_value;
        return cell;
    case FREEXL_CELL_DOUBLE:
        cell.kind = SheetCell::Kind::Number;
        cell.number = value.value.double_value;
        return cell;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        cell.kind = SheetCell::Kind::Text;
        cell.text = QString::fromUtf8(value.value.text_value);
        return cell;
    default:
        return std::nullopt;
    }
}

// The cells of the active worksheet (number `index`) into `sheet`, within the limits;
// `cells` counts the workbook's cells so far.
std::optional<TableFinding> readCells(const void *xls, unsigned short index, const QString &path,
                                      const WorkbookLimits &limits, qint64 *cells, Sheet *sheet)
{
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(xls, &rows, &columns) != FREEXL_OK)
        return finding(Code::Corrupt, path, {QStringLiteral("sheet %1").arg(index + 1)}, sheet->name());
    if (rows > unsigned(limits.maxRows))
        return finding(Code::TooManyRows, path, {QString::number(limits.maxRows)}, sheet->name());
    if (qint64(rows) * columns > limits.maxCells)
        return finding(Code::TooManyCells, path, {QString::number(limits.maxCells)}, sheet->name());
    for (unsigned int r = 0; r < rows; ++r) {
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(xls, r, c, &value) != FREEXL_OK)
                return finding(Code::Corrupt, path, {Sheet::cellName(int(r), c)}, sheet->name());
            const std::optional<SheetCell> cell = cellOf(value, c);
            if (!cell)
                continue;
            if (++*cells > limits.maxCells)
                return finding(Code::TooManyCells, path, {QString::number(limits.maxCells)}, sheet->name());
            sheet->addCell(int(r), *cell);
        }
    }
    sheet->finish();
    return std::nullopt;
}

} // namespace

WorkbookReader::Result XlsReader::read(const QString &path, const WorkbookLimits &limits)
{
    unsigned int sheetCount = 0;
    if (std::optional<TableFinding> refused = readSheetCount(path, &sheetCount))
        return {std::nullopt, std::move(refused)};
    Handle xls;
    const int opened = freexl_open(QFile::encodeName(path).constData(), xls.out());
    if (opened != FREEXL_OK || !xls.get())
        return failure(Code::Corrupt, path, {freexlError(opened)});
    Workbook workbook;
    workbook.fileName = path;
    qint64 cells = 0;
    for (unsigned short s = 0; s < sheetCount; ++s) {
        const char *utf8Name = nullptr;
        if (freexl_get_worksheet_name(xls.get(), s, &utf8Name) != FREEXL_OK
            || freexl_select_active_worksheet(xls.get(), s) != FREEXL_OK)
            return failure(Code::Corrupt, path, {QStringLiteral("sheet %1").arg(s + 1)});
        Sheet sheet(QString::fromUtf8(utf8Name));
        sheet.setKnowsMerges(false);
        if (std::optional<TableFinding> problem = readCells(xls.get(), s, path, limits, &cells, &sheet))
            return {std::nullopt, std::move(problem)};
        workbook.sheets.append(std::move(sheet));
    }
    return {std::move(workbook), std::nullopt};
}
