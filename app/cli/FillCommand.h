#pragma once

#include <QCoreApplication>
#include <QStringList>

struct Report;
struct TableFill;

// jixiao fill REPORT.json --from FILE [--from FILE …] -o OUT.json [--json] [--lang zh_CN|en]
// jixiao fill [--db LOCATION] --department NAME --year N --from FILE … [--json]
// Fills the report's figures from the department's published 决算/预算 tables (.xlsx,
// .xls; TableFill says which figure comes from where) and prints one line per figure: the
// field, the value in 万元, and its source (file, sheet, cell, the labels that found it, the
// unit converted from); a figure the tables do not hold is listed as not found and left as
// it was. --json prints {"filled": [{"path", "value", "unit", "source": {"file", "sheet",
// "cell", "labels"}}], "not_found": [paths], "inconsistencies": [messages]}. With a
// workspace the stored report is saved (history and audit), refused while it is submitted
// or approved. Files or cells that could not be used are said on stderr.
// Exit 0: figures filled (some may be not found); 1: filled, but a table disagrees with
// itself (the figures are written, and marked); 2: nothing could be read, no table was
// recognised, the report cannot be read or saved, or the command line is wrong.
class FillCommand
{
    Q_DECLARE_TR_FUNCTIONS(FillCommand)
public:
    static int run(const QStringList &arguments);

private:
    static QString text(const TableFill &fill, const Report &before);
    static QByteArray json(const TableFill &fill);
};
