#include "ScoringEngine.h"

#include "Ratio.h"
#include "TargetIndicatorScore.h"

#include "WideInteger.h"

namespace {

using namespace WideInteger;

qint64 clampScore(qint64 score, qint64 weight)
{
    return qBound<qint64>(0, score, weight);
}

QString points(qint64 centi)
{
    return ScoreCard::pointsText(centi);
}

// Why points were deducted or what an item waits for: a code of reasonCodes() and its values.
Reason because(const char *code, QStringList args = {})
{
    Q_ASSERT(ScoringEngine::reasonCodes().contains(QLatin1String(code)));
    return Reason{QString::fromLatin1(code), std::move(args)};
}

struct Outcome
{
    std::optional<qint64> score;
    Reason reason;
};

Outcome waiting(const char *code, QStringList args = {})
{
    return {std::nullopt, because(code, std::move(args))};
}

Outcome scoreBands(const ScoreRule &rule, const Indicator &indicator, qint64 weight)
{
    for (const ScoreRule::Band &band : rule.bands) {
        if (!band.maxCentiPercent || indicator.ratio->comparePercent(*band.maxCentiPercent) <= 0) {
            const qint64 s = clampScore(band.scoreCenti, weight);
            if (s == weight)
                return {s, Reason()};
            return {s, because("band", {indicator.valueText(), points(s)})};
        }
    }
    return {0, Reason()};
}

Outcome scoreLinear(const ScoreRule &rule, const Indicator &indicator, qint64 weight)
{
    if (indicator.ratio->comparePercent(rule.thresholdCentiPercent) <= 0)
        return {weight, Reason()};
    // The score itself is rounded once, from the exact deduction (proportional to the
    // unrounded excess): weight − (value% − threshold%) × per point, in hundredths.
    const Ratio &r = *indicator.ratio;
    const Wide excess = Wide(r.numerator) * 10000 - Wide(rule.thresholdCentiPercent) * r.denominator;
    const Wide scale = Wide(r.denominator) * 100; // excess / scale is the excess in percent
    const qint64 s = clampScore(saturate(roundedDivide(Wide(weight) * scale - excess * rule.perPointCenti, scale)), weight);
    if (s == weight) // over by less than half a hundredth of a point: nothing to explain
        return {s, Reason()};
    return {s, because("over_threshold", {indicator.valueText(), Ratio::centiText(rule.thresholdCentiPercent),
                                          points(rule.perPointCenti), points(weight - s)})};
}

Outcome scoreRatio(const ScoreRule &rule, const Indicator &indicator, qint64 weight)
{
    if (indicator.ratio->comparePercent(rule.thresholdCentiPercent) >= 0)
        return {weight, Reason()};
    // weight × (num/den × 100%) ÷ target
    const Ratio &r = *indicator.ratio;
    const qint64 raw = saturate(roundedDivide(Wide(weight) * r.numerator * 10000,
                                              Wide(r.denominator) * rule.thresholdCentiPercent));
    const qint64 s = clampScore(raw, weight);
    return {s, because("under_target", {indicator.valueText(), Ratio::centiText(rule.thresholdCentiPercent), points(s)})};
}

Outcome scoreFundBalance(const ScoreRule &rule, const ReportFigures &f, qint64 weight)
{
    if (!f.carryoverOut)
        return waiting("carryover_out_missing");
    const Money balance = *f.carryoverOut;
    if (balance.fen() <= 0)
        return {clampScore(rule.noneCenti, weight), Reason()};
    if (balance <= f.carryoverIn) {
        const qint64 s = clampScore(rule.withinCenti, weight);
        return {s, s == weight ? Reason() : because("carryover_within", {balance.toWan(), f.carryoverIn.toWan(), points(s)})};
    }
    const qint64 s = clampScore(rule.overCenti, weight);
    return {s, because("carryover_over", {balance.toWan(), f.carryoverIn.toWan(), points(s)})};
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
        return waiting("checklist_unknown");
    s = clampScore(s, weight);
    if (missing.isEmpty() || s == weight)
        return {s, Reason()};
    return {s, because("checklist_missing", missing)}; // the scheme's own names
}

Outcome scoreTargets(const Report &report, const SelfEvaluationRules &rules, qint64 weight)
{
    // The rows' own scores (TargetIndicatorScore, as in the self-evaluation table): Σ scores ÷
    // Σ weights over the rows that can be scored, rescaled to the item's weight. Rows that
    // cannot be scored yet are dropped. Without any weight, each row weighs one point.
    bool anyWeight = false;
    for (const TargetIndicator &t : report.targetIndicators)
        anyWeight = anyWeight || TargetIndicatorScore::weightCentiOf(t) > 0;
    Wide scored = 0;
    Wide possible = 0;
    int dropped = 0;
    for (const TargetIndicator &t : report.targetIndicators) {
        const TargetIndicatorScore row = anyWeight ? TargetIndicatorScore::of(t, rules)
                                                   : TargetIndicatorScore::of(t, rules, 100);
        if (!row.isScored() || row.weightCenti <= 0) {
            ++dropped;
            continue;
        }
        scored += *row.scoreCenti;
        possible += row.weightCenti;
    }
    if (possible == 0)
        return waiting("targets_none");
    const qint64 s = clampScore(saturate(roundedDivide(scored * weight, possible)), weight);
    if (s == weight)
        return {s, Reason()};
    if (dropped > 0)
        return {s, because("targets_partial_dropped", {points(s), QString::number(dropped)})};
    return {s, because("targets_partial", {points(s)})};
}

} // namespace

