#include "ChartBuilder.h"

#include "AdjustmentsChart.h"
#include "ChartParts.h"
#include "ChartUpdate.h"
#include "ChartValueLabels.h"
#include "ThreePublicControlChart.h"
#include "TrendChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QXYSeries>
#include <algorithm>
#include <QtMath>
#include <cmath>

using namespace ChartParts;

namespace {

// A text of a chart (context ChartBuilder) in its language.
QString word(TextLanguage language, const char *source)
{
    return textIn(language, "ChartBuilder", source);
}

const qreal PieSize = 0.62;        // of the plot's smaller side; labels outside
const qreal PieSizeWithLegend = 0.8;

ChartKind chartKindOf(ReportChart chart)
{
    switch (chart) {
    case ReportChart::BudgetComposition:
        return ChartKind::BudgetComposition;
    case ReportChart::BudgetAgainstSpending:
        return ChartKind::BudgetAgainstSpending;
    case ReportChart::ThreePublic:
        break;
    }
    return ChartKind::ThreePublic;
}

QBarSeries *barSeries()
{
    auto *series = new QBarSeries;
    series->setBarWidth(0.7);
    return series;
}

// Hover texts of grouped bars: "<category> <set>：<amount>".
void setBarToolTips(QBarSeries *series, const QStringList &categories, const QList<QList<Money>> &values,
                    TextLanguage language)
{
    const QList<QBarSet *> sets = series->barSets();
    for (int s = 0; s < sets.size() && s < values.size(); ++s) {
        QStringList tips;
        for (int c = 0; c < categories.size() && c < values[s].size(); ++c)
            tips.append(word(language, QT_TRANSLATE_NOOP("ChartBuilder", "%1 %2：%3"))
                            .arg(withoutBreaks(categories[c]), sets[s]->label(), wanLabel(values[s][c], language)));
        sets[s]->setProperty(ToolTipsProperty, tips);
    }
}

// Two small neighbours would print their labels on top of each other: turn the pie so
// that the boundary between them is at the top, where one label goes left and one right.
void separateSmallSlices(QPieSeries *series, const QList<qint64> &fen, qint64 total)
{
    const int n = int(fen.size());
    auto small = [&](int i) { return Ratio{fen[i], total}.comparePercent(ChartBuilder::SmallSlicePercent * 100) < 0; };
    for (int i = 0; i < n && n > 2; ++i) {
        const int next = (i + 1) % n;
        if (!small(i) || !small(next))
            continue;
        qint64 before = 0; // the slices up to and including i
        for (int k = 0; k <= i; ++k)
            before += fen[k];
        const qreal boundary = std::fmod(360.0 * qreal(before) / qreal(total), 360.0); // last and first: 0
        series->setPieStartAngle(-boundary);
        series->setPieEndAngle(360 - boundary);
        return;
    }
}

} // namespace

ChartBuilder::ChartBuilder(const QFont &labelFont, TextLanguage language) : m_labelFont(labelFont), m_language(language)
{
}

QSizeF ChartBuilder::printSizeMm(ReportChart which)
{
    // A pie needs less height than bars with their axis, values and legend.
    return which == ReportChart::BudgetComposition ? QSizeF(150, 62) : QSizeF(150, 76);
}

QSizeF ChartBuilder::screenSize(ChartKind which, const QChart *chart)
{
    switch (which) {
    case ChartKind::BudgetComposition:
        return {640, 300};
    case ChartKind::ThreePublicControl:
        return {640, 300};
    case ChartKind::Adjustments: {
        const auto *axis = chart ? qobject_cast<const QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0)) : nullptr;
        const int rows = axis ? int(axis->count()) : 0;
        // Qt Charts cuts a row's label to "..." when a row is under about 30 px high.
        return {640, qreal(std::max(260, 120 + 34 * rows))};
    }
    case ChartKind::BudgetAgainstSpending:
    case ChartKind::ThreePublic:
    case ChartKind::Trend:
        break;
    }
    return {640, 340};
}

