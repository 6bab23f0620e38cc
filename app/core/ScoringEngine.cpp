#include "ScoringEngine.h"

#include "Ratio.h"

#include <limits>

namespace {

using Wide = __int128;

qint64 clampScore(qint64 score, qint64 weight)
{
    return qBound<qint64>(0, score, weight);
}

// Rounds a/b half away from zero (b > 0).
Wide roundedDivide(Wide a, Wide b)
{
    const bool negative = a < 0;
    const Wide m = negative ? -a : a;
    Wide q = m / b;
    if ((m % b) * 2 >= b)
        ++q;
    return negative ? -q : q;
}

qint64 saturate(Wide v)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    return v > Wide(max) ? max : (v < Wide(min) ? min : qint64(v));
}

Wide gcd(Wide a, Wide b)
{
    a = a < 0 ? -a : a;
    b = b < 0 ? -b : b;
    while (b != 0) {
        const Wide t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// An exact sum of fractions, so that a score landing exactly on x.xx5 rounds the way it
// should. `exact` turns false if a product would overflow (absurd magnitudes only).
struct FractionSum
{
    Wide num = 0;
    Wide den = 1;
    bool exact = true;

    void add(Wide n, Wide d) // d > 0
    {
        if (!exact || n == 0)
            return;
        const Wide g = gcd(n, d);
        n /= g;
        d /= g;
        const Wide common = gcd(den, d);
        Wide left, right, sum, newDen;
        if (__builtin_mul_overflow(num, d / common, &left) || __builtin_mul_overflow(n, den / common, &right)
            || __builtin_add_overflow(left, right, &sum) || __builtin_mul_overflow(den, d / common, &newDen)) {
            exact = false;
            return;
        }
        const Wide r = gcd(sum, newDen);
        num = r > 1 ? sum / r : sum;
        den = r > 1 ? newDen / r : newDen;
    }
};

QString points(qint64 centi)
{
    return ScoreCard::pointsText(centi);
}

struct Outcome
{
    std::optional<qint64> score;
    QString reason;
};

Outcome waiting(const QString &why)
{
    return {std::nullopt, why};
}

Outcome scoreBands(const ScoreRule &rule, const Indicator &indicator, qint64 weight)
{
    for (const ScoreRule::Band &band : rule.bands) {
        if (!band.maxCentiPercent || indicator.ratio->comparePercent(*band.maxCentiPercent) <= 0) {
            const qint64 s = clampScore(band.scoreCenti, weight);
            if (s == weight)
                return {s, QString()};
            return {s, ScoringEngine::tr("%1为%2%，得%3分").arg(indicator.name, indicator.valueText(), points(s))};
        }
    }
    return {0, QString()};
}

Outcome scoreLinear(const ScoreRule &rule, const Indicator &indicator, qint64 weight)
{
    if (indicator.ratio->comparePercent(rule.thresholdCentiPercent) <= 0)
        return {weight, QString()};
    // The score itself is rounded once, from the exact deduction (proportional to the
    // unrounded excess): weight − (value% − threshold%) × per point, in hundredths.
    const Ratio &r = *indicator.ratio;
    const Wide excess = Wide(r.numerator) * 10000 - Wide(rule.thresholdCentiPercent) * r.denominator;
    const Wide scale = Wide(r.denominator) * 100; // excess / scale is the excess in percent
    const qint64 s = clampScore(saturate(roundedDivide(Wide(weight) * scale - excess * rule.perPointCenti, scale)), weight);
    if (s == weight) // over by less than half a hundredth of a point: nothing to explain
        return {s, QString()};
    return {s, ScoringEngine::tr("%1为%2%，超过%3%，按每超1个百分点扣%4分计，扣%5分")
                   .arg(indicator.name, indicator.valueText(), Ratio::centiText(rule.thresholdCentiPercent),
                        points(rule.perPointCenti), points(weight - s))};
}

Outcome scoreRatio(const ScoreRule &rule, const Indicator &indicator, qint64 weight)
{
    if (indicator.ratio->comparePercent(rule.thresholdCentiPercent) >= 0)
        return {weight, QString()};
    // weight × (num/den × 100%) ÷ target
    const Ratio &r = *indicator.ratio;
    const qint64 raw = saturate(roundedDivide(Wide(weight) * r.numerator * 10000,
                                              Wide(r.denominator) * rule.thresholdCentiPercent));
    const qint64 s = clampScore(raw, weight);
    return {s, ScoringEngine::tr("%1为%2%，未达到%3%，按比例得%4分")
                   .arg(indicator.name, indicator.valueText(), Ratio::centiText(rule.thresholdCentiPercent), points(s))};
}

Outcome scoreFundBalance(const ScoreRule &rule, const ReportFigures &f, qint64 weight)
{
    if (!f.carryoverOut)
        return waiting(ScoringEngine::tr("未填报年末结转，待人工评分"));
    const Money balance = *f.carryoverOut;
    if (balance.fen() <= 0)
        return {clampScore(rule.noneCenti, weight), QString()};
    if (balance <= f.carryoverIn) {
        const qint64 s = clampScore(rule.withinCenti, weight);
        return {s, s == weight ? QString()
                               : ScoringEngine::tr("年末结转%1万元，未超过上年结转%2万元，得%3分")
                                     .arg(balance.toWan(), f.carryoverIn.toWan(), points(s))};
    }
    const qint64 s = clampScore(rule.overCenti, weight);
    return {s, ScoringEngine::tr("年末结转%1万元，超过上年结转%2万元，得%3分")
                   .arg(balance.toWan(), f.carryoverIn.toWan(), points(s))};
}

Outcome scoreChecklist(const ScoreRule &rule, const Report &report, qint64 weight)
{
    qint64 s = 0;
    QStringList missing;
    int known = 0;
    for (const QString &name : rule.checklist) {
        std::optional<bool> compliant;
        for (const ManagementItem &m : report.management) {
            if (m.indicator.trimmed() == name)
                compliant = m.compliant;
        }
        if (compliant.has_value())
            ++known;
        if (compliant.value_or(false))
            s += rule.eachCenti;
        else
            missing.append(name);
    }
    if (known == 0)
        return waiting(ScoringEngine::tr("报告中没有对应的预算管理项目，待人工评分"));
    s = clampScore(s, weight);
    if (missing.isEmpty() || s == weight)
        return {s, QString()};
    return {s, ScoringEngine::tr("未达标或未填报：%1").arg(missing.join(QStringLiteral("、")))};
}

Outcome scoreTargets(const Report &report, qint64 weight)
{
    // Σ row scores ÷ Σ row weights over the rows that apply, rescaled to the item's weight.
    bool anyWeight = false;
    for (const TargetIndicator &t : report.targetIndicators)
        anyWeight = anyWeight || (t.weight && !t.weight->isZero());
    FractionSum exactScore; // Σ row weight × completion, exactly
    Wide truncatedScore = 0; // the same, truncated per row: only if the exact sum overflows
    Wide possible = 0;
    int dropped = 0;
    for (const TargetIndicator &t : report.targetIndicators) {
        const qint64 w = anyWeight ? (t.weight ? t.weight->millionths() : 0) : Decimal::Scale;
        if (!t.target || !t.actual || t.target->isZero() || w <= 0 || t.target->isNegative() || t.actual->isNegative()) {
            ++dropped;
            continue;
        }
        const Wide target = t.target->millionths();
        const Wide actual = t.actual->millionths();
        // The row's score is w × part / whole (each row clamped to [0, w]).
        Wide part = 1;
        Wide whole = 1;
        switch (t.direction) {
        case TargetDirection::Higher:
            if (actual < target) {
                part = actual;
                whole = target;
            }
            break;
        case TargetDirection::Lower:
            if (actual > target) {
                part = target;
                whole = actual;
            }
            break;
        case TargetDirection::Exact: {
            const Wide deviation = actual > target ? actual - target : target - actual;
            part = deviation >= target ? 0 : target - deviation;
            whole = target;
            break;
        }
        }
        exactScore.add(Wide(w) * part, whole);
        truncatedScore += Wide(w) * part / whole;
        possible += w;
    }
    if (possible == 0)
        return waiting(ScoringEngine::tr("绩效目标表中没有可计分的指标，待人工评分"));
    Wide numerator = 0;
    Wide denominator = 0;
    const bool exact = exactScore.exact && !__builtin_mul_overflow(exactScore.num, Wide(weight), &numerator)
                       && !__builtin_mul_overflow(exactScore.den, possible, &denominator);
    const qint64 s = clampScore(exact ? saturate(roundedDivide(numerator, denominator))
                                      : saturate(roundedDivide(truncatedScore * weight, possible)),
                                weight);
    if (s == weight)
        return {s, QString()};
    QString reason = ScoringEngine::tr("部分绩效指标未完成目标，按完成比例得%1分").arg(points(s));
    if (dropped > 0)
        reason += ScoringEngine::tr("（%1项指标不适用，已按其余指标折算）").arg(dropped);
    return {s, reason};
}

} // namespace

QString ScoreCard::pointsText(qint64 centi)
{
    return Ratio::centiText(centi);
}

ScoreCard ScoringEngine::score(const ScoringScheme &scheme, const Report &report,
                               const ReportFigures &figures, const IndicatorList &indicators,
                               const ManualScores &manual)
{
    ScoreCard card;
    for (const ScoreItemDefinition &def : scheme.items) {
        ScoreItem item;
        item.id = def.id;
        item.level1 = def.level1;
        item.level2 = def.level2;
        item.name = def.name;
        item.weightCenti = def.weightCenti;
        const ScoreRule &rule = def.rule;
        const Indicator *indicator = rule.indicator.isEmpty() ? nullptr : findIndicator(indicators, rule.indicator);

        Outcome outcome;
        switch (rule.kind) {
        case ScoreRule::Kind::Bands:
        case ScoreRule::Kind::Linear:
        case ScoreRule::Kind::Ratio:
            if (!indicator)
                outcome = waiting(tr("评分方案引用了未知的指标“%1”，待人工评分").arg(rule.indicator));
            else if (!indicator->applies())
                outcome = waiting(tr("%1不适用（%2），待人工评分").arg(indicator->name, indicator->notApplicableReason));
            else if (rule.kind == ScoreRule::Kind::Bands)
                outcome = scoreBands(rule, *indicator, def.weightCenti);
            else if (rule.kind == ScoreRule::Kind::Linear)
                outcome = scoreLinear(rule, *indicator, def.weightCenti);
            else
                outcome = scoreRatio(rule, *indicator, def.weightCenti);
            break;
        case ScoreRule::Kind::FundBalance:
            outcome = figures.overflow ? waiting(tr("金额合计超出范围，待人工评分"))
                                       : scoreFundBalance(rule, figures, def.weightCenti);
            break;
        case ScoreRule::Kind::Checklist:
            outcome = scoreChecklist(rule, report, def.weightCenti);
            break;
        case ScoreRule::Kind::Targets:
            outcome = scoreTargets(report, def.weightCenti);
            break;
        case ScoreRule::Kind::Manual:
            outcome = waiting(tr("需人工评分"));
            break;
        }

        if (!outcome.score) {
            item.manual = true;
            const auto given = manual.constFind(def.id);
            if (given != manual.constEnd() && given->isComplete()) {
                outcome.score = clampScore(*given->scoreCenti, def.weightCenti);
                outcome.reason = given->reason;
            }
        }
        item.scoreCenti = outcome.score;
        item.reason = outcome.reason;
        if (item.scoreCenti)
            card.totalCenti += *item.scoreCenti;
        else
            ++card.pending;
        card.items.append(item);
    }
    card.grade = scheme.gradeFor(card.totalCenti);
    return card;
}
