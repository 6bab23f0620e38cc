#pragma once

#include "ReportEvaluation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The report as a Word document (.docx, ECMA-376), for the offices that finish it in Word or
// WPS: the blocks of ReportContentBuilder — the same text, order, tables and charts as the
// PDF — on GB/T 9704 pages (A4, the standard's margins, a 22 × 28 document grid), faces
// named by their official names, PAGE fields — N — in odd and even footers, real tables,
// charts as 300 dpi pictures with alternative text, title/author/subject/creation date, and
// on a report with errors 草稿 in every page's header and the findings at the end.
class ReportDocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocxWriter)
public:
    struct Result
    {
        QByteArray docx;  // empty on failure
        QString error;    // why, in the user's language
        QString notice;   // what the user should know (characters dropped), or empty
        bool draft = false;
        bool ok() const { return error.isEmpty(); }
    };

    // Needs a QApplication: the charts are Qt Charts.
    static Result render(const Report &report, const ReportEvaluation &evaluation);
    // Renders and writes through QSaveFile (all or nothing).
    static Result write(const QString &fileName, const Report &report, const ReportEvaluation &evaluation);
};