std::unique_ptr<QChart> ChartBuilder::budgetComposition(const ReportFigures &f) const
{
    auto chart = std::make_unique<QChart>();
    style(chart.get(), m_labelFont);
    auto *series = new QPieSeries;
    series->setPieSize(PieSize);
    series->setHoleSize(0.3);
    const struct { const char *name; Money amount; QColor colour; } parts[] = {
        {QT_TRANSLATE_NOOP("ChartBuilder", "基本支出预算"), f.budgetBasic, budgetColour},
        {QT_TRANSLATE_NOOP("ChartBuilder", "项目支出预算"), f.budgetProject, spentColour},
        {QT_TRANSLATE_NOOP("ChartBuilder", "上年结转"), f.carryoverIn, carryoverColour}};
    QList<qint64> fen;
    qint64 total = 0;
    for (const auto &part : parts) {
        if (part.amount.fen() > 0 && !f.overflow) {
            fen.append(part.amount.fen());
            total += part.amount.fen(); // each part is far below the qint64 limit (Money::LimitFen)
        }
    }
    for (const auto &part : parts) {
        if (part.amount.fen() <= 0 || f.overflow)
            continue;
        const QString name = word(m_language, part.name);
        const QString label = word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "%1 %2")).arg(name, wanLabel(part.amount, m_language));
        QPieSlice *slice = series->append(label, wanValue(part.amount));
        slice->setColor(part.colour);
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(true);
        slice->setLabelFont(m_labelFont);
        slice->setLabelColor(Qt::black);
        const Ratio share{part.amount.fen(), total};
        slice->setLabelArmLengthFactor(share.comparePercent(SmallSlicePercent * 100) < 0 ? 0.3 : 0.12);
        slice->setProperty(ToolTipsProperty, word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "%1：%2，占%3%"))
                                                 .arg(name, wanLabel(part.amount, m_language), share.percentText()));
    }
    separateSmallSlices(series, fen, total);
    chart->addSeries(series);
    chart->legend()->hide();
    return chart;
}

std::unique_ptr<QChart> ChartBuilder::budgetAgainstSpending(const ReportFigures &f) const
{
    auto chart = std::make_unique<QChart>();
    style(chart.get(), m_labelFont);
    auto *series = barSeries();
    const QList<QList<Money>> values{{f.availableBasic, f.availableProject, f.available}, {f.spentBasic, f.spentProject, f.spent}};
    series->append(barSet(word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "全年预算（含上年结转）")), budgetColour, values[0],
                          m_labelFont));
    series->append(barSet(word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "全年支出")), spentColour, values[1], m_labelFont));
    const QStringList names{word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "基本支出")),
                            word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "项目支出")),
                            word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "合计"))};
    setBarToolTips(series, names, values, m_language);
    // The control rate of each column, as the report prints it.
    QList<QStringList> tips{series->barSets()[0]->property(ToolTipsProperty).toStringList(),
                            series->barSets()[1]->property(ToolTipsProperty).toStringList()};
    for (int c = 0; c < names.size(); ++c) {
        const std::optional<Ratio> rate = ratioOf(values[1][c], values[0][c]);
        const QString line = rate ? word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "\n支出占预算 %1%")).arg(rate->percentText())
                                  : word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "\n支出占预算：不适用"));
        tips[0][c] += line;
        tips[1][c] += line;
    }
    series->barSets()[0]->setProperty(ToolTipsProperty, tips[0]);
    series->barSets()[1]->setProperty(ToolTipsProperty, tips[1]);
    chart->addSeries(series);
    QBarCategoryAxis *categories = categoryAxis(names, m_labelFont);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *axis = valueAxis(0, std::max(wanValue(f.available), wanValue(f.spent)) * 1.15 + 1, wanAxisTitle(m_language),
                                 QStringLiteral("%.0f"), m_labelFont);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    return chart;
}

