#pragma once

#include "Finding.h"
#include "Indicator.h"
#include "ReportFigures.h"

#include <QCoreApplication>

// The consistency rules of domain.md. Errors first, then warnings, each in rule order.
class ReportChecker
{
    Q_DECLARE_TR_FUNCTIONS(ReportChecker)
public:
    static FindingList check(const Report &report, const ReportFigures &figures,
                             const IndicatorList &indicators,
                             const Report *previousYear = nullptr);

    // Every code the checker can emit, errors then warnings.
    static QStringList errorCodes();
    static QStringList warningCodes();
};
