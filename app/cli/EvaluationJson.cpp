#include "EvaluationJson.h"

#include "FindingText.h"
#include "IndicatorText.h"
#include "ScoreText.h"

#include <QJsonArray>

namespace {

QJsonValue points(qint64 centi)
{
    return double(centi) / 100.0;
}

// The table's values as the spec shows them: strings with two decimals, null while pending.
QJsonValue pointsText(const std::optional<qint64> &centi)
{
    return centi ? QJsonValue(Ratio::centiText(*centi)) : QJsonValue(QJsonValue::Null);
}

QJsonObject selfEvaluation(const SelfEvaluation &t)
{
    QJsonArray rows;
    for (qsizetype i = 0; i < t.rows.size(); ++i)
        rows.append(QJsonObject{{QStringLiteral("row"), int(i)}, {QStringLiteral("score"), pointsText(t.rows[i].scoreCenti)}});
    return QJsonObject{
        {QStringLiteral("execution"), QJsonObject{
            {QStringLiteral("initial"), t.initial.toWan()},
            {QStringLiteral("full"), t.full.toWan()},
            {QStringLiteral("spent"), t.spent.toWan()},
            {QStringLiteral("rate"), t.rate ? QJsonValue(t.rate->percentText()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("weight"), Ratio::centiText(t.executionWeightCenti)},
            {QStringLiteral("score"), pointsText(t.executionScoreCenti)},
        }},
        {QStringLiteral("indicators"), rows},
        {QStringLiteral("indicator_score"), pointsText(t.indicatorScoreCenti)},
        {QStringLiteral("cap"), pointsText(t.capCenti)},
        {QStringLiteral("total"), Ratio::centiText(t.totalCenti)},
        {QStringLiteral("grade"), t.grade},
        {QStringLiteral("provisional"), t.provisional()},
    };
}

} // namespace

QJsonObject EvaluationJson::toJson(const Report &report, const ReportEvaluation &e)
{
    QJsonArray indicators;
    for (const Indicator &i : e.indicators) {
        indicators.append(QJsonObject{
            {QStringLiteral("id"), i.id},
            {QStringLiteral("name"), IndicatorText::name(i.id)},
            {QStringLiteral("value"), i.applies() ? QJsonValue(i.valueText()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("formula"), IndicatorText::formula(i)},
        });
    }
    QJsonArray findings;
    for (const Finding &f : e.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("code"), f.code},
            {QStringLiteral("severity"), Finding::severityKey(f.severity)},
            {QStringLiteral("fields"), QJsonArray::fromStringList(f.fields)},
            {QStringLiteral("message"), FindingText::message(f)},
        });
    }
    QJsonArray items;
    for (const ScoreItem &s : e.score.items) {
        items.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("weight"), points(s.weightCenti)},
            {QStringLiteral("score"), s.scoreCenti ? points(*s.scoreCenti) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reason"), ScoreText::reason(s)},
        });
    }
    const ReportFigures &f = e.figures;
    const QJsonValue entered = f.carryoverOut ? QJsonValue(f.carryoverOut->toWan()) : QJsonValue(QJsonValue::Null);
    const QJsonValue expected = f.overflow ? QJsonValue(QJsonValue::Null) : QJsonValue(f.expectedCarryoverOut.toWan());
    return QJsonObject{
        {QStringLiteral("department"), report.department},
        {QStringLiteral("year"), report.year},
        {QStringLiteral("indicators"), indicators},
        {QStringLiteral("balance"), QJsonObject{{QStringLiteral("expected"), expected}, {QStringLiteral("entered"), entered}}},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("score"), QJsonObject{
            {QStringLiteral("total"), points(e.score.totalCenti)},
            {QStringLiteral("grade"), e.score.grade},
            {QStringLiteral("pending"), e.score.pending},
            {QStringLiteral("items"), items},
        }},
        {QStringLiteral("self_evaluation"), selfEvaluation(e.table)},
    };
}
