#pragma once

#include "Indicator.h"
#include "Report.h"
#include "ReportFigures.h"
#include "ScoreCard.h"
#include "ScoringScheme.h"

#include <QCoreApplication>

// Applies a scoring scheme to a report: every item's score clamped to [0, weight] and
// rounded to hundredths, the reason for any deduction, the total and the grade.
class ScoringEngine
{
    Q_DECLARE_TR_FUNCTIONS(ScoringEngine)
public:
    static ScoreCard score(const ScoringScheme &scheme, const Report &report,
                           const ReportFigures &figures, const IndicatorList &indicators,
                           const ManualScores &manual = ManualScores());
};
