#pragma once

#include "Indicator.h"
#include "IndicatorSettings.h"
#include "ReportFigures.h"

#include <QStringList>

// Computes every indicator of IndicatorCatalog (domain.md) from a report's figures. The two year-on-year
// indicators need the previous year's report; without it they are 不适用.
class IndicatorCalculator
{
public:
    static IndicatorList compute(const Report &report, const ReportFigures &figures,
                                 const Report *previousYear = nullptr,
                                 const IndicatorSettings &settings = IndicatorSettings());

    // The ids it computes: IndicatorCatalog's, in its order (names and wording are there too).
    static QStringList ids();

    // Every code of Indicator::notApplicable, once. Each is worded in IndicatorText.cpp
    // (app/wording); tst_reasontext fails while one is not, or a wording has no code.
    static const QStringList &notApplicableCodes();
};
