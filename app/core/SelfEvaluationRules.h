#pragma once

#include <QList>
#include <QtGlobal>

// The numbers of the standard self-evaluation table (self-evaluation-table.md) that a scheme
// file may change (its "self_evaluation" object): the two part weights, the qualitative
// tiers, the warning thresholds and the ceilings by 执行率. The defaults are the spec's.
// Points are in hundredths, percentages in hundredths of a percent.
struct SelfEvaluationRules
{
    qint64 executionWeightCenti = 1000; // 预算执行情况
    qint64 indicatorWeightCenti = 9000; // 绩效指标

    // Lower bounds of the qualitative tiers, as a share of the row's weight: 达成 [80%, 100%],
    // 部分达成 [60%, 80%), 未达成 [0, 60%).
    qint64 achievedMinCentiPercent = 8000;
    qint64 partialMinCentiPercent = 6000;

    // target_over_achieved: higher with a ≥ 130% of t, lower with a ≤ 70% of t.
    qint64 overAchievedHigherCentiPercent = 13000;
    qint64 overAchievedLowerCentiPercent = 7000;
    // score_exceeds_execution: (P ÷ part weight − 执行率) ÷ (P ÷ part weight) above this.
    qint64 scoreExecutionMarginCentiPercent = 500;
    // large_unspent_balance: 执行率 below this.
    qint64 unspentBelowCentiPercent = 8000;

    // The total is at most `maxCenti` when 执行率 < `belowCentiPercent`; `below` strictly
    // decreasing. Empty: no ceilings.
    struct Ceiling
    {
        qint64 belowCentiPercent = 0;
        qint64 maxCenti = 0;
        bool operator==(const Ceiling &) const = default;
    };
    QList<Ceiling> ceilings = {{8000, 8900}, {7000, 7900}, {6000, 6900}, {5000, 5900}};

    bool operator==(const SelfEvaluationRules &) const = default;
};
