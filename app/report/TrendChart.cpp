#include "TrendChart.h"

#include "ChartParts.h"
#include "IndicatorCatalog.h"
#include "IndicatorText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

using namespace ChartParts;

namespace {

// A text of the chart (context TrendChart) in its language.
QString word(TextLanguage language, const char *source)
{
    return textIn(language, "TrendChart", source);
}

// 全年预算, 全年支出 and 年末结转 a year, as bars on the left axis (万元), kept to the lower half.
void addAmountBars(QChart *chart, QBarCategoryAxis *axis, const QList<YearFigures> &years, const QFont &font,
                   TextLanguage language)
{
    auto *bars = new QBarSeries;
    bars->setBarWidth(0.75);
    const struct { const char *name; QColor colour; Money (*amount)(const YearFigures &); bool (*given)(const YearFigures &); } amounts[] = {
        {QT_TRANSLATE_NOOP("TrendChart", "全年预算"), budgetColour, [](const YearFigures &y) { return y.figures.budget; }, [](const YearFigures &) { return true; }},
        {QT_TRANSLATE_NOOP("TrendChart", "全年支出"), spentColour, [](const YearFigures &y) { return y.figures.spent; }, [](const YearFigures &) { return true; }},
        {QT_TRANSLATE_NOOP("TrendChart", "年末结转"), carryoverColour, [](const YearFigures &y) { return y.figures.carryoverOut.value_or(Money()); },
         [](const YearFigures &y) { return y.figures.carryoverOut.has_value(); }}};
    qreal top = 1;
    for (const auto &a : amounts) {
        QList<Money> values;
        QStringList tips;
        for (const YearFigures &y : years) {
            const Money m = a.amount(y);
            values.append(m);
            top = std::max(top, wanValue(m));
            const bool given = a.given(y) && !y.figures.overflow;
            const QString amount = given ? wanLabel(m, language) : word(language, QT_TRANSLATE_NOOP("TrendChart", "未填报"));
            tips.append(word(language, QT_TRANSLATE_NOOP("TrendChart", "%1年 %2：%3")).arg(y.year).arg(word(language, a.name), amount));
        }
        QBarSet *set = barSet(word(language, a.name), a.colour, values, font);
        set->setProperty(ValueLabelsProperty, QStringList()); // no printed amounts
        set->setProperty(ToolTipsProperty, tips);
        bars->append(set);
    }
    chart->addSeries(bars);
    chart->addAxis(axis, Qt::AlignBottom);
    bars->attachAxis(axis);
    QValueAxis *money = valueAxis(0, top * 1.9, wanAxisTitle(language), QStringLiteral("%.0f"), font);
    chart->addAxis(money, Qt::AlignLeft);
    bars->attachAxis(money);
}

// The rates of TrendChart::rateIds() as solid, dashed and dotted lines on the right axis (%),
// so that they differ in black and white too.
void addRateLines(QChart *chart, QBarCategoryAxis *axis, const QList<YearFigures> &years, const QFont &font,
                  TextLanguage language)
{
    const struct { QColor colour; Qt::PenStyle style; } looks[] = {
        {QColor(0x8a, 0x1c, 0x1c), Qt::SolidLine}, {QColor(0x5b, 0x3a, 0x8c), Qt::DashLine}, {QColor(0x2f, 0x6b, 0x5a), Qt::DotLine}};
    qreal topRate = 125;
    QList<QLineSeries *> lines;
    const QStringList ids = TrendChart::rateIds();
    for (int r = 0; r < ids.size(); ++r) {
        auto *line = new QLineSeries;
        line->setName(IndicatorText::name(ids[r], language));
        QPen pen(looks[r].colour, 2, looks[r].style);
        line->setPen(pen);
        line->setPointsVisible(true);
        QStringList tips;
        for (int i = 0; i < years.size(); ++i) {
            const Indicator *indicator = findIndicator(years[i].indicators, ids[r]);
            if (indicator && indicator->applies()) {
                const qreal value = percentValue(*indicator->ratio);
                line->append(i, value);
                topRate = std::max(topRate, value * 1.1);
                tips.append(word(language, QT_TRANSLATE_NOOP("TrendChart", "%1年 %2：%3"))
                                .arg(years[i].year)
                                .arg(line->name(), IndicatorText::formula(*indicator, language)));
            } else {
                tips.append(word(language, QT_TRANSLATE_NOOP("TrendChart", "%1年 %2：不适用")).arg(years[i].year).arg(line->name()));
            }
        }
        line->setProperty(ToolTipsProperty, tips);
        lines.append(line);
    }
    QValueAxis *percent = valueAxis(0, topRate, QStringLiteral("%"), QStringLiteral("%.0f%%"), font);
    percent->setGridLineVisible(false);
    chart->addAxis(percent, Qt::AlignRight);
    for (QLineSeries *line : lines) {
        chart->addSeries(line);
        line->attachAxis(axis);
        line->attachAxis(percent);
    }
}

} // namespace

QStringList TrendChart::rateIds()
{
    return IndicatorCatalog::trendLines();
}

std::unique_ptr<QChart> TrendChart::build(const QList<YearFigures> &years, const QFont &font, TextLanguage language)
{
    auto chart = std::make_unique<QChart>();
    style(chart.get(), font);
    QStringList categories;
    for (const YearFigures &y : years)
        categories.append(word(language, QT_TRANSLATE_NOOP("TrendChart", "%1年")).arg(y.year));
    QBarCategoryAxis *axis = categoryAxis(categories, font);
    addAmountBars(chart.get(), axis, years, font, language);
    addRateLines(chart.get(), axis, years, font, language);
    return chart;
}
