#include "AdjustmentsChart.h"

#include "ChartParts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

using namespace ChartParts;

namespace {

// A text of the chart (context AdjustmentsChart) in its language.
QString word(TextLanguage language, const char *source)
{
    return textIn(language, "AdjustmentsChart", source);
}

QString categoryText(AdjustmentCategory category, Money amount, TextLanguage language)
{
    switch (category) {
    case AdjustmentCategory::Basic:
        return word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "基本支出"));
    case AdjustmentCategory::Project:
        return word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "项目支出"));
    case AdjustmentCategory::Transfer:
        break;
    }
    return amount.isNegative() ? word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "结构调整：项目支出调往基本支出"))
                               : word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "结构调整：基本支出调往项目支出"));
}

// The two bar sets under construction: every category has a value in both (0 in the one
// it does not belong to), a printed label and a hover text.
struct Column
{
    QList<Money> values;
    QStringList labels;
    QStringList toolTips;
    void add(Money m, const QString &label, const QString &tip)
    {
        values.append(m);
        labels.append(label);
        toolTips.append(tip);
    }
    void addNothing() { add(Money(), QString(), QString()); }
    void reverse()
    {
        std::reverse(values.begin(), values.end());
        std::reverse(labels.begin(), labels.end());
        std::reverse(toolTips.begin(), toolTips.end());
    }
};

// The rows beyond the first `shown`, summed per set into one bar ("其余N项"): a sum that
// would overflow stops growing (display only). Widens [low, high] to hold it.
void addRest(const QList<BudgetAdjustment> &rows, qsizetype shown, QStringList *categories, Column *counted,
             Column *excluded, qreal *low, qreal *high, TextLanguage language)
{
    Money restCounted, restExcluded;
    for (qsizetype i = shown; i < rows.size(); ++i) {
        Money &sum = rows[i].excluded ? restExcluded : restCounted;
        Money next;
        if (Money::addChecked(sum, rows[i].amount.value_or(Money()), &next))
            sum = next;
    }
    const int rest = int(rows.size() - shown);
    categories->append(word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "其余%1项")).arg(rest));
    const QString tip = word(language, QT_TRANSLATE_NOOP("AdjustmentsChart",
                                                         "第%1至%2项，共%3项，合计：计入调整率 %4，除外调整 %5"))
                            .arg(shown + 1).arg(rows.size()).arg(rest)
                            .arg(wanLabel(restCounted, language), wanLabel(restExcluded, language));
    counted->add(restCounted, restCounted.isZero() ? QString() : signedWan(restCounted), tip);
    excluded->add(restExcluded, restExcluded.isZero() ? QString() : signedWan(restExcluded), tip);
    for (Money m : {restCounted, restExcluded}) {
        *low = std::min(*low, wanValue(m));
        *high = std::max(*high, wanValue(m));
    }
    if (restCounted.isNegative() != restExcluded.isNegative()) { // opposite stacks
        *low = std::min(*low, wanValue(restCounted) + wanValue(restExcluded));
        *high = std::max(*high, wanValue(restCounted) + wanValue(restExcluded));
    }
}

} // namespace

QString AdjustmentsChart::toolTip(int row, const BudgetAdjustment &a, TextLanguage language)
{
    const QString name = a.item.trimmed().isEmpty() ? word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "（未填写事项）"))
                                                    : elided(a.item, 200);
    QStringList lines{QStringLiteral("(%1) %2").arg(row + 1).arg(name)};
    if (!a.amount) {
        lines.append(word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "未填写金额")));
    } else {
        const Money m = *a.amount;
        const QString amount = wanLabel(m.abs(), language);
        if (a.category == AdjustmentCategory::Transfer)
            lines.append(categoryText(a.category, m, language) + QLatin1Char(' ') + amount);
        else
            lines.append(word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "%1 %2（%3）"))
                             .arg(m.isNegative() ? word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "调减"))
                                                 : word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "调增")),
                                  amount, categoryText(a.category, m, language)));
    }
    lines.append(a.excluded ? word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "除外调整：不计入预算调整率"))
                            : word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "计入预算调整率")));
    lines.append(a.reason.trimmed().isEmpty()
                     ? word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "原因：未填写"))
                     : word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "原因：%1")).arg(elided(a.reason, 200)));
    return lines.join(QLatin1Char('\n'));
}

std::unique_ptr<QChart> AdjustmentsChart::build(const Report &report, const QFont &font, TextLanguage language)
{
    auto chart = std::make_unique<QChart>();
    style(chart.get(), font);
    const QList<BudgetAdjustment> &rows = report.budget.adjustments;
    if (rows.isEmpty()) {
        chart->setTitleFont(font);
        chart->setTitle(word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "无年中预算调整")));
        chart->legend()->hide();
        return chart;
    }

    const qsizetype shown = rows.size() > MaxBars ? MaxBars - 1 : rows.size();
    QStringList categories;
    Column counted, excluded;
    qreal low = 0, high = 0; // the extent of the stacks, in 万元
    for (qsizetype i = 0; i < shown; ++i) {
        const BudgetAdjustment &a = rows[i];
        const QString name = a.item.trimmed().isEmpty() ? word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "（未填写事项）"))
                                                        : elided(a.item, NameChars);
        categories.append(QStringLiteral("(%1) %2").arg(i + 1).arg(name));
        const Money m = a.amount.value_or(Money());
        const QString label = a.amount ? signedWan(m) : word(language, QT_TRANSLATE_NOOP("AdjustmentsChart", "未填金额"));
        (a.excluded ? excluded : counted).add(m, label, toolTip(int(i), a, language));
        (a.excluded ? counted : excluded).addNothing();
        low = std::min(low, wanValue(m));
        high = std::max(high, wanValue(m));
    }
    if (shown < rows.size())
        addRest(rows, shown, &categories, &counted, &excluded, &low, &high, language);

    // A vertical category axis counts from the bottom (and Qt 6.4 ignores setReverse for
    // bars): the rows go in backwards so that (1) is on top, as in the report.
    std::reverse(categories.begin(), categories.end());
    counted.reverse();
    excluded.reverse();
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    const struct { const char *name; const Column &column; QColor colour; } sets[] = {
        {QT_TRANSLATE_NOOP("AdjustmentsChart", "计入预算调整率"), counted, spentColour},
        {QT_TRANSLATE_NOOP("AdjustmentsChart", "除外调整"), excluded, excludedColour}};
    for (const auto &s : sets) {
        QBarSet *set = barSet(word(language, s.name), s.colour, s.column.values, font);
        set->setProperty(ValueLabelsProperty, s.column.labels);
        set->setProperty(ToolTipsProperty, s.column.toolTips);
        series->append(set);
    }
    chart->addSeries(series);
    QBarCategoryAxis *axis = categoryAxis(categories, font);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    // Room beyond the longest bar on each side for its printed amount.
    const qreal span = std::max(high - low, qreal(1));
    QValueAxis *values = valueAxis(low < 0 ? low - span * 0.22 : 0, high > 0 ? high + span * 0.22 : 0,
                                   wanAxisTitle(language), QStringLiteral("%.0f"), font);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}
