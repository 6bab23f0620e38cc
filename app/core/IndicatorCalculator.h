#pragma once

#include "Indicator.h"
#include "IndicatorSettings.h"
#include "ReportFigures.h"

#include <QCoreApplication>

// Computes every indicator of IndicatorCatalog (domain.md) from a report's figures. The two year-on-year
// indicators need the previous year's report; without it they are 不适用.
class IndicatorCalculator
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorCalculator)
public:
    static IndicatorList compute(const Report &report, const ReportFigures &figures,
                                 const Report *previousYear = nullptr,
                                 const IndicatorSettings &settings = IndicatorSettings());

    // The ids it computes: IndicatorCatalog's, in its order (names and wording are there too).
    static QStringList ids();
};
