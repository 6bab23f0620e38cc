#pragma once

#include "ReportBlock.h"
#include "ReportEvaluation.h"

#include <QChart>
#include <QFont>
#include <QImage>
#include <QSizeF>
#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

// The program's charts, behind one small class: Qt Charts is deprecated in later Qt
// versions and GPL-3, so nothing else should depend on it directly. The PDF draws them as
// vectors (render()), the ODT gets images, and the review screens put them in a QChartView.
// Amounts in labels are printed as the document prints them (two decimals, 万元).
class ChartBuilder
{
public:
    // Fonts of the labels and legend; use pixel sizes (see render()).
    explicit ChartBuilder(const QFont &labelFont = QFont());

    // 预算构成: basic and project budget for the year and the carry-over (pie).
    std::unique_ptr<QChart> budgetComposition(const ReportFigures &figures) const;
    // 预算与支出: budget (with carry-over) against spending, basic / project / total (bars).
    std::unique_ptr<QChart> budgetAgainstSpending(const ReportFigures &figures) const;
    // “三公经费”: each item's budget against its actual spending (bars).
    std::unique_ptr<QChart> threePublic(const Report &report) const;
    // 部门对比 (the overview): one rate across departments, department → hundredths of a
    // percent (none: 不适用), in the order given, at most DepartmentComparisonChart::MaxBars.
    std::unique_ptr<QChart> departmentComparison(const QString &title,
                                                 const QList<QPair<QString, std::optional<qint64>>> &values) const;

    std::unique_ptr<QChart> build(ReportChart which, const Report &report, const ReportEvaluation &evaluation) const;

    // The size of a chart in the document, in millimetres (the type area is 156 mm wide).
    static QSizeF printSizeMm(ReportChart which);
    // Draws `chart` into `target` of any painter (a PDF page: vectors, real text). The chart
    // is laid out at `logicalSize` (pixels of 1/96 inch) and scaled into the target, so its
    // fonts must be set in pixels.
    static void render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &logicalSize);
    // Writes each bar's amount above it, as the document prints it (two decimals). Call
    // after the chart has its size (render() does; a chart view calls it when resized).
    static void placeValueLabels(QChart *chart);
    // A raster copy at `dpi`, for formats that cannot hold vectors (ODT).
    static QImage image(QChart *chart, const QSizeF &sizeMm, int dpi);

private:
    void style(QChart *chart) const;
    QFont m_labelFont;
};
