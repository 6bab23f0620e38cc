#pragma once

#include "Indicator.h"
#include "Report.h"
#include "ReportFigures.h"
#include "ScoreCard.h"
#include "ScoringScheme.h"

#include <QStringList>

// Applies a scoring scheme to a report: every item's score clamped to [0, weight] and
// rounded to hundredths, the reason for any deduction (as a code and values: ScoreItem), the
// total and the grade.
class ScoringEngine
{
public:
    static ScoreCard score(const ScoringScheme &scheme, const Report &report,
                           const ReportFigures &figures, const IndicatorList &indicators,
                           const ManualScores &manual = ManualScores());

    // Every code of ScoreItem::reason, once. Each is worded in ScoreText.cpp (app/wording);
    // tst_reasontext fails while one is not, or a wording has no code.
    static const QStringList &reasonCodes();
};
