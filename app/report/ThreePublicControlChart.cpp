#include "ThreePublicControlChart.h"

#include "ChartParts.h"
#include "ReportFigures.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

using namespace ChartParts;

namespace {

// A text of the chart (context ThreePublicControlChart) in its language.
QString word(TextLanguage language, const char *source)
{
    return textIn(language, "ThreePublicControlChart", source);
}

struct Row
{
    QString name;
    OptionalMoney budget;
    OptionalMoney actual;
};

// A row's bar: its control rate in percent, whether it is over the budget (its own colour),
// its printed label and its hover text.
struct Bar
{
    qreal value = 0;
    bool over = false;
    QString label;
    QString tip;
};

Bar barOf(const Row &row, bool overflow, TextLanguage language)
{
    const Money budget = row.budget.value_or(Money());
    const Money actual = row.actual.value_or(Money());
    const std::optional<Ratio> rate = overflow ? std::nullopt : ratioOf(actual, budget);
    Bar bar;
    if (rate) {
        bar.value = percentValue(*rate);
        bar.over = rate->comparePercent(10000) > 0;
        bar.label = rate->percentText() + QLatin1Char('%');
        bar.tip = word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "%1\n实际支出 %2 / 预算 %3\n控制率 %4%"))
                      .arg(row.name, wanLabel(actual, language), wanLabel(budget, language), rate->percentText());
        Money excess;
        if (bar.over && Money::subtractChecked(actual, budget, &excess))
            bar.tip += word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "（超出预算 %1）")).arg(wanLabel(excess, language));
    } else if (actual.fen() > 0) {
        bar.over = true;
        bar.label = word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "未安排预算，实际支出%1"))
                        .arg(wanLabel(actual, language));
        bar.tip = word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "%1\n未安排预算，实际支出 %2"))
                      .arg(row.name, wanLabel(actual, language));
    } else {
        bar.label = word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "未安排"));
        bar.tip = word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "%1\n未安排预算，也没有支出")).arg(row.name);
    }
    return bar;
}

// The dashed 100% line across the plot's height, on a hidden axis of its own (0 to 1).
void addFullBudgetLine(QChart *chart, QValueAxis *rates, TextLanguage language)
{
    auto *line = new QLineSeries;
    line->setName(word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "100%（实际支出等于预算）")));
    QPen pen(referenceColour, 1.5, Qt::DashLine);
    line->setPen(pen);
    line->append(100, 0);
    line->append(100, 1);
    line->setProperty(ToolTipsProperty,
                      word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "100%：实际支出等于预算；超过即超支")));
    chart->addSeries(line);
    auto *span = new QValueAxis;
    span->setRange(0, 1);
    span->setVisible(false);
    chart->addAxis(span, Qt::AlignRight);
    line->attachAxis(rates);
    line->attachAxis(span);
}

} // namespace

QStringList ThreePublicControlChart::categories(TextLanguage language)
{
    return {word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "公务接待费")),
            word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "公务用车购置及运行维护费")),
            word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "因公出国（境）费")),
            word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "合计"))};
}

std::unique_ptr<QChart> ThreePublicControlChart::build(const Report &report, const QFont &font, TextLanguage language)
{
    const ThreePublicAmounts &b = report.budget.threePublicBudget;
    const ThreePublicAmounts &a = report.execution.threePublicActual;
    bool overflow = false;
    const Money budgetTotal = ReportFigures::threePublicTotal(b, &overflow);
    const Money actualTotal = ReportFigures::threePublicTotal(a, &overflow);
    // A vertical category axis counts from the bottom (Qt 6.4 ignores setReverse for bars):
    // 合计 goes in first so that the items read from the top.
    QStringList names = categories(language);
    const Row rows[] = {{names[3], budgetTotal, actualTotal},
                        {names[2], b.overseas, a.overseas},
                        {names[1], b.vehicles, a.vehicles},
                        {names[0], b.reception, a.reception}};
    std::reverse(names.begin(), names.end());

    QList<qreal> within, over;
    QStringList withinLabels, overLabels, withinTips, overTips;
    qreal top = 100;
    for (const Row &row : rows) {
        const Bar bar = barOf(row, overflow, language);
        top = std::max(top, bar.value);
        within.append(bar.over ? 0 : bar.value);
        over.append(bar.over ? bar.value : 0);
        withinLabels.append(bar.over ? QString() : bar.label);
        overLabels.append(bar.over ? bar.label : QString());
        withinTips.append(bar.over ? QString() : bar.tip);
        overTips.append(bar.over ? bar.tip : QString());
    }

    auto chart = std::make_unique<QChart>();
    style(chart.get(), font);
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    const struct { const char *name; const QList<qreal> &values; const QStringList &labels, &tips; QColor colour; } sets[] = {
        {QT_TRANSLATE_NOOP("ThreePublicControlChart", "未超预算"), within, withinLabels, withinTips, budgetColour},
        {QT_TRANSLATE_NOOP("ThreePublicControlChart", "超出预算"), over, overLabels, overTips, overColour}};
    for (const auto &s : sets) {
        QBarSet *set = barSet(word(language, s.name), s.colour, {}, font);
        set->append(s.values);
        set->setProperty(ValueLabelsProperty, s.labels);
        set->setProperty(ToolTipsProperty, s.tips);
        set->setLabelColor(s.colour == overColour ? overColour : Qt::black); // "未安排预算，实际支出…" in red
        series->append(set);
    }
    chart->addSeries(series);
    QBarCategoryAxis *axis = categoryAxis(names, font);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    QValueAxis *rates = valueAxis(0, top * 1.3, word(language, QT_TRANSLATE_NOOP("ThreePublicControlChart", "实际支出占预算的百分比")),
                                  QStringLiteral("%.0f%%"), font);
    chart->addAxis(rates, Qt::AlignBottom);
    series->attachAxis(rates);

    addFullBudgetLine(chart.get(), rates, language);
    return chart;
}
