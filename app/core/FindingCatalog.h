#pragma once

#include "Finding.h"

#include <initializer_list>

// Every finding code, once: its severity, the field paths it concerns where they are fixed,
// and the names of its other sentences (forms). The sentences themselves are at the edge,
// in FindingText (app/wording), which the window, the report and the command line render
// through. ReportChecker::errorCodes()/warningCodes() are read from here.
//
// To add a code: a row in FindingCatalog.cpp and its wording row in app/wording/FindingText.cpp
// (then update_translations and an English translation). tst_findingtext fails while a code
// or one of its forms has no wording, or a wording has no code.
class FindingCatalog
{
public:
    struct Kind
    {
        QString code;
        Finding::Severity severity = Finding::Severity::Error;
        QStringList fields; // named by every finding of the code; empty: each finding names its own
        QStringList forms;  // its sentences besides the main one (Finding::form)
    };

    // Errors, then warnings, each in the order the checks run.
    static const QList<Kind> &all();
    static const Kind *find(const QString &code);
    static QStringList codes(Finding::Severity severity);

    // A finding of `code`, which must be in the table: the severity from the table, and its
    // fixed fields unless `fields` names them.
    static Finding make(const char *code, QStringList args, QStringList fields = {}, const char *form = nullptr);

    // The values a balance_mismatch finding quotes, in this order (the window's balance line
    // reads them too). Amounts in 万元; the difference to the 分 (Money::toWanToFen).
    enum BalanceArg {
        BalanceCarryoverIn, BalanceBudget, BalanceSpent, BalanceRecovered,
        BalanceExpected, BalanceEntered, BalanceDifference, BalanceArgCount
    };
};
