#include "DepartmentComparisonChart.h"

#include "ChartBuilder.h"
#include "Ratio.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <cmath>

namespace {

// A text of the chart (context DepartmentComparisonChart) in its language.
QString word(TextLanguage language, const char *source)
{
    return textIn(language, "DepartmentComparisonChart", source);
}

} // namespace

std::unique_ptr<QChart> ChartBuilder::departmentComparison(const QString &title,
                                                           const QList<QPair<QString, std::optional<qint64>>> &values) const
{
    return DepartmentComparisonChart::build(title, values, m_labelFont, m_language);
}

QString DepartmentComparisonChart::label(const QString &department, const std::optional<qint64> &centiPercent,
                                         TextLanguage language)
{
    QString name = department;
    if (name.size() > NameChars)
        name = name.left(NameChars - 1) + QChar(0x2026);
    if (!centiPercent)
        return word(language, QT_TRANSLATE_NOOP("DepartmentComparisonChart", "%1  不适用")).arg(name);
    return word(language, QT_TRANSLATE_NOOP("DepartmentComparisonChart", "%1  %2%")).arg(name, Ratio::centiText(*centiPercent));
}

std::unique_ptr<QChart> DepartmentComparisonChart::build(const QString &title, const Values &values, const QFont &font,
                                                         TextLanguage language)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 12, 4));

    const Values shown = values.mid(0, MaxBars);
    auto *set = new QBarSet(title);
    set->setColor(QColor(0x4a, 0x6f, 0xa5));
    set->setBorderColor(QColor(0x4a, 0x6f, 0xa5));
    QStringList categories;
    qreal low = 0, high = 100;
    // Horizontal bars are drawn from the bottom: add them in reverse so that the first
    // department is at the top, as in the table.
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const auto &[department, value] = shown.at(i);
        const qreal percent = value ? qreal(*value) / 100.0 : 0.0; // display geometry only
        set->append(percent);
        categories.append(label(department, value, language));
        low = qMin(low, percent);
        high = qMax(high, percent);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setLabelsFont(font);
    names->setGridLineVisible(false);
    names->setTruncateLabels(false); // the names are the point: never "…" (they are short already)
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    // Round the axis to 20 points: 0–120% for rates around 100, never a 150% of empty room.
    const auto roundOut = [](qreal v, bool up) { return (up ? std::ceil(v / 20.0) : std::floor(v / 20.0)) * 20.0; };
    const qreal from = roundOut(low, false), to = roundOut(high * 1.02, true);
    auto *axis = new QValueAxis;
    axis->setRange(from, to);
    axis->setTickCount(int((to - from) / 20.0) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f%"));
    axis->setLabelsFont(font);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    return chart;
}
