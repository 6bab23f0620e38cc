#pragma once

#include "ReportBlock.h"
#include "ReportEvaluation.h"

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>

// The charts of a document as pictures, for the formats that cannot hold the PDF's vectors
// (.docx, .odt): PNG at print resolution, at the size the PDF prints them, with the figure's
// caption and a description that gives every figure the chart shows (its alternative text).
struct ReportChartPicture
{
    ReportChart chart = ReportChart::BudgetComposition;
    QByteArray png;
    QSizeF sizeMm;
    QSize pixels;
    QString caption;     // "图1 2023年度预算构成", the Caption block above the chart
    QString description; // the caption, then each value: "基本支出预算：1,234.56万元（…）；…"
};

namespace ReportChartPictures {

constexpr int Dpi = 300;

// One picture per Chart block of `blocks`, in their order. `chartFont` as the PDF's charts.
QList<ReportChartPicture> of(const ReportBlocks &blocks, const Report &report, const ReportEvaluation &evaluation,
                             const QFont &chartFont);

} // namespace ReportChartPictures
