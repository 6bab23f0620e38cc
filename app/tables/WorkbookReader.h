#pragma once

#include "Sheet.h"
#include "TableFinding.h"

#include <optional>

class QIODevice;

// Published tables have a few hundred rows; the limits keep a hostile or mistaken file
// (a database export, a zip bomb) from taking the machine's memory.
struct WorkbookLimits
{
    int maxRows = 200000;            // per sheet
    qint64 maxCells = 4000000;       // per workbook
    qint64 maxPartBytes = 256 << 20; // uncompressed XML per part of an .xlsx
};

// Reads a spreadsheet file into sheets of cells: .xlsx (a zip of XML: minizip and
// QXmlStreamReader) or the older .xls (FreeXL), told apart by their first bytes, not by
// the name. A file that cannot be read gives one finding saying why (not a spreadsheet,
// encrypted, corrupt, too large); never a partial workbook.
class WorkbookReader
{
public:
    struct Result
    {
        std::optional<Workbook> workbook;
        std::optional<TableFinding> problem; // set when workbook is not
    };

    static Result readFile(const QString &path, const WorkbookLimits &limits = WorkbookLimits());
    // An .xlsx held in memory or another device (the fuzz target); `fileName` for messages.
    static Result readXlsx(QIODevice *device, const QString &fileName, const WorkbookLimits &limits = WorkbookLimits());
};
