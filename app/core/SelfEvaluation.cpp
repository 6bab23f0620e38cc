#include "SelfEvaluation.h"

#include "FindingCatalog.h"
#include "WideInteger.h"

namespace {

using namespace WideInteger;

QString points(qint64 centi)
{
    return Ratio::centiText(centi);
}

QString rowPath(qsizetype i, const char *key)
{
    return QStringLiteral("target_indicators[%1].").arg(i) + QLatin1String(key);
}

QString decimalText(const std::optional<Decimal> &d)
{
    return d ? d->toString() : QString();
}

void executionBlock(SelfEvaluation &t, const ReportFigures &f, const SelfEvaluationRules &rules)
{
    t.executionWeightCenti = rules.executionWeightCenti;
    if (f.overflow)
        return;
    bool ok = Money::addChecked(f.initial, f.carryoverIn, &t.initial);
    t.full = f.available;
    t.spent = f.spent;
    if (!ok || t.full.fen() <= 0)
        return;
    t.rate = Ratio{t.spent.fen(), t.full.fen()};
    // 10 × min(执行率, 100%) from the unrounded rate; a negative spending scores 0.
    const qint64 spent = qBound<qint64>(0, t.spent.fen(), t.full.fen());
    t.executionScoreCenti = qint64(roundedDivide(Wide(rules.executionWeightCenti) * spent, t.full.fen()));
}

void indicatorRows(SelfEvaluation &t, const Report &report, const SelfEvaluationRules &rules)
{
    t.indicatorWeightCenti = rules.indicatorWeightCenti;
    t.rows.reserve(report.targetIndicators.size());
    for (const TargetIndicator &row : report.targetIndicators) {
        const TargetIndicatorScore s = TargetIndicatorScore::of(row, rules);
        t.rowWeightSumCenti += s.weightCenti;
        t.rowScoreSumCenti += s.scoreCenti.value_or(0);
        t.pendingRows += s.isScored() ? 0 : 1;
        t.rows.append(s);
    }
    if (t.rows.isEmpty() || t.rowWeightSumCenti <= 0)
        return;
    t.indicatorScoreCenti = t.rowWeightSumCenti == t.indicatorWeightCenti
                                ? t.rowScoreSumCenti
                                : qint64(roundedDivide(Wide(t.rowScoreSumCenti) * t.indicatorWeightCenti, t.rowWeightSumCenti));
}

void totalAndCap(SelfEvaluation &t, const SelfEvaluationRules &rules, const ScoringScheme &scheme)
{
    t.uncappedTotalCenti = t.executionScoreCenti.value_or(0) + t.indicatorScoreCenti.value_or(0);
    t.totalCenti = t.uncappedTotalCenti;
    if (t.rate) {
        for (const SelfEvaluationRules::Ceiling &c : rules.ceilings) { // `below` decreasing
            if (t.rate->comparePercent(c.belowCentiPercent) < 0 && (!t.capCenti || c.maxCenti <= *t.capCenti)) {
                t.capCenti = c.maxCenti;
                t.capBelowCentiPercent = c.belowCentiPercent;
            }
        }
    }
    if (t.capCenti && t.totalCenti > *t.capCenti) {
        t.totalCenti = *t.capCenti;
        t.capLowered = true;
    }
    t.grade = scheme.gradeFor(t.totalCenti);
}

class Findings
{
public:
    FindingList errors, warnings;
    void add(const char *code, QStringList args, QStringList fields, const char *form = nullptr)
    {
        Finding f = FindingCatalog::make(code, std::move(args), std::move(fields), form);
        (f.isError() ? errors : warnings).append(std::move(f));
    }
};

const char *tierForm(QualitativeTier tier)
{
    switch (tier) {
    case QualitativeTier::Partial:
        return "partial";
    case QualitativeTier::NotAchieved:
        return "not_achieved";
    case QualitativeTier::Achieved:
        break;
    }
    return nullptr;
}

// The achieved value as a percentage of the target, for the over-achievement sentence.
QString percentOfTarget(const TargetIndicator &row)
{
    return Ratio{row.actual->millionths(), row.target->millionths()}.percentText();
}

void rowFindings(const SelfEvaluation &t, const Report &report, const SelfEvaluationRules &rules, Findings &out)
{
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        const TargetIndicator &row = report.targetIndicators[i];
        const TargetIndicatorScore &s = t.rows[i];
        const QString number = QString::number(i + 1);
        if (s.state == TargetIndicatorScore::State::OutOfTier) {
            const TargetIndicatorScore::Range r = TargetIndicatorScore::tierRange(*row.tier, s.weightCenti, rules);
            out.add("qualitative_score_out_of_tier",
                    {number, row.name, points(*row.scoreCenti), points(r.minCenti), points(r.maxCenti)},
                    {rowPath(i, "score"), rowPath(i, "tier")}, tierForm(*row.tier));
        }
        if (s.overAchieved) {
            out.add("target_over_achieved",
                    {number, row.name, decimalText(row.actual), decimalText(row.target), row.unit, percentOfTarget(row)},
                    {rowPath(i, "actual"), rowPath(i, "target")},
                    row.direction == TargetDirection::Lower ? "lower" : nullptr);
        }
        if (!s.isScored() || !row.deviation.trimmed().isEmpty())
            continue;
        if (*s.scoreCenti < s.weightCenti)
            out.add("deviation_without_reason", {number, row.name, points(*s.scoreCenti), points(s.weightCenti)},
                    {rowPath(i, "deviation")});
        else if (s.overAchieved)
            out.add("deviation_without_reason", {number, row.name}, {rowPath(i, "deviation")}, "over_achieved");
    }
}

