#pragma once

#include "ReportEvaluation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The report as OpenDocument text (.odt), to finish in LibreOffice, WPS or Word: the same
// blocks as the PDF and the .docx (ReportContentBuilder) with the same paragraph styles
// (OfficialTextStyles), on the GB/T 9704 page with its 22-line grid, faces by their official
// names, — N — page-number fields right on odd pages and left
// on even ones, real tables, the charts as 300 dpi pictures with title and description, the
// document properties, and on a report with errors 草稿 in every header and the findings at
// the end. Written with QXmlStreamWriter into a minizip package (Qt's own ODF writer leaves
// the page out: LibreOffice laid the 18 pages out in 11, with its own margins and type).
class ReportOdtWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportOdtWriter)
public:
    struct Result
    {
        QByteArray odt;  // empty on failure
        QString error;   // why, in the user's language
        QString notice;  // what the user should know (characters dropped), or empty
        bool draft = false;
        bool ok() const { return error.isEmpty(); }
    };

    // Needs a QApplication: the charts are Qt Charts.
    static Result render(const Report &report, const ReportEvaluation &evaluation);
    // Renders and writes through QSaveFile (all or nothing).
    static Result write(const QString &fileName, const Report &report, const ReportEvaluation &evaluation);
};
