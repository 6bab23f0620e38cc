#pragma once

#include "Report.h"
#include "SelfEvaluationRules.h"

// The score of one row of the 绩效目标表 (self-evaluation-table.md, "Scoring"): the one place
// it is computed. The self-evaluation table sums these scores, and the Hunan scheme's
// quantified-targets item aggregates the same ones its own way.
struct TargetIndicatorScore
{
    enum class State {
        Scored,
        Pending,    // 待评: a value missing, a negative target, no tier or no score
        OutOfTier   // a qualitative score outside its tier: pending, and an error
    };

    State state = State::Pending;
    qint64 weightCenti = 0;           // the row's 分值 (0 when not given)
    std::optional<qint64> scoreCenti; // 得分, rounded to 0.01; none unless scored
    bool overAchieved = false;        // target_over_achieved (scored quantitative rows)

    bool isScored() const { return state == State::Scored; }
    bool operator==(const TargetIndicatorScore &) const = default;

    static TargetIndicatorScore of(const TargetIndicator &row, const SelfEvaluationRules &rules);
    // The same rules with another weight (the Hunan item weighs unweighted rows equally).
    static TargetIndicatorScore of(const TargetIndicator &row, const SelfEvaluationRules &rules, qint64 weightCenti);

    static qint64 weightCentiOf(const TargetIndicator &row);
    // The score range of a qualitative tier for a weight: [min, max], or [min, max) when
    // `maxExcluded`.
    struct Range
    {
        qint64 minCenti = 0;
        qint64 maxCenti = 0;
        bool maxExcluded = false;
    };
    static Range tierRange(QualitativeTier tier, qint64 weightCenti, const SelfEvaluationRules &rules);
    static bool inTier(qint64 scoreCenti, QualitativeTier tier, qint64 weightCenti, const SelfEvaluationRules &rules);
};
