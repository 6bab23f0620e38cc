#include "SelfEvaluation.h"

#include "ReportEvaluation.h"
#include "ScoringTestSchemes.h"
#include "TestReports.h"

#include <QTest>

Q_DECLARE_METATYPE(TargetIndicator)

// The standard self-evaluation table (self-evaluation-table.md): the worked example to the
// cent, then every rule and finding at its boundary.
namespace {

using TestReports::wan;
using State = TargetIndicatorScore::State;

Decimal dec(const char *text)
{
    return Decimal::fromMillionths(wan(text).fen());
}

TargetIndicator row(TargetDirection direction, const char *target, const char *actual, const char *weight = "10",
                    const char *deviation = "")
{
    TargetIndicator t;
    t.name = QStringLiteral("指标");
    t.direction = direction;
    if (target)
        t.target = dec(target);
    if (actual)
        t.actual = dec(actual);
    if (weight)
        t.weight = dec(weight);
    t.deviation = QString::fromUtf8(deviation);
    return t;
}

TargetIndicator higher(const char *target, const char *actual, const char *weight = "10")
{
    return row(TargetDirection::Higher, target, actual, weight, "说明");
}

TargetIndicator qualitative(std::optional<QualitativeTier> tier, std::optional<qint64> scoreCenti, const char *weight = "10")
{
    TargetIndicator t = row(TargetDirection::Qualitative, nullptr, nullptr, weight, "说明");
    t.targetText = QStringLiteral("平稳运行");
    t.tier = tier;
    t.scoreCenti = scoreCenti;
    return t;
}

// simple(): B + C0 = 330万元; E chooses the 执行率.
Report withRows(QList<TargetIndicator> rows, const char *spent = "330")
{
    Report r = TestReports::simple();
    r.execution.spent.basic = wan("0");
    r.execution.spent.project = wan(spent);
    r.targetIndicators = std::move(rows);
    return r;
}

const ScoringScheme &defaultScheme()
{
    static const ScoringScheme s = ScoringSchemeReader::builtIn();
    return s;
}

SelfEvaluation table(const Report &r, const ScoringScheme &scheme = defaultScheme())
{
    return SelfEvaluation::of(r, ReportFigures::of(r), scheme);
}

QStringList codes(const SelfEvaluation &t)
{
    QStringList out;
    for (const Finding &f : t.findings)
        out.append(f.code + (f.form.isEmpty() ? QString() : QLatin1Char('/') + f.form));
    return out;
}

// Ninety points of rows that score in full.
QList<TargetIndicator> fullRows()
{
    return {higher("1", "1", "45"), higher("1", "1", "45")};
}

} // namespace