std::unique_ptr<QChart> ChartBuilder::threePublic(const Report &report) const
{
    const ThreePublicAmounts &b = report.budget.threePublicBudget;
    const ThreePublicAmounts &a = report.execution.threePublicActual;
    auto given = [](const OptionalMoney &m) { return m.value_or(Money()); };
    auto chart = std::make_unique<QChart>();
    style(chart.get(), m_labelFont);
    auto *series = barSeries();
    const QList<QList<Money>> values{{given(b.reception), given(b.vehicles), given(b.overseas)},
                                     {given(a.reception), given(a.vehicles), given(a.overseas)}};
    series->append(barSet(word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "预算")), budgetColour, values[0], m_labelFont));
    series->append(barSet(word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "实际支出")), spentColour, values[1], m_labelFont));
    // <br>: where a long category breaks under its bars.
    const QStringList names{word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "公务接待费")),
                            word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "公务用车购置<br>及运行维护费")),
                            word(m_language, QT_TRANSLATE_NOOP("ChartBuilder", "因公出国<br>（境）费"))};
    setBarToolTips(series, names, values, m_language);
    chart->addSeries(series);
    QBarCategoryAxis *categories = categoryAxis(names, m_labelFont);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    qreal top = 0;
    for (const QList<Money> &set : values) {
        for (Money m : set)
            top = std::max(top, wanValue(m));
    }
    QValueAxis *axis = valueAxis(0, top * 1.2 + 1, wanAxisTitle(m_language), QStringLiteral("%.0f"), m_labelFont);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    return chart;
}

std::unique_ptr<QChart> ChartBuilder::threePublicControl(const Report &report) const
{
    return ThreePublicControlChart::build(report, m_labelFont, m_language);
}

std::unique_ptr<QChart> ChartBuilder::adjustments(const Report &report) const
{
    return AdjustmentsChart::build(report, m_labelFont, m_language);
}

std::unique_ptr<QChart> ChartBuilder::trend(const QList<YearFigures> &years) const
{
    return TrendChart::build(years, m_labelFont, m_language);
}

std::unique_ptr<QChart> ChartBuilder::build(ReportChart which, const Report &report, const ReportEvaluation &evaluation) const
{
    return build(chartKindOf(which), report, evaluation);
}

std::unique_ptr<QChart> ChartBuilder::buildForDocument(ReportChart which, const Report &report,
                                                      const ReportEvaluation &evaluation) const
{
    if (m_language == TextLanguage::Chinese)
        return build(which, report, evaluation);
    return ChartBuilder(m_labelFont, TextLanguage::Chinese).build(which, report, evaluation);
}

std::unique_ptr<QChart> ChartBuilder::build(ChartKind which, const Report &report, const ReportEvaluation &evaluation,
                                            const QList<YearFigures> &earlierYears) const
{
    switch (which) {
    case ChartKind::BudgetComposition:
        return budgetComposition(evaluation.figures);
    case ChartKind::BudgetAgainstSpending:
        return budgetAgainstSpending(evaluation.figures);
    case ChartKind::ThreePublic:
        return threePublic(report);
    case ChartKind::ThreePublicControl:
        return threePublicControl(report);
    case ChartKind::Adjustments:
        return adjustments(report);
    case ChartKind::Trend:
        return trend(YearFigures::withCurrent(earlierYears, YearFigures::of(report, evaluation)));
    }
    return nullptr;
}

