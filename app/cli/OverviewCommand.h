#pragma once

#include <QCoreApplication>
#include <QStringList>

// jixiao overview [--db LOCATION] --year N -o OUT.xlsx|OUT.csv
// The overview of every department's report for a year (status, score, grade, the
// indicators, findings, main amounts) as a spreadsheet (OverviewExport). Exit 0; 2 when the
// workspace cannot be opened or read, or the file cannot be written (or a usage error).
class OverviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(OverviewCommand)
public:
    static int run(const QStringList &arguments);
};