class TestSelfEvaluation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workedExample()
    {
        const Report r = TestReports::tableExample();
        const SelfEvaluation t = table(r);
        QCOMPARE(t.initial.toWan(), QStringLiteral("1641.02"));
        QCOMPARE(t.full.toWan(), QStringLiteral("1873.84"));
        QCOMPARE(t.spent.toWan(), QStringLiteral("1862.61"));
        QVERIFY(t.rate);
        QCOMPARE(t.rate->percentText(), QStringLiteral("99.40"));
        QCOMPARE(t.executionWeightCenti, qint64(1000));
        QCOMPARE(t.executionScoreCenti, std::optional<qint64>(994));
        QList<qint64> scores;
        for (const TargetIndicatorScore &s : t.rows)
            scores.append(s.scoreCenti.value_or(-1));
        QCOMPARE(scores, (QList<qint64>{1500, 1000, 1000, 1000, 484, 985, 1000, 950, 500, 500}));
        QCOMPARE(t.rowWeightSumCenti, qint64(9000));
        QCOMPARE(t.indicatorScoreCenti, std::optional<qint64>(8919));
        QCOMPARE(t.totalCenti, qint64(9913));
        QCOMPARE(t.grade, QStringLiteral("优"));
        QVERIFY(!t.capCenti);
        QVERIFY(!t.provisional());
        QCOMPARE(codes(t), QStringList{QStringLiteral("target_over_achieved")});
        const Finding &f = t.findings.first();
        QCOMPARE(f.fields.first(), QStringLiteral("target_indicators[1].actual"));
        QCOMPARE(f.args, (QStringList{QStringLiteral("2"), QStringLiteral("集成电子证照"), QStringLiteral("121"),
                                      QStringLiteral("80"), QStringLiteral("类"), QStringLiteral("151.25")}));

        // Through ReportEvaluation: the table's finding among the others, and the Hunan
        // item scored from the same rows: 89.19 ÷ 90 × 10 = 9.91.
        const ReportEvaluation e = ReportEvaluation::of(r);
        QCOMPARE(e.table, t);
        QVERIFY(findFinding(e.findings, QLatin1String("target_over_achieved")));
        for (const ScoreItem &item : e.score.items) {
            if (item.id == QLatin1String("performance_targets"))
                QCOMPARE(item.scoreCenti, std::optional<qint64>(991));
        }
    }

    void rowScore_data()
    {
        QTest::addColumn<TargetIndicator>("row");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("score"); // -1 when not scored
        QTest::addColumn<bool>("overAchieved");
        const auto H = TargetDirection::Higher;
        const auto L = TargetDirection::Lower;
        const auto E = TargetDirection::Exact;
        const int S = int(State::Scored);
        const int P = int(State::Pending);
        const int O = int(State::OutOfTier);
        // Ratio rules, clamped to [0, w].
        QTest::newRow("higher met") << row(H, "700", "865", "15") << S << qint64(1500) << false;
        QTest::newRow("higher short") << row(H, "95", "93.55") << S << qint64(985) << false;
        QTest::newRow("higher negative actual") << row(H, "3", "-3") << S << qint64(0) << false;
        QTest::newRow("lower met") << row(L, "300", "290", "5") << S << qint64(500) << false;
        QTest::newRow("lower over") << row(L, "300", "310", "5") << S << qint64(484) << false;
        QTest::newRow("lower negative actual") << row(L, "5", "-1") << S << qint64(1000) << true;
        QTest::newRow("exact on") << row(E, "100", "100") << S << qint64(1000) << false;
        QTest::newRow("exact under") << row(E, "100", "90") << S << qint64(900) << false;
        QTest::newRow("exact over") << row(E, "100", "110") << S << qint64(900) << false;
        QTest::newRow("exact twice") << row(E, "100", "200") << S << qint64(0) << false;
        QTest::newRow("exact far off") << row(E, "100", "250") << S << qint64(0) << false;
        // A target of 0.
        QTest::newRow("higher target 0") << row(H, "0", "-5") << S << qint64(1000) << false;
        QTest::newRow("lower target 0 met") << row(L, "0", "0") << S << qint64(1000) << false;
        QTest::newRow("lower target 0 missed") << row(L, "0", "1") << S << qint64(0) << false;
        QTest::newRow("exact target 0 met") << row(E, "0", "0") << S << qint64(1000) << false;
        QTest::newRow("exact target 0 missed") << row(E, "0", "0.01") << S << qint64(0) << false;
        // Pending.
        QTest::newRow("target missing") << row(H, nullptr, "1") << P << qint64(-1) << false;
        QTest::newRow("actual missing") << row(H, "1", nullptr) << P << qint64(-1) << false;
        QTest::newRow("target negative") << row(H, "-1", "1") << P << qint64(-1) << false;
        QTest::newRow("weight missing scores 0 of 0") << row(H, "1", "1", nullptr) << S << qint64(0) << false;
        // Rounding half away from zero: 1 × 1 ÷ 8 = 0.125 → 0.13; 1 × 1 ÷ 3 = 0.333… → 0.33.
        QTest::newRow("half up") << row(H, "8", "1", "1") << S << qint64(13) << false;
        QTest::newRow("third") << row(H, "3", "1", "1") << S << qint64(33) << false;
        QTest::newRow("decimal weight") << row(H, "2", "1", "7.55") << S << qint64(378) << false;
        // Over-achieved at exactly 1.3 t and 0.7 t.
        QTest::newRow("higher exactly 1.3 t") << row(H, "100", "130") << S << qint64(1000) << true;
        QTest::newRow("higher just below 1.3 t") << row(H, "100", "129.999999") << S << qint64(1000) << false;
        QTest::newRow("lower exactly 0.7 t") << row(L, "100", "70") << S << qint64(1000) << true;
        QTest::newRow("lower just above 0.7 t") << row(L, "100", "70.000001") << S << qint64(1000) << false;
        QTest::newRow("lower target 0 never over") << row(L, "0", "-1") << S << qint64(1000) << false;
        QTest::newRow("exact never over") << row(E, "100", "200") << S << qint64(0) << false;
        // Qualitative: a score exactly at each tier bound (w = 10: 达成 [8, 10], 部分 [6, 8), 未达成 [0, 6)).
        const auto A = QualitativeTier::Achieved;
        const auto Pa = QualitativeTier::Partial;
        const auto N = QualitativeTier::NotAchieved;
        QTest::newRow("achieved 10") << qualitative(A, 1000) << S << qint64(1000) << false;
        QTest::newRow("achieved 8 (its bound)") << qualitative(A, 800) << S << qint64(800) << false;
        QTest::newRow("achieved 7.99") << qualitative(A, 799) << O << qint64(-1) << false;
        QTest::newRow("achieved 10.01") << qualitative(A, 1001) << O << qint64(-1) << false;
        QTest::newRow("partial 8 (next tier)") << qualitative(Pa, 800) << O << qint64(-1) << false;
        QTest::newRow("partial 7.99") << qualitative(Pa, 799) << S << qint64(799) << false;
        QTest::newRow("partial 6 (its bound)") << qualitative(Pa, 600) << S << qint64(600) << false;
        QTest::newRow("partial 5.99") << qualitative(Pa, 599) << O << qint64(-1) << false;
        QTest::newRow("not achieved 6") << qualitative(N, 600) << O << qint64(-1) << false;
        QTest::newRow("not achieved 5.99") << qualitative(N, 599) << S << qint64(599) << false;
        QTest::newRow("not achieved 0") << qualitative(N, 0) << S << qint64(0) << false;
        QTest::newRow("not achieved negative") << qualitative(N, -1) << O << qint64(-1) << false;
        QTest::newRow("achieved 7.5 of 7.5") << qualitative(A, 750, "7.5") << S << qint64(750) << false;
        QTest::newRow("achieved 6 of 7.5 (80%)") << qualitative(A, 600, "7.5") << S << qint64(600) << false;
        QTest::newRow("no tier") << qualitative(std::nullopt, 900) << P << qint64(-1) << false;
        QTest::newRow("no score") << qualitative(A, std::nullopt) << P << qint64(-1) << false;
    }
    void rowScore()
    {
        QFETCH(TargetIndicator, row);
        QFETCH(int, state);
        QFETCH(qint64, score);
        QFETCH(bool, overAchieved);
        const TargetIndicatorScore s = TargetIndicatorScore::of(row, SelfEvaluationRules());
        QCOMPARE(int(s.state), state);
        QCOMPARE(s.scoreCenti.value_or(-1), score);
        QCOMPARE(s.overAchieved, overAchieved);
    }

    void pendingRowsKeepTheirWeight()
    {
        const SelfEvaluation t = table(withRows({higher("1", "1", "45"), higher("1", nullptr, "45")}));
        QCOMPARE(t.rowWeightSumCenti, qint64(9000));
        QCOMPARE(t.indicatorScoreCenti, std::optional<qint64>(4500)); // not rescaled to 90
        QCOMPARE(t.pendingRows, 1);
        QVERIFY(t.provisional());
        QCOMPARE(t.totalCenti, qint64(5500));
        QCOMPARE(t.grade, QStringLiteral("差"));
        QVERIFY(!codes(t).contains(QStringLiteral("deviation_without_reason"))); // pending rows do not raise it
    }

    void rescaledWhenWeightsAreNot90()
    {
        // 100 points of rows: 50 + 33.33 = 83.33 → × 90 ÷ 100 = 74.997 → 75.00.
        const SelfEvaluation t = table(withRows({higher("1", "1", "50"), higher("3", "2", "50")}));
        QCOMPARE(t.rowScoreSumCenti, qint64(8333));
        QCOMPARE(t.indicatorScoreCenti, std::optional<qint64>(7500));
        QCOMPARE(codes(t), QStringList{QStringLiteral("indicator_weights_not_90")});
        QCOMPARE(t.findings.first().args, (QStringList{QStringLiteral("100.00"), QStringLiteral("90.00")}));
        QCOMPARE(t.findings.first().fields, QStringList{QStringLiteral("target_indicators")});
        // Exactly 90: no warning.
        QVERIFY(!codes(table(withRows(fullRows()))).contains(QStringLiteral("indicator_weights_not_90")));
        // Rows that weigh nothing: no indicator part at all.
        const SelfEvaluation zero = table(withRows({higher("1", "1", "0")}));
        QVERIFY(!zero.indicatorScoreCenti);
        QVERIFY(zero.provisional());
        QCOMPARE(codes(zero), QStringList{QStringLiteral("indicator_weights_not_90")});
    }

    void noRows()
    {
        const SelfEvaluation t = table(withRows({}));
        QVERIFY(t.rows.isEmpty());
        QVERIFY(!t.indicatorScoreCenti);
        QCOMPARE(t.executionScoreCenti, std::optional<qint64>(1000));
        QCOMPARE(t.totalCenti, qint64(1000));
        QVERIFY(t.provisional());
        QVERIFY(t.findings.isEmpty());
    }

    void executionScore()
    {
        // 10 × min(执行率, 100%) from the unrounded rate: 329.5 ÷ 330 = 99.848…% → 9.98.
        QCOMPARE(table(withRows(fullRows(), "329.5")).executionScoreCenti, std::optional<qint64>(998));
        QCOMPARE(table(withRows(fullRows(), "400")).executionScoreCenti, std::optional<qint64>(1000));
        // No budget at all: no rate, no execution score.
        Report none = withRows(fullRows(), "0");
        none.budget.initial = {};
        none.budget.carryoverIn = {};
        const SelfEvaluation t = table(none);
        QVERIFY(!t.rate);
        QVERIFY(!t.executionScoreCenti);
        QVERIFY(t.provisional());
        QCOMPARE(t.totalCenti, qint64(9000));
    }

    void ceilings_data()
    {
        QTest::addColumn<QByteArray>("spent"); // of 330
        QTest::addColumn<qint64>("cap");        // -1: none
        QTest::addColumn<bool>("lowered");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("unspentWarning");
        // Exactly 80%: no ceiling and no warning; just under: 89 and the warning.
        QTest::newRow("exactly 80%") << QByteArray("264") << qint64(-1) << false << qint64(9800) << false;
        QTest::newRow("just under 80%") << QByteArray("263.999999") << qint64(8900) << true << qint64(8900) << true;
        QTest::newRow("exactly 70%") << QByteArray("231") << qint64(8900) << true << qint64(8900) << true;
        QTest::newRow("just under 70%") << QByteArray("230.999999") << qint64(7900) << true << qint64(7900) << true;
        QTest::newRow("exactly 60%") << QByteArray("198") << qint64(7900) << true << qint64(7900) << true;
        QTest::newRow("under 60%") << QByteArray("197.99") << qint64(6900) << true << qint64(6900) << true;
        QTest::newRow("exactly 50%") << QByteArray("165") << qint64(6900) << true << qint64(6900) << true;
        QTest::newRow("under 50%") << QByteArray("164.99") << qint64(5900) << true << qint64(5900) << true;
    }
    void ceilings()
    {
        QFETCH(QByteArray, spent);
        QFETCH(qint64, cap);
        QFETCH(bool, lowered);
        QFETCH(qint64, total);
        QFETCH(bool, unspentWarning);
        const SelfEvaluation t = table(withRows(fullRows(), spent.constData()));
        QCOMPARE(t.capCenti.value_or(-1), cap);
        QCOMPARE(t.capLowered, lowered);
        QCOMPARE(t.totalCenti, total);
        QCOMPARE(codes(t).contains(QStringLiteral("large_unspent_balance")), unspentWarning);
    }

    void capReportedEvenWhenTheTotalIsLower()
    {
        // 执行率 75%: the ceiling is 89, the total (7.5 + 45) is lower; cap is still reported.
        const SelfEvaluation t = table(withRows({higher("1", "1", "45"), higher("1", "0", "45")}, "247.5"));
        QCOMPARE(t.capCenti, std::optional<qint64>(8900));
        QVERIFY(!t.capLowered);
        QCOMPARE(t.totalCenti, qint64(5250));
        const Finding *f = findFinding(t.findings, QLatin1String("large_unspent_balance"));
        QVERIFY(f);
        QCOMPARE(f->args, (QStringList{QStringLiteral("75.00"), QStringLiteral("80.00"), QStringLiteral("82.50")}));
    }

    void schemeTurnsCeilingsOff()
    {
        QByteArray json = ScoringTestSchemes::json(R"({"kind":"manual"})", 10);
        json.chop(1);
        json += R"(,"self_evaluation":{"ceilings":[],"large_unspent_below":50}})";
        const ScoringSchemeReader::Result r = ScoringSchemeReader::read(json);
        QVERIFY2(r.scheme, qPrintable(r.message));
        const SelfEvaluation t = table(withRows(fullRows(), "200"), *r.scheme); // 60.6%
        QVERIFY(!t.capCenti);
        QCOMPARE(t.totalCenti, qint64(9606));
        QVERIFY(!codes(t).contains(QStringLiteral("large_unspent_balance")));
    }

    void schemeChangesTheNumbers()
    {
        QByteArray json = ScoringTestSchemes::json(R"({"kind":"manual"})", 10);
        json.chop(1);
        json += R"(,"self_evaluation":{"execution_weight":20,"indicator_weight":80,"tiers":{"achieved":90,"partial":50},)"
                R"("over_achieved":{"higher":120,"lower":80},"ceilings":[{"below":90,"max":95}]}})";
        const ScoringSchemeReader::Result r = ScoringSchemeReader::read(json);
        QVERIFY2(r.scheme, qPrintable(r.message));
        const SelfEvaluationRules &rules = r.scheme->selfEvaluation;
        QCOMPARE(rules.executionWeightCenti, qint64(2000));
        QCOMPARE(rules.achievedMinCentiPercent, qint64(9000));
        QCOMPARE(rules.overAchievedHigherCentiPercent, qint64(12000));
        QCOMPARE(rules.scoreExecutionMarginCentiPercent, qint64(500)); // not given: the default
        // 80 points of rows, one qualitative 8.5 of 10 is now 部分达成 only.
        Report report = withRows({higher("1", "1.2", "70"), qualitative(QualitativeTier::Achieved, 850)}, "297");
        const SelfEvaluation t = table(report, *r.scheme);
        QCOMPARE(t.executionScoreCenti, std::optional<qint64>(1800)); // 20 × 90%
        QCOMPARE(int(t.rows[1].state), int(State::OutOfTier));
        QVERIFY(t.rows[0].overAchieved);
        QCOMPARE(t.indicatorScoreCenti, std::optional<qint64>(7000));
        QVERIFY(!t.capCenti); // 90% is not below 90%
        QCOMPARE(t.findings.first().code, QStringLiteral("qualitative_score_out_of_tier"));
        QCOMPARE(t.findings.first().args.mid(2), (QStringList{QStringLiteral("8.50"), QStringLiteral("9.00"), QStringLiteral("10.00")}));
    }

    void schemeRefusals_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QString>("path");
        QTest::newRow("weights not 100") << QByteArray(R"({"execution_weight":10,"indicator_weight":80})") << "self_evaluation.execution_weight";
        QTest::newRow("tiers reversed") << QByteArray(R"({"tiers":{"achieved":60,"partial":80}})") << "self_evaluation.tiers";
        QTest::newRow("over lower 100") << QByteArray(R"({"over_achieved":{"lower":100}})") << "self_evaluation.over_achieved";
        QTest::newRow("ceilings unordered") << QByteArray(R"({"ceilings":[{"below":70,"max":79},{"below":80,"max":89}]})")
                                            << "self_evaluation.ceilings[1].below";
        QTest::newRow("ceiling without max") << QByteArray(R"({"ceilings":[{"below":80}]})") << "self_evaluation.ceilings[0].max";
        QTest::newRow("ceilings an object") << QByteArray(R"({"ceilings":{}})") << "self_evaluation.ceilings";
        QTest::newRow("margin text") << QByteArray(R"({"score_exceeds_execution_margin":"5"})") << "self_evaluation.score_exceeds_execution_margin";
        QTest::newRow("section a list") << QByteArray("[]") << "self_evaluation";
    }
    void schemeRefusals()
    {
        QFETCH(QByteArray, section);
        QFETCH(QString, path);
        QByteArray json = ScoringTestSchemes::json(R"({"kind":"manual"})", 10);
        json.chop(1);
        json += R"(,"self_evaluation":)" + section + "}";
        const ScoringSchemeReader::Result r = ScoringSchemeReader::read(json);
        QVERIFY(!r.scheme);
        QVERIFY2(r.message.startsWith(path + QStringLiteral(": ")), qPrintable(r.message));
    }

    void builtInSchemeHasTheSpecsNumbers()
    {
        QCOMPARE(ScoringSchemeReader::builtIn().selfEvaluation, SelfEvaluationRules());
    }

    void qualitativeOutOfTierIsAnErrorOnItsRow()
    {
        const SelfEvaluation t = table(withRows({higher("1", "1", "80"), qualitative(QualitativeTier::Partial, 800)}));
        QCOMPARE(codes(t), QStringList{QStringLiteral("qualitative_score_out_of_tier/partial")});
        const Finding &f = t.findings.first();
        QVERIFY(f.isError());
        QCOMPARE(f.fields.first(), QStringLiteral("target_indicators[1].score"));
        QCOMPARE(f.args, (QStringList{QStringLiteral("2"), QStringLiteral("指标"), QStringLiteral("8.00"),
                                      QStringLiteral("6.00"), QStringLiteral("8.00")}));
        QCOMPARE(t.pendingRows, 1);
        QCOMPARE(t.indicatorScoreCenti, std::optional<qint64>(8000));
    }

    void deviationWithoutReason()
    {
        const auto H = TargetDirection::Higher;
        TargetIndicator noteOnly = row(H, "10", "9", "30");
        noteOnly.note = QStringLiteral("备注不算"); // the older free remark does not count
        TargetIndicator qualitativeShort = qualitative(QualitativeTier::Achieved, 900);
        qualitativeShort.deviation.clear();
        const SelfEvaluation t = table(withRows({
            row(H, "10", "9", "20"),            // 0: below its weight, no reason
            row(H, "10", "9", "20", "已说明"),   // 1: with its reason
            noteOnly,                             // 2
            row(H, "10", "13", "10"),           // 3: over-achieved, full marks, no reason
            row(H, "10", nullptr, "10", ""),     // 4: pending
            qualitativeShort,                     // 5: qualitative 9 of 10
        }));
        QStringList paths;
        for (const Finding &f : t.findings) {
            if (f.code == QLatin1String("deviation_without_reason"))
                paths.append(f.fields.first() + QLatin1Char('/') + f.form);
        }
        QCOMPARE(paths, (QStringList{QStringLiteral("target_indicators[0].deviation/"),
                                     QStringLiteral("target_indicators[2].deviation/"),
                                     QStringLiteral("target_indicators[3].deviation/over_achieved"),
                                     QStringLiteral("target_indicators[5].deviation/")}));
        const Finding *first = findFinding(t.findings, QLatin1String("deviation_without_reason"));
        QCOMPARE(first->args, (QStringList{QStringLiteral("1"), QStringLiteral("指标"), QStringLiteral("18.00"), QStringLiteral("20.00")}));
    }

    void scoreExceedsExecution()
    {
        // P = 90 of 90: 执行率 exactly 95% is a gap of exactly 5% (no warning); below it, a warning.
        QVERIFY(!codes(table(withRows(fullRows(), "313.5"))).contains(QStringLiteral("score_exceeds_execution")));
        const SelfEvaluation t = table(withRows(fullRows(), "313.499999"));
        const Finding *f = findFinding(t.findings, QLatin1String("score_exceeds_execution"));
        QVERIFY(f);
        QCOMPARE(f->args, (QStringList{QStringLiteral("90.00"), QStringLiteral("90.00"), QStringLiteral("100.00"), QStringLiteral("95.00")}));
        QCOMPARE(f->fields, (QStringList{QStringLiteral("target_indicators"), QStringLiteral("execution.spent")}));
        // No indicator points: nothing to compare.
        QVERIFY(!codes(table(withRows({higher("1", "0", "90")}, "10"))).contains(QStringLiteral("score_exceeds_execution")));
    }

    void fundsBySource()
    {
        Report r = withRows(fullRows(), "300");
        // Total row: 年初 B0 + C0 = 330, 全年 B + C0 = 330, 执行 300.
        r.fundsBySource.appropriation = {wan("300"), wan("300"), wan("280"), {}};
        r.fundsBySource.carryover = {wan("30"), wan("30"), wan("20"), {}};
        QVERIFY(!codes(table(r)).contains(QStringLiteral("funds_by_source_mismatch")));
        r.fundsBySource.carryover.spent = wan("19.99");
        r.fundsBySource.other.full = wan("0.01");
        QStringList found;
        for (const Finding &f : table(r).findings) {
            if (f.code == QLatin1String("funds_by_source_mismatch"))
                found.append(f.form + QLatin1Char(':') + f.args.join(QLatin1Char('/')) + QLatin1Char(':') + f.fields.join(QLatin1Char(',')));
        }
        QCOMPARE(found, (QStringList{
            QStringLiteral("full:330.01/330.00:funds_by_source.appropriation.full,funds_by_source.carryover.full,funds_by_source.other.full"),
            QStringLiteral("spent:299.99/300.00:funds_by_source.appropriation.spent,funds_by_source.carryover.spent,funds_by_source.other.spent")}));
        // A column with no cell given is not checked.
        Report spentOnly = withRows(fullRows(), "300");
        spentOnly.fundsBySource.other.spent = wan("300");
        QVERIFY(!codes(table(spentOnly)).contains(QStringLiteral("funds_by_source_mismatch")));
    }

    void findingsFollowTheCatalog()
    {
        // Errors before warnings in ReportEvaluation, whichever part found them.
        Report r = withRows({qualitative(QualitativeTier::Achieved, 100, "50"), higher("1", "2", "10")}, "100");
        r.department.clear();
        const ReportEvaluation e = ReportEvaluation::of(r);
        bool warningSeen = false;
        for (const Finding &f : e.findings) {
            QVERIFY2(!(warningSeen && f.isError()), qPrintable(f.code));
            warningSeen = warningSeen || !f.isError();
        }
        QVERIFY(findFinding(e.findings, QLatin1String("qualitative_score_out_of_tier")));
        QVERIFY(findFinding(e.findings, QLatin1String("missing_department")));
    }

    void hunanItemUsesTheRowScores()
    {
        // Row scores 4.84 (lower 300/310 × 5) and a qualitative 9.5 of 10; a pending row is
        // dropped: (4.84 + 9.5) ÷ 15 × 10 = 9.56.
        TargetIndicator lower = row(TargetDirection::Lower, "300", "310", "5", "说明");
        const Report r = withRows({lower, qualitative(QualitativeTier::Achieved, 950), higher("1", nullptr, "75")});
        const ReportEvaluation e = ReportEvaluation::of(r);
        for (const ScoreItem &item : e.score.items) {
            if (item.id == QLatin1String("performance_targets")) {
                QCOMPARE(item.scoreCenti, std::optional<qint64>(956));
                QCOMPARE(item.reason.code, QStringLiteral("targets_partial_dropped"));
                QCOMPARE(item.reason.args, (QStringList{QStringLiteral("9.56"), QStringLiteral("1")}));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSelfEvaluation)
#include "tst_selfevaluation.moc"