bool ChartBuilder::drawsTheSame(ChartKind which, const Report &a, const ReportEvaluation &ea, const Report &b,
                                const ReportEvaluation &eb)
{
    const ReportFigures &fa = ea.figures, &fb = eb.figures;
    switch (which) {
    case ChartKind::BudgetComposition:
        return fa.budgetBasic == fb.budgetBasic && fa.budgetProject == fb.budgetProject && fa.carryoverIn == fb.carryoverIn
               && fa.overflow == fb.overflow;
    case ChartKind::BudgetAgainstSpending:
        return fa.availableBasic == fb.availableBasic && fa.availableProject == fb.availableProject
               && fa.available == fb.available && fa.spentBasic == fb.spentBasic && fa.spentProject == fb.spentProject
               && fa.spent == fb.spent;
    case ChartKind::ThreePublic:
    case ChartKind::ThreePublicControl:
        return a.budget.threePublicBudget == b.budget.threePublicBudget
               && a.execution.threePublicActual == b.execution.threePublicActual;
    case ChartKind::Adjustments:
        return a.budget.adjustments == b.budget.adjustments; // shared lists compare at once
    case ChartKind::Trend:
        break;
    }
    if (a.year != b.year || fa.budget != fb.budget || fa.spent != fb.spent || fa.carryoverOut != fb.carryoverOut
        || fa.overflow != fb.overflow)
        return false;
    for (const QString &id : TrendChart::rateIds()) {
        const Indicator *ia = findIndicator(ea.indicators, id), *ib = findIndicator(eb.indicators, id);
        if (!ia || !ib || !(*ia == *ib))
            return false;
    }
    return true;
}

bool ChartBuilder::update(QChart *shown, const QChart *fresh)
{
    return ChartUpdate::adopt(shown, fresh);
}

void ChartBuilder::placeValueLabels(QChart *chart)
{
    ChartValueLabels::place(chart);
}

namespace {

// A label outside the pie sits above the end of its leader line, which leaves the slice's
// middle radially (by the arm length) and then runs sideways: a slice at the top puts its
// text the radius, the arm and more than the text's height above the centre (Qt Charts
// leaves a gap; measured: 1.6 text heights, counted here as 2). Shrinks the pie until every
// label stays inside `size` (the small 上年结转 slice at the top of the printed 图1, a chart
// 62 mm high, lost its label otherwise).
void keepPieLabelsInside(QChart *chart, const QSizeF &size)
{
    for (QAbstractSeries *s : chart->series()) {
        auto *pie = qobject_cast<QPieSeries *>(s);
        if (!pie)
            continue;
        const QMarginsF margins = chart->margins();
        const qreal plotWidth = size.width() - margins.left() - margins.right();
        const qreal plotHeight = size.height() - margins.top() - margins.bottom();
        const qreal side = std::min(plotWidth, plotHeight);
        if (side <= 0)
            continue;
        const qreal roomAbove = margins.top() + plotHeight / 2; // from the centre to the top edge
        const qreal roomBelow = margins.bottom() + plotHeight / 2;
        qreal largestRadius = pie->pieSize() * side / 2;
        for (QPieSlice *slice : pie->slices()) { // labelPosition() is not const in Qt 6.4
            if (!slice->isLabelVisible() || slice->labelPosition() != QPieSlice::LabelOutside)
                continue;
            const qreal text = QFontMetricsF(slice->labelFont()).height();
            // Qt Charts measures angles clockwise from twelve o'clock.
            const qreal middle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
            const qreal up = std::cos(middle); // 1 at the top, -1 at the bottom
            const qreal reach = 1 + slice->labelArmLengthFactor(); // of the radius
            if (up > 0.01)
                largestRadius = std::min(largestRadius, (roomAbove - 2 * text) / (reach * up));
            else if (up < -0.01)
                largestRadius = std::min(largestRadius, (roomBelow - 4) / (reach * -up));
        }
        const qreal fitting = 2 * std::max<qreal>(largestRadius, 0) / side;
        if (fitting < pie->pieSize())
            pie->setPieSize(std::max<qreal>(fitting, 0.2));
    }
}

} // namespace

