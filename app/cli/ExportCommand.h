#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

// jixiao export FILE.json -o OUT.pdf|OUT.docx|OUT.odt|OUT.json [--previous PREV.json]
// jixiao export [--db LOCATION] --department NAME --year N -o OUT.pdf|OUT.docx|OUT.odt|OUT.json
//   (a report of a workspace, the default one without --db; its stored previous year is used)
// Writes the report as a PDF (GB/T 9704 layout), a Word document or an ODT (the same layout,
// to finish in Word or WPS), or its JSON. The format follows the output's suffix. A report
// with errors is exported as a draft (marked as ReportExporter::draftMarking says), which stderr says; so are control
// characters that a .docx/.odt cannot hold, dropped. Exit 0: written (also a draft); 2: the input cannot be read or is
// refused, the output cannot be written, or the command line is wrong.
//
// Needs fonts and Qt Charts, so CommandLine runs it in a QApplication on the offscreen
// platform: no display and no environment variables are needed.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    static int run(const QStringList &arguments);

private:
    struct Input
    {
        Report report;
        std::optional<Report> previousYear;
    };
    // Everything that decides which report is exported: a JSON file (and optionally the
    // previous year's), or a workspace (--db LOCATION --department NAME --year N, through
    // WorkspaceInput). On failure the message is printed and the exit code set.
    static std::optional<Input> loadInput(const QCommandLineParser &parser, const QStringList &files, int *exitCode);
};
