#include "OfficeDocumentContent.h"

#include "PhaseTimer.h"
#include "ReportContentBuilder.h"
#include "ReportDocumentBuilder.h"
#include "ReportFonts.h"

std::optional<OfficeDocumentContent> OfficeDocumentContent::of(const Report &report, const ReportEvaluation &evaluation,
                                                               QString *error)
{
    const ReportFonts &fonts = ReportFonts::installed();
    if (!fonts.isUsable()) {
        *error = fonts.problem();
        return std::nullopt;
    }
    OfficeDocumentContent content;
    content.properties = ReportProperties::of(report, evaluation);
    content.blocks = ReportContentBuilder(report, evaluation).blocks();
    PhaseTimer::mark("content blocks (sentences, tables)");
    content.pictures = ReportChartPictures::of(content.blocks, report, evaluation, ReportDocumentBuilder(fonts).chartFont());
    return content;
}
