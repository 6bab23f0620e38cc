#pragma once

#include "OverviewRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The overview of a year as a spreadsheet, for the finance bureau: .xlsx (Debian's
// libxlsxwriter) or UTF-8 .csv with a byte-order mark, so that Excel and WPS open the
// Chinese right. The columns are OverviewColumns'; rates are numbers in percent (99.10),
// amounts numbers in 万元 with two decimals, counts whole numbers, and 不适用 an empty cell —
// never text that looks like a number. Rows in the order given (the window passes what it
// shows, sorted and filtered). The file is replaced only when it was written completely.
class OverviewExport
{
    Q_DECLARE_TR_FUNCTIONS(OverviewExport)
public:
    enum class Format { Xlsx, Csv };
    // By the file name's suffix (.xlsx or .csv); none for anything else.
    static std::optional<Format> formatOf(const QString &fileName);

    // False with a message naming the file and the reason.
    static bool write(const QString &fileName, const QList<OverviewRecord> &records, int year, QString *error);
    static bool writeXlsx(const QString &fileName, const QList<OverviewRecord> &records, int year, QString *error);
    static bool writeCsv(const QString &fileName, const QList<OverviewRecord> &records, QString *error);
    static QByteArray csv(const QList<OverviewRecord> &records); // with the BOM, CRLF lines
};
