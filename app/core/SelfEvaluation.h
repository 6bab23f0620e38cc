#pragma once

#include "Finding.h"
#include "Ratio.h"
#include "ReportFigures.h"
#include "ScoringScheme.h"
#include "TargetIndicatorScore.h"

// The standard self-evaluation table (部门整体支出绩效自评表, self-evaluation-table.md),
// scored: the budget-execution block, every indicator row's score, the indicator part
// (rescaled when the weights do not add up to the part's weight), the ceiling by 执行率, the
// total and the grade, and the table's findings. Points in hundredths (centi).
struct SelfEvaluation
{
    // 1. 预算执行情况: 年初预算数 B0 + C0, 全年预算数 B + C0, 全年执行数 E.
    Money initial, full, spent;
    std::optional<Ratio> rate;                  // E ÷ (B + C0); none when B + C0 ≤ 0
    qint64 executionWeightCenti = 0;
    std::optional<qint64> executionScoreCenti;  // none when the rate does not apply

    // 3. 绩效指标, one per target_indicators row.
    QList<TargetIndicatorScore> rows;
    qint64 indicatorWeightCenti = 0;            // the part's weight (90)
    qint64 rowWeightSumCenti = 0;               // W, pending rows included
    qint64 rowScoreSumCenti = 0;                // Σ rounded row scores (pending as 0)
    std::optional<qint64> indicatorScoreCenti;  // P; none with no rows, or rows weighing 0
    int pendingRows = 0;

    std::optional<qint64> capCenti;   // the ceiling for this 执行率, whenever one applies
    qint64 capBelowCentiPercent = 0;  // … the 执行率 it applies below (80.00)
    bool capLowered = false;          // … and it lowered the total
    qint64 uncappedTotalCenti = 0;    // execution + indicator part (what is pending as 0)
    qint64 totalCenti = 0;            // the same, capped
    QString grade;                  // from the total, always

    FindingList findings; // the table's own, errors then warnings

    // Something is still missing: a pending row, no rows, or no execution rate.
    bool provisional() const
    {
        return pendingRows > 0 || !indicatorScoreCenti || !executionScoreCenti;
    }
    bool operator==(const SelfEvaluation &) const = default;

    static SelfEvaluation of(const Report &report, const ReportFigures &figures, const ScoringScheme &scheme);
};
