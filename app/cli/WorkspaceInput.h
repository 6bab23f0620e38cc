#pragma once

#include "Report.h"
#include "Workspace.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

// The workspace as an input of the commands: --db LOCATION (a SQLite file or
// postgresql://…; the default workspace when left out), --department NAME, --year N.
// check and export read a stored report through it, with the stored previous year for the
// year-on-year indicators; import and list open the workspace through it.
class WorkspaceInput
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceInput)
public:
    static const QCommandLineOption &dbOption();
    static const QCommandLineOption &departmentOption();
    static const QCommandLineOption &yearOption();
    static void addOptions(QCommandLineParser &parser); // all three

    // True when the command line names a stored report (--department or --year given).
    static bool namesStoredReport(const QCommandLineParser &parser);

    // Opens the workspace of --db, else the default one (created with the sample on first
    // use). Prints the reason and sets *exitCode on failure.
    static bool open(const QCommandLineParser &parser, Workspace &workspace, bool createIfMissing, int *exitCode);

    struct Loaded
    {
        Report report;
        std::optional<Report> previousYear; // the stored report of the year before, if any
    };
    // The report named by --department and --year, and its stored previous year.
    static std::optional<Loaded> load(const QCommandLineParser &parser, int *exitCode);
    // The stored previous year of `report` in the workspace of --db (when given).
    static std::optional<Report> storedPreviousYear(const QCommandLineParser &parser, const Report &report, int *exitCode);
    // A previous-year file (--previous) that is not the same department's year before: said
    // on stderr (the file is still used, as asked).
    static void noteUnrelatedPreviousYear(const Report &report, const Report &previous, const QString &file);
};
