#include "TargetIndicatorScore.h"

#include "WideInteger.h"

namespace {

using namespace WideInteger;

TargetIndicatorScore scored(TargetIndicatorScore s, qint64 centi)
{
    s.state = TargetIndicatorScore::State::Scored;
    s.scoreCenti = centi;
    return s;
}

// w × part ÷ whole, clamped to [0, w] and rounded to hundredths (whole > 0).
qint64 share(qint64 weightCenti, Wide part, Wide whole)
{
    if (part <= 0)
        return 0;
    if (part >= whole)
        return weightCenti;
    return qint64(roundedDivide(Wide(weightCenti) * part, whole));
}

qint64 quantitativeScore(TargetDirection direction, Wide t, Wide a, qint64 w)
{
    if (t == 0) { // "0 起安全事故": met or not
        switch (direction) {
        case TargetDirection::Lower:
            return a <= 0 ? w : 0;
        case TargetDirection::Exact:
            return a == 0 ? w : 0;
        default:
            return w;
        }
    }
    switch (direction) {
    case TargetDirection::Lower:
        return a <= t ? w : share(w, t, a);
    case TargetDirection::Exact: {
        const Wide deviation = a > t ? a - t : t - a;
        return share(w, t - deviation, t);
    }
    default:
        return a >= t ? w : share(w, a, t);
    }
}

} // namespace

qint64 TargetIndicatorScore::weightCentiOf(const TargetIndicator &row)
{
    // The reader keeps weights to two decimals; a finer one (made in code) is truncated.
    return row.weight ? row.weight->millionths() / (Decimal::Scale / 100) : 0;
}

TargetIndicatorScore TargetIndicatorScore::of(const TargetIndicator &row, const SelfEvaluationRules &rules)
{
    return of(row, rules, weightCentiOf(row));
}

TargetIndicatorScore TargetIndicatorScore::of(const TargetIndicator &row, const SelfEvaluationRules &rules, qint64 w)
{
    TargetIndicatorScore s;
    s.weightCenti = w;
    if (row.isQualitative()) {
        if (!row.tier || !row.scoreCenti)
            return s;
        if (!inTier(*row.scoreCenti, *row.tier, w, rules)) {
            s.state = State::OutOfTier;
            return s;
        }
        return scored(s, *row.scoreCenti);
    }
    if (!row.target || !row.actual || row.target->isNegative())
        return s;
    const Wide t = row.target->millionths();
    const Wide a = row.actual->millionths();
    if (t > 0 && row.direction == TargetDirection::Higher)
        s.overAchieved = a * 10000 >= t * rules.overAchievedHigherCentiPercent;
    else if (t > 0 && row.direction == TargetDirection::Lower)
        s.overAchieved = a * 10000 <= t * rules.overAchievedLowerCentiPercent;
    return scored(s, quantitativeScore(row.direction, t, a, w));
}

TargetIndicatorScore::Range TargetIndicatorScore::tierRange(QualitativeTier tier, qint64 w, const SelfEvaluationRules &rules)
{
    // Bounds as points, rounded to hundredths for display; inTier() compares exactly.
    auto at = [w](qint64 centiPercent) { return qint64(roundedDivide(Wide(w) * centiPercent, 10000)); };
    switch (tier) {
    case QualitativeTier::Achieved:
        return {at(rules.achievedMinCentiPercent), w, false};
    case QualitativeTier::Partial:
        return {at(rules.partialMinCentiPercent), at(rules.achievedMinCentiPercent), true};
    case QualitativeTier::NotAchieved:
        break;
    }
    return {0, at(rules.partialMinCentiPercent), true};
}

bool TargetIndicatorScore::inTier(qint64 score, QualitativeTier tier, qint64 w, const SelfEvaluationRules &rules)
{
    // score ≥ w × min% (and < w × next tier's min%, or ≤ w for the top tier), exactly.
    const Wide scaled = Wide(score) * 10000;
    auto atLeast = [&](qint64 centiPercent) { return scaled >= Wide(w) * centiPercent; };
    switch (tier) {
    case QualitativeTier::Achieved:
        return atLeast(rules.achievedMinCentiPercent) && score <= w;
    case QualitativeTier::Partial:
        return atLeast(rules.partialMinCentiPercent) && !atLeast(rules.achievedMinCentiPercent);
    case QualitativeTier::NotAchieved:
        break;
    }
    return score >= 0 && !atLeast(rules.partialMinCentiPercent);
}