void tableFindings(const SelfEvaluation &t, const Report &report, const SelfEvaluationRules &rules, Findings &out)
{
    if (!t.rows.isEmpty() && t.rowWeightSumCenti != t.indicatorWeightCenti)
        out.add("indicator_weights_not_90", {points(t.rowWeightSumCenti), points(t.indicatorWeightCenti)},
                {QStringLiteral("target_indicators")});
    if (t.rate && t.indicatorScoreCenti && *t.indicatorScoreCenti > 0) {
        // (P ÷ part − E ÷ A) ÷ (P ÷ part) > margin  ⇔  (1 − margin) × P × A > part × E
        const Wide left = Wide(10000 - rules.scoreExecutionMarginCentiPercent) * *t.indicatorScoreCenti * t.rate->denominator;
        const Wide right = Wide(10000) * t.indicatorWeightCenti * t.rate->numerator;
        if (left > right) {
            const Ratio scoreRate{*t.indicatorScoreCenti, t.indicatorWeightCenti};
            out.add("score_exceeds_execution",
                    {points(*t.indicatorScoreCenti), points(t.indicatorWeightCenti), scoreRate.percentText(),
                     t.rate->percentText()},
                    {QStringLiteral("target_indicators"), QStringLiteral("execution.spent")});
        }
    }
    if (t.rate && t.rate->comparePercent(rules.unspentBelowCentiPercent) < 0) {
        Money unspent;
        if (Money::subtractChecked(t.full, t.spent, &unspent))
            out.add("large_unspent_balance",
                    {t.rate->percentText(), Ratio::centiText(rules.unspentBelowCentiPercent), unspent.toWan()},
                    {QStringLiteral("execution.spent"), QStringLiteral("budget")});
    }
    // Each column of the 其中 rows adds up to the total row, when any of its cells is given.
    const FundsBySource &funds = report.fundsBySource;
    const struct { const char *key; const char *form; OptionalMoney SourceAmounts::*cell; Money total; } columns[] = {
        {"initial", nullptr, &SourceAmounts::initial, t.initial},
        {"full", "full", &SourceAmounts::full, t.full},
        {"spent", "spent", &SourceAmounts::spent, t.spent},
    };
    for (const auto &c : columns) {
        const OptionalMoney cells[] = {funds.appropriation.*c.cell, funds.carryover.*c.cell, funds.other.*c.cell};
        if (!cells[0] && !cells[1] && !cells[2])
            continue;
        Money sum;
        bool ok = true;
        for (const OptionalMoney &m : cells)
            ok = ok && Money::addChecked(sum, m.value_or(Money()), &sum);
        if (!ok || sum == c.total)
            continue;
        const QString key = QLatin1String(c.key);
        out.add("funds_by_source_mismatch", {sum.toWan(), c.total.toWan()},
                {QStringLiteral("funds_by_source.appropriation.") + key, QStringLiteral("funds_by_source.carryover.") + key,
                 QStringLiteral("funds_by_source.other.") + key},
                c.form);
    }
}

} // namespace

SelfEvaluation SelfEvaluation::of(const Report &report, const ReportFigures &figures, const ScoringScheme &scheme)
{
    const SelfEvaluationRules &rules = scheme.selfEvaluation;
    SelfEvaluation t;
    executionBlock(t, figures, rules);
    indicatorRows(t, report, rules);
    totalAndCap(t, rules, scheme);
    Findings found;
    rowFindings(t, report, rules, found);
    if (!figures.overflow)
        tableFindings(t, report, rules, found);
    t.findings = found.errors + found.warnings;
    return t;
}