void ChartBuilder::fit(QChart *chart, const QSizeF &size)
{
    QLegend *legend = chart->legend();
    for (QAbstractSeries *s : chart->series()) {
        auto *pie = qobject_cast<QPieSeries *>(s);
        if (!pie)
            continue;
        qreal widest = 0;
        for (const QPieSlice *slice : pie->slices())
            widest = std::max(widest, QFontMetricsF(slice->labelFont()).horizontalAdvance(slice->label()));
        // A label beside the pie needs its width, the leader line and a margin on each side.
        const qreal side = std::min(size.width(), size.height());
        const bool labelsFit = size.width() >= side * PieSize + 2 * (widest + side * 0.12 + 16);
        for (QPieSlice *slice : pie->slices())
            slice->setLabelVisible(labelsFit);
        pie->setPieSize(labelsFit ? PieSize : PieSizeWithLegend);
        keepPieLabelsInside(chart, size);
        legend->setAlignment(Qt::AlignRight);
        legend->setVisible(!labelsFit);
        // Left to itself the legend cuts the amounts short ("623.09...").
        const qreal entry = widest + QFontMetricsF(legend->font()).height() + 24;
        legend->setMinimumWidth(labelsFit ? 0 : std::min(entry, size.width() * 0.6));
        return;
    }
    const QFontMetricsF metrics(legend->font());
    qreal row = 0;
    for (const QLegendMarker *marker : legend->markers())
        row += metrics.horizontalAdvance(marker->label()) + metrics.height() + 20;
    legend->setAlignment(row > size.width() - 16 ? Qt::AlignRight : Qt::AlignBottom);
}

void ChartBuilder::render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &logicalSize)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logicalSize));
    keepPieLabelsInside(chart, logicalSize);
    placeValueLabels(chart);
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    scene.removeItem(chart); // the caller owns the chart, not the scene
}

QImage ChartBuilder::image(QChart *chart, const QSizeF &sizeMm, int dpi)
{
    const QSizeF logical(sizeMm.width() / 25.4 * 96, sizeMm.height() / 25.4 * 96);
    QImage img(QSize(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi)), QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter painter(&img);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(chart, &painter, QRectF(QPointF(0, 0), img.size()), logical);
    return img;
}

void ChartBuilder::showToolTipsWith(QChart *chart, QObject *context, const std::function<void(const QString &)> &show)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            QObject::connect(bars, &QAbstractBarSeries::hovered, context, [show](bool entered, int index, QBarSet *set) {
                show(entered ? set->property(ToolTipsProperty).toStringList().value(index) : QString());
            });
        } else if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            QObject::connect(pie, &QPieSeries::hovered, context, [show](QPieSlice *slice, bool entered) {
                show(entered ? slice->property(ToolTipsProperty).toString() : QString());
            });
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            // One text for a whole line (a reference line), or one per category index.
            QObject::connect(xy, &QXYSeries::hovered, context, [show, xy](const QPointF &point, bool entered) {
                const QVariant tips = xy->property(ToolTipsProperty);
                if (!entered)
                    show(QString());
                else if (tips.typeId() == QMetaType::QString)
                    show(tips.toString());
                else
                    show(tips.toStringList().value(qRound(point.x())));
            });
        }
    }
}

QStringList ChartBuilder::toolTips(const QChart *chart)
{
    QStringList all;
    for (const QAbstractSeries *s : chart->series()) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(s)) {
            // In reading order: category by category (horizontal bars hold them bottom-up).
            const QList<QBarSet *> sets = bars->barSets();
            QList<QStringList> tips;
            qsizetype categories = 0;
            for (const QBarSet *set : sets) {
                tips.append(set->property(ToolTipsProperty).toStringList());
                categories = std::max(categories, tips.last().size());
            }
            const bool bottomUp = s->type() == QAbstractSeries::SeriesTypeHorizontalBar
                                  || s->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
                                  || s->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
            for (qsizetype i = 0; i < categories; ++i) {
                for (const QStringList &set : std::as_const(tips))
                    all.append(set.value(bottomUp ? categories - 1 - i : i));
            }
        } else if (const auto *pie = qobject_cast<const QPieSeries *>(s)) {
            for (const QPieSlice *slice : pie->slices())
                all.append(slice->property(ToolTipsProperty).toString());
        } else {
            const QVariant tips = s->property(ToolTipsProperty);
            if (tips.typeId() == QMetaType::QString)
                all.append(tips.toString());
            else
                all += tips.toStringList();
        }
    }
    all.removeAll(QString());
    return all;
}
