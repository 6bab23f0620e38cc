#include "DepartmentComparisonChart.h"

#include "ChartBuilder.h"
#include "Ratio.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

std::unique_ptr<QChart> ChartBuilder::departmentComparison(const QString &title,
                                                           const QList<QPair<QString, std::optional<qint64>>> &values) const
{
    return DepartmentComparisonChart::build(title, values, m_labelFont);
}

QString DepartmentComparisonChart::label(const QString &department, const std::optional<qint64> &centiPercent)
{
    QString name = department;
    if (name.size() > NameChars)
        name = name.left(NameChars - 1) + QChar(0x2026);
    return centiPercent ? tr("%1  %2%").arg(name, Ratio::centiText(*centiPercent)) : tr("%1  不适用").arg(name);
}

std::unique_ptr<QChart> DepartmentComparisonChart::build(const QString &title, const Values &values, const QFont &font)
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
        categories.append(label(department, value));
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
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *axis = new QValueAxis;
    axis->setRange(low < 0 ? low * 1.1 : 0, high * 1.08);
    axis->setLabelFormat(QStringLiteral("%.0f%"));
    axis->setLabelsFont(font);
    axis->applyNiceNumbers();
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    return chart;
}
