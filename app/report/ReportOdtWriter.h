#pragma once

#include "ReportEvaluation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The report as OpenDocument text (.odt), for those who must edit it further in WPS or
// Word: the same content and faces as the PDF through QTextDocumentWriter ("odf"), charts as
// pictures. Page geometry is not carried by Qt's ODF writer; WPS/Word apply their own.
class ReportOdtWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportOdtWriter)
public:
    static QByteArray render(const Report &report, const ReportEvaluation &evaluation, QString *error);
    // Through QSaveFile, like ReportPdfWriter::write.
    static bool write(const QString &fileName, const Report &report, const ReportEvaluation &evaluation, QString *error);
};
