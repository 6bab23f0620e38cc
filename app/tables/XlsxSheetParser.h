#pragma once

#include "Sheet.h"
#include "TableFinding.h"
#include "WorkbookReader.h"

class XlsxPartStream;

// One worksheet part of an .xlsx (<sheetData> and <mergeCells>) into a Sheet. Cells and
// rows without an r attribute follow the one before, as the format allows.
class XlsxSheetParser
{
public:
    XlsxSheetParser(const QStringList &sharedStrings, const WorkbookLimits &limits, qint64 *cellsSoFar);

    // False on a problem (set in *problem: corrupt XML, too many rows or cells).
    bool parse(XlsxPartStream &in, const QString &part, Sheet *sheet, TableFinding *problem);

private:
    struct PendingCell
    {
        int row = 0;
        int column = 0;
        QString type; // the t attribute
        QString value; // <v>
        QString formula; // <f>
        QString inlineText; // <is>
        bool hasValue = false;
        bool hasFormula = false;
    };
    bool readCell(XlsxPartStream &in, PendingCell *cell);
    bool store(const PendingCell &pending, Sheet *sheet, TableFinding *problem);

    const QStringList &m_sharedStrings;
    WorkbookLimits m_limits;
    qint64 *m_cells;
};