const QStringList &ScoringEngine::reasonCodes()
{
    static const QStringList codes = {
        QStringLiteral("band"),             // the indicator's band: %value, points
        QStringLiteral("over_threshold"),   // value, threshold, per point, deducted
        QStringLiteral("under_target"),     // value, target, points
        QStringLiteral("carryover_out_missing"),
        QStringLiteral("carryover_within"), // 年末结转, 上年结转, points
        QStringLiteral("carryover_over"),   // 年末结转, 上年结转, points
        QStringLiteral("checklist_unknown"),
        QStringLiteral("checklist_missing"), // the missing items' names
        QStringLiteral("targets_none"),
        QStringLiteral("targets_partial"),  // points
        QStringLiteral("targets_partial_dropped"), // points, rows not counted
        QStringLiteral("unknown_indicator"), // the scheme's indicator id
        QStringLiteral("indicator_not_applicable"), // ScoreItem::indicatorNotApplicable
        QStringLiteral("overflow"),
        QStringLiteral("manual"),
    };
    return codes;
}

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
        item.indicator = rule.indicator;

        Outcome outcome;
        switch (rule.kind) {
        case ScoreRule::Kind::Bands:
        case ScoreRule::Kind::Linear:
        case ScoreRule::Kind::Ratio:
            if (!indicator)
                outcome = waiting("unknown_indicator", {rule.indicator});
            else if (!indicator->applies()) {
                outcome = waiting("indicator_not_applicable");
                item.indicatorNotApplicable = indicator->notApplicable;
            }
            else if (rule.kind == ScoreRule::Kind::Bands)
                outcome = scoreBands(rule, *indicator, def.weightCenti);
            else if (rule.kind == ScoreRule::Kind::Linear)
                outcome = scoreLinear(rule, *indicator, def.weightCenti);
            else
                outcome = scoreRatio(rule, *indicator, def.weightCenti);
            break;
        case ScoreRule::Kind::FundBalance:
            outcome = figures.overflow ? waiting("overflow") : scoreFundBalance(rule, figures, def.weightCenti);
            break;
        case ScoreRule::Kind::Checklist:
            outcome = scoreChecklist(rule, report, def.weightCenti);
            break;
        case ScoreRule::Kind::Targets:
            outcome = scoreTargets(report, scheme.selfEvaluation, def.weightCenti);
            break;
        case ScoreRule::Kind::Manual:
            outcome = waiting("manual");
            break;
        }

        if (!outcome.score) {
            item.manual = true;
            const auto given = manual.constFind(def.id);
            if (given != manual.constEnd() && given->isComplete()) {
                outcome.score = clampScore(*given->scoreCenti, def.weightCenti);
                item.givenReason = given->reason;
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
