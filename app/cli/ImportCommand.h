#pragma once

#include <QCoreApplication>
#include <QStringList>

// jixiao import FILE.json... [--db LOCATION]
// Adds each report to the workspace, or replaces the stored report of the same department
// and year (the replaced state stays in its history), and prints what it did. A readable
// report with errors is imported like any other (its errors are findings, not refusals).
// Exit 0: all imported; 2: a file could not be read or stored (the others still are), or
// the workspace cannot be opened.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static int run(const QStringList &arguments);
};
