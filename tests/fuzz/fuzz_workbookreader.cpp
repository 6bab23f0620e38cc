// libFuzzer target: the table reader (issue 16) on arbitrary bytes, as .xlsx (minizip and
// QXmlStreamReader, from memory) or, with the OLE signature, as .xls (FreeXL, from a
// temporary file), then the locator and the checks on whatever was read. Properties: a
// workbook or a reason, never both; sheets sorted; every figure within Money's range and
// worded sources; every finding worded.
#include "FillWording.h"
#include "FuzzCheck.h"
#include "TableFill.h"
#include "WorkbookReader.h"

#include <QBuffer>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    WorkbookLimits limits; // small, so that the fuzzer stays fast
    limits.maxRows = 5000;
    limits.maxCells = 50000;
    limits.maxPartBytes = 4 << 20;
    WorkbookReader::Result read;
    if (bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        QTemporaryFile file;
        if (!file.open() || file.write(bytes) != bytes.size())
            return 0;
        file.flush();
        read = WorkbookReader::readFile(file.fileName(), limits);
    } else {
        QBuffer buffer(&bytes);
        read = WorkbookReader::readXlsx(&buffer, QStringLiteral("fuzz.xlsx"), limits);
    }
    FUZZ_CHECK(read.workbook.has_value() != read.problem.has_value(), "a workbook and a problem, or neither");
    if (read.problem) {
        FUZZ_CHECK(read.problem->isUnreadableFile(), "a reading problem of the wrong kind");
        FUZZ_CHECK(!FillWording::finding(*read.problem).isEmpty(), "a problem without words");
        return 0;
    }
    qint64 cells = 0;
    for (const Sheet &sheet : read.workbook->sheets) {
        int previousRow = -1;
        for (const SheetRow &row : sheet.rows()) {
            FUZZ_CHECK(row.index > previousRow && row.index < limits.maxRows, "rows out of order or over the limit");
            previousRow = row.index;
            int previousColumn = -1;
            for (const SheetCell &cell : row.cells) {
                FUZZ_CHECK(cell.column > previousColumn && cell.column < 16384, "cells out of order");
                previousColumn = cell.column;
                ++cells;
            }
        }
    }
    FUZZ_CHECK(cells <= limits.maxCells, "more cells than the limit");
    const TableFill fill = TableFill::fromWorkbooks({*read.workbook});
    FUZZ_CHECK(fill.filled.size() + fill.notFound.size() == TableFill::paths().size(), "a figure lost");
    for (const FilledFigure &f : fill.filled) {
        FUZZ_CHECK(f.value.abs().fen() < Money::LimitFen, "an amount over the limit");
        FUZZ_CHECK(!f.source.cell.isEmpty() && !FillWording::place(f.source).isEmpty(), "a figure without its source");
    }
    for (const TableFinding &f : fill.findings)
        FUZZ_CHECK(!FillWording::finding(f).isEmpty() && !TableFinding::key(f.code).isEmpty(), "a finding without words");
    return 0;
}
