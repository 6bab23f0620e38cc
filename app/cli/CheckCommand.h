#pragma once

#include <QCoreApplication>
#include <QStringList>

// jixiao check FILE.json [--previous PREV.json] [--json] [--lang zh_CN|en]
// jixiao check --db LOCATION --department NAME --year N [--json] [--lang …]
// With a workspace the stored previous year is used for the year-on-year indicators and
// carryover_mismatch_previous_year (also for FILE.json when --db is given); --previous wins.
// Exit 0: no errors (warnings allowed); 1: the report has errors; 2: a file cannot be read
// or is refused by the format rules (the message on stderr names the field path).
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    static int run(const QStringList &arguments);
};
