#pragma once

#include "ChartKind.h"
#include "ReportBlock.h"
#include "ReportEvaluation.h"
#include "TextLanguage.h"
#include "YearFigures.h"

#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QSizeF>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

// The program's charts, behind one small class: Qt Charts is deprecated in later Qt
// versions and GPL-3, so nothing else should depend on it directly. The PDF draws them as
// vectors (render()), the .docx and .odt get pictures, and the review screens put them in a
// QChartView.
// Amounts in labels are printed as the document prints them (two decimals, 万元). Every
// text of a chart is in the builder's language: on screen (and in a PNG or SVG saved from
// it) a chart speaks the window's language (TextLanguage::Program); the document's charts
// are Chinese (TextLanguage::Chinese, or buildForDocument).
class ChartBuilder
{
public:
    // Fonts of the labels and legend; use pixel sizes (see render()).
    explicit ChartBuilder(const QFont &labelFont = QFont(), TextLanguage language = TextLanguage::Program);

    TextLanguage language() const { return m_language; }

    // 预算构成: basic and project budget for the year and the carry-over (pie). Slices
    // under SmallSlicePercent get a longer leader line, and the pie turns so that two
    // small neighbours put their labels on either side of its top.
    std::unique_ptr<QChart> budgetComposition(const ReportFigures &figures) const;
    // 预算与支出: budget (with carry-over) against spending, basic / project / total (bars).
    std::unique_ptr<QChart> budgetAgainstSpending(const ReportFigures &figures) const;
    // “三公经费”: each item's budget against its actual spending (bars).
    std::unique_ptr<QChart> threePublic(const Report &report) const;
    // “三公经费” control rate per item and in total against the 100% line.
    std::unique_ptr<QChart> threePublicControl(const Report &report) const;
    // 年中预算调整 by item (除外调整 distinguished, 调减 to the left).
    std::unique_ptr<QChart> adjustments(const Report &report) const;
    // The years in order (YearFigures::withCurrent): amounts and main rates.
    std::unique_ptr<QChart> trend(const QList<YearFigures> &years) const;

    // 部门对比 (the overview): one rate across departments, department → hundredths of a
    // percent (none: 不适用), in the order given, at most DepartmentComparisonChart::MaxBars.
    std::unique_ptr<QChart> departmentComparison(const QString &title,
                                                 const QList<QPair<QString, std::optional<qint64>>> &values) const;

    std::unique_ptr<QChart> build(ReportChart which, const Report &report, const ReportEvaluation &evaluation) const;
    // A chart of the document (PDF, ODT): its texts are Chinese whatever the builder's
    // language and whatever translation the program installed.
    std::unique_ptr<QChart> buildForDocument(ReportChart which, const Report &report,
                                             const ReportEvaluation &evaluation) const;
    // Any chart; `earlierYears` feed the trend (the open report is its last year).
    std::unique_ptr<QChart> build(ChartKind which, const Report &report, const ReportEvaluation &evaluation,
                                  const QList<YearFigures> &earlierYears = {}) const;

    static constexpr int SmallSlicePercent = 5;

    // Whether `which` draws the same from both states of a report (the trend: of its last
    // year), so that an edit elsewhere costs nothing.
    static bool drawsTheSame(ChartKind which, const Report &a, const ReportEvaluation &ea, const Report &b,
                             const ReportEvaluation &eb);
    // Gives `shown` the values, labels, hover texts and axis ranges of `fresh`, built from
    // newer data, when both have the same shape; false (nothing changed) when they do not
    // and `fresh` must replace it.
    static bool update(QChart *shown, const QChart *fresh);

    // The size of a chart in the document, in millimetres (the type area is 156 mm wide).
    static QSizeF printSizeMm(ReportChart which);
    // The natural size of a chart on screen and in a saved image (pixels of 1/96 inch):
    // the adjustments grow with their rows.
    static QSizeF screenSize(ChartKind which, const QChart *chart);
    // Draws `chart` into `target` of any painter (a PDF page: vectors, real text). The chart
    // is laid out at `logicalSize` (pixels of 1/96 inch) and scaled into the target, so its
    // fonts must be set in pixels.
    static void render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &logicalSize);
    // Writes each bar's amount beside its end, as the document prints it (two decimals).
    // Call after the chart has its size (render() does; a chart view when its plot area
    // changes).
    static void placeValueLabels(QChart *chart);
    // Fits a chart to the room it has on screen: a pie whose outside labels would be cut
    // short shows them in a legend at its right instead; a legend too wide for one row
    // moves to the right. The document's charts have their fixed size and are not fitted.
    static void fit(QChart *chart, const QSizeF &size);
    // A raster copy at `dpi`, for formats that cannot hold vectors (.docx, .odt).
    static QImage image(QChart *chart, const QSizeF &sizeMm, int dpi);

    // Hover texts: every bar, slice and point carries the exact figure (万元 with two
    // decimals, rates as printed). `show` gets the text on entering, an empty one on leaving.
    static void showToolTipsWith(QChart *chart, QObject *context, const std::function<void(const QString &)> &show);
    // All of them in reading order (a chart's accessible description, an SVG's <desc>).
    static QStringList toolTips(const QChart *chart);

private:
    QFont m_labelFont;
    TextLanguage m_language;
};
