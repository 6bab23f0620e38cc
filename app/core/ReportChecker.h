#pragma once

#include "Finding.h"
#include "Indicator.h"
#include "ReportFigures.h"

// The consistency rules of domain.md. Errors first, then warnings, each in rule order.
// Findings are codes and values (FindingCatalog); the edges word them (FindingText).
class ReportChecker
{
public:
    static FindingList check(const Report &report, const ReportFigures &figures,
                             const IndicatorList &indicators,
                             const Report *previousYear = nullptr);

    // Every code the checker can emit, errors then warnings (from FindingCatalog).
    static QStringList errorCodes();
    static QStringList warningCodes();
};
