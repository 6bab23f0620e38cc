#pragma once

#include "Indicator.h"
#include "IndicatorSettings.h"
#include "ReportFigures.h"

#include <QCoreApplication>

// Computes every indicator of domain.md from a report's figures. The two year-on-year
// indicators need the previous year's report; without it they are 不适用.
class IndicatorCalculator
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorCalculator)
public:
    static IndicatorList compute(const Report &report, const ReportFigures &figures,
                                 const Report *previousYear = nullptr,
                                 const IndicatorSettings &settings = IndicatorSettings());

    static QStringList ids(); // in the order they are listed and printed
    static QString nameOf(const QString &id);
};
