#pragma once

#include "ReportBlock.h"
#include "ReportChartPictures.h"
#include "ReportProperties.h"

#include <QList>
#include <QString>

#include <optional>

// What the .docx and the .odt are both made of: the document's properties, the PDF's blocks
// (ReportContentBuilder) and the charts as pictures. Needs a QApplication: the charts are
// Qt Charts.
struct OfficeDocumentContent
{
    ReportProperties properties;
    ReportBlocks blocks;
    QList<ReportChartPicture> pictures;

    // Nothing, and `error` set, when no usable Chinese face is installed (the charts' labels
    // would have no Chinese).
    static std::optional<OfficeDocumentContent> of(const Report &report, const ReportEvaluation &evaluation,
                                                   QString *error);
};
