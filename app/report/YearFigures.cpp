#include "YearFigures.h"

#include "IndicatorCalculator.h"

#include <QMap>
#include <algorithm>

YearFigures YearFigures::of(const Report &report, const ReportEvaluation &evaluation)
{
    return {report.year, evaluation.figures, evaluation.indicators};
}

QList<YearFigures> YearFigures::ofReports(const QList<Report> &reports, const IndicatorSettings &settings)
{
    QMap<int, const Report *> byYear;
    for (const Report &r : reports)
        byYear.insert(r.year, &r);
    QList<YearFigures> result;
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        const Report &report = **it;
        const Report *previous = byYear.value(report.year - 1, nullptr);
        const ReportFigures figures = ReportFigures::of(report);
        result.append({report.year, figures, IndicatorCalculator::compute(report, figures, previous, settings)});
    }
    return result;
}

QList<YearFigures> YearFigures::withCurrent(const QList<YearFigures> &earlier, const YearFigures &current)
{
    QList<YearFigures> result;
    for (const YearFigures &y : earlier) {
        if (y.year != current.year)
            result.append(y);
    }
    result.append(current);
    std::stable_sort(result.begin(), result.end(), [](const YearFigures &a, const YearFigures &b) { return a.year < b.year; });
    return result;
}
