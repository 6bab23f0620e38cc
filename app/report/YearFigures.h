#pragma once

#include "IndicatorSettings.h"
#include "ReportEvaluation.h"

#include <QList>

// One year of a department reduced to what the multi-year trend shows: its figures and
// indicators. Plain data: the window makes them from the stored earlier years of the same
// department (ofReports) and hands them to the charts; nothing here knows of SQL.
struct YearFigures
{
    int year = 0;
    ReportFigures figures;
    IndicatorList indicators;

    static YearFigures of(const Report &report, const ReportEvaluation &evaluation);
    // Computes each report's figures and indicators; a report whose year before is among
    // `reports` gets it as its previous year (the year-on-year rates). Sorted by year; of a
    // year given twice the last one counts.
    static QList<YearFigures> ofReports(const QList<Report> &reports,
                                        const IndicatorSettings &settings = IndicatorSettings());
    // The years a trend shows: `earlier` without `current`'s year (the open report wins over
    // its stored copy), then `current`, in year order.
    static QList<YearFigures> withCurrent(const QList<YearFigures> &earlier, const YearFigures &current);

    bool operator==(const YearFigures &) const = default;
};
