#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

// libxlsxwriter (1.1, Debian 12) writes every number with printf's "%.16G": 98.26 is stored
// as 98.26000000000001, 16 digits that show the binary double's error. Excel and
// LibreOffice store the shortest text of the value (98.26), and the overview's numbers are
// exact decimals. This puts the exact text into the number cells of a worksheet after the
// library has written the file: cells are found with an XML reader, and only the text of
// their <v> changes (the cells stay numbers, everything else stays byte for byte).
class XlsxNumberText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxNumberText)
public:
    // `exact`: cell reference ("C2") → the number's exact decimal text ("98.26").
    // `sheet`: the worksheet part ("xl/worksheets/sheet1.xml"). Rewrites `xlsxFile`.
    static bool apply(const QString &xlsxFile, const QString &sheet, const QHash<QString, QString> &exact, QString *error);
    // The same on the worksheet's XML; empty when it cannot be read as a worksheet.
    static QByteArray applyToSheet(const QByteArray &sheetXml, const QHash<QString, QString> &exact);
};
