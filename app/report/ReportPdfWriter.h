#pragma once

#include "ReportEvaluation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class ReportFonts;
QT_BEGIN_NAMESPACE
class QPdfWriter;
QT_END_NAMESPACE

// The finished report as a PDF: the document of ReportContentBuilder laid out by
// ReportDocumentBuilder on GB/T 9704 pages, charts as vectors, fonts embedded, an exact text
// layer, title/author/subject metadata, and on a report with errors the 草稿 mark.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)
public:
    struct Result
    {
        QByteArray pdf;    // empty on failure
        QString error;     // why, in the user's language
        int pages = 0;
        bool draft = false;
        bool ok() const { return error.isEmpty(); }
    };

    // Renders in memory (a preview, or the bytes of a file). Needs a QApplication: the
    // charts are Qt Charts (QGraphicsWidget).
    static Result render(const Report &report, const ReportEvaluation &evaluation);
    // Renders and writes through QSaveFile: the file is replaced only when complete, and a
    // failure never leaves half a file.
    static Result write(const QString &fileName, const Report &report, const ReportEvaluation &evaluation);

private:
    static int writePages(QPdfWriter *writer, const Report &report, const ReportEvaluation &evaluation,
                          const ReportFonts &fonts, bool draft);
};
