#include "ScoringEngine.h"

#include "IndicatorCalculator.h"
#include "ScoreText.h"
#include "ScoringTestSchemes.h"
#include "TestReports.h"

#include <QTest>

// Each rule kind of domain.md ("Scoring"): the score, clamped to [0, weight], rounded half
// away from zero to hundredths, and why points were deducted. TestReports::simple():
// B0 300, C0 30, E 315 (execution 95.45 %), C1 15, TPb 10, TPa 8, staff 18 of 20.
using TestReports::adjustment;
using TestReports::wan;

namespace {

ScoreCard scoreReport(const ScoringScheme &scheme, const Report &r, const Report *previous = nullptr,
                      const ManualScores &manual = ManualScores())
{
    const ReportFigures f = ReportFigures::of(r);
    return ScoringEngine::score(scheme, r, f, IndicatorCalculator::compute(r, f, previous), manual);
}

ReportEdit counted(const char *amount)
{
    return [amount](Report &r) { r.budget.adjustments = {adjustment(amount, AdjustmentCategory::Project, false)}; };
}

ReportEdit threePublicActual(const char *amount)
{
    return [amount](Report &r) {
        r.execution.threePublicActual = {};
        r.execution.threePublicActual.reception = wan(amount);
    };
}

ReportEdit staff(int active)
{
    return [active](Report &r) { r.profile.staff.active = active; };
}

ReportEdit spent(const char *project)
{
    return [project](Report &r) { r.execution.spent.basic = wan("0"); r.execution.spent.project = wan(project); };
}

ReportEdit carryoverOut(const char *amount)
{
    return [amount](Report &r) { r.execution.carryoverOut = wan(amount); };
}

ReportEdit management(QList<std::pair<const char *, std::optional<bool>>> items)
{
    return [items](Report &r) {
        r.management.clear();
        for (const auto &item : items)
            r.management.append({QString::fromUtf8(item.first), item.second, QString(), {}});
    };
}

struct Row
{
    const char *target;
    const char *actual; // nullptr: not given
    TargetDirection direction = TargetDirection::Higher;
    const char *weight = nullptr;
};

ReportEdit targets(QList<Row> rows)
{
    return [rows](Report &r) {
        for (const Row &row : rows) {
            TargetIndicator t;
            t.name = QStringLiteral("指标");
            t.direction = row.direction;
            t.target = Decimal::fromMillionths(wan(row.target).fen());
            if (row.actual)
                t.actual = Decimal::fromMillionths(wan(row.actual).fen());
            if (row.weight)
                t.weight = Decimal::fromMillionths(wan(row.weight).fen());
            r.targetIndicators.append(t);
        }
    };
}

const QByteArray adjustmentBands =
    R"({"kind":"bands","indicator":"budget_adjustment_rate","bands":[{"max":0,"score":3},{"max":10,"score":2},)"
    R"({"max":20,"score":1},{"max":30,"score":0.5},{"score":0}]})";
const QByteArray threePublicLinear = R"({"kind":"linear","indicator":"three_public_control_rate","threshold":100,"per_point":1})";
const QByteArray staffLinear = R"({"kind":"linear","indicator":"staff_control_rate","threshold":100,"per_point":0.5})";
const QByteArray changeLinear = R"({"kind":"linear","indicator":"three_public_change_rate","threshold":0,"per_point":0.5})";
const QByteArray executionRatio = R"({"kind":"ratio","indicator":"execution_rate","target":100})";
const QByteArray fundBalance = R"({"kind":"fund_balance","none":3,"within_carryover_in":2,"over":0})";
const QByteArray checklist = R"({"kind":"checklist","items":["管理制度健全性","专账核算","预决算信息公开性和完善性"],"each":1})";
const QByteArray targetRule = R"({"kind":"targets"})";

} // namespace

class TestScoringEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<int>("weight");
        QTest::addColumn<ReportEdit>("edit");
        QTest::addColumn<ReportEdit>("previousEdit");
        QTest::addColumn<QString>("score");          // empty: waiting for a manual score
        QTest::addColumn<QString>("reasonMentions"); // empty: no reason when full marks

        const ReportEdit none;
        auto row = [](const char *name, const QByteArray &rule, int weight, ReportEdit edit, const char *score,
                      const char *reason = "", ReportEdit previous = {}) {
            QTest::newRow(name) << rule << weight << edit << previous << QString::fromUtf8(score) << QString::fromUtf8(reason);
        };

        // Bands: =0 → 3; (0,10] → 2; (10,20] → 1; (20,30] → 0.5; > 30 → 0 (on B0 = 300).
        row("bands 0", adjustmentBands, 3, none, "3.00");
        row("bands one fen", adjustmentBands, 3, counted("0.000001"), "2.00", "预算调整率");
        row("bands 10%", adjustmentBands, 3, counted("30"), "2.00", "10.00");
        row("bands 10.001%", adjustmentBands, 3, counted("30.003"), "1.00", "10.00");
        row("bands 20%", adjustmentBands, 3, counted("60"), "1.00");
        row("bands 25%", adjustmentBands, 3, counted("75"), "0.50");
        row("bands 30%", adjustmentBands, 3, counted("90"), "0.50");
        row("bands 30.004% prints 30.00", adjustmentBands, 3, counted("90.012"), "0.00", "30.00");
        row("bands 调减 31%", adjustmentBands, 3, counted("-93"), "0.00");
        row("bands excluded", adjustmentBands, 3, [](Report &r) { r.budget.adjustments = {adjustment("93", AdjustmentCategory::Project, true)}; }, "3.00");
        row("bands not applicable", adjustmentBands, 3, [](Report &r) { r.budget.initial = {}; }, "", "不适用");

        // Linear: full up to the threshold, then per point of the unrounded excess.
        row("linear under", threePublicLinear, 6, none, "6.00");
        row("linear at 100%", threePublicLinear, 6, threePublicActual("10"), "6.00");
        row("linear 2.16 over", threePublicLinear, 6, threePublicActual("10.216"), "3.84", "2.16");
        row("linear 2.165 over → 3.835", threePublicLinear, 6, threePublicActual("10.2165"), "3.84");
        row("linear 2.175 over → 3.825", threePublicLinear, 6, threePublicActual("10.2175"), "3.83");
        row("linear 0.0001 over", threePublicLinear, 6, threePublicActual("10.00001"), "6.00");
        row("linear exactly to 0", threePublicLinear, 6, threePublicActual("10.6"), "0.00");
        row("linear clamped at 0", threePublicLinear, 6, threePublicActual("11"), "0.00");
        row("linear absurd excess", threePublicLinear, 6, threePublicActual("999999999999"), "0.00");
        row("linear not applicable", threePublicLinear, 6, [](Report &r) { r.budget.threePublicBudget = {}; }, "", "不适用");
        row("staff 105%", staffLinear, 5, staff(21), "2.50", "0.50");
        row("staff 110%", staffLinear, 5, staff(22), "0.00");
        row("staff 90%", staffLinear, 5, none, "5.00");
        row("staff not given", staffLinear, 5, [](Report &r) { r.profile.staff.authorized.reset(); }, "", "编制数");
        row("change +4%", changeLinear, 5, [](Report &r) { r.budget.threePublicBudget.overseas = wan("2.4"); }, "3.00", "",
            [](Report &p) { p.year = 2023; });
        row("change −10%", changeLinear, 5, [](Report &r) { r.budget.threePublicBudget.overseas = wan("1"); }, "5.00", "",
            [](Report &p) { p.year = 2023; });
        row("change without previous", changeLinear, 5, none, "", "不适用");

        // Ratio: weight × value ÷ target, capped at the weight.
        row("ratio 95.45%", executionRatio, 5, none, "4.77", "95.45");
        row("ratio 90.1% → 4.505", executionRatio, 5, spent("297.33"), "4.51");
        row("ratio 100%", executionRatio, 5, spent("330"), "5.00");
        row("ratio over 100% capped", executionRatio, 5, spent("336.6"), "5.00");
        row("ratio 0", executionRatio, 5, spent("0"), "0.00");
        row("ratio not applicable", executionRatio, 5, [](Report &r) { r.budget.initial = {}; r.budget.carryoverIn = {}; }, "", "不适用");

        // 资金结余: none → 3; ≤ 上年结转 → 2; > 上年结转 → 0.
        row("no balance", fundBalance, 3, carryoverOut("0"), "3.00");
        row("balance within C0", fundBalance, 3, none, "2.00", "15.00");
        row("balance equal to C0", fundBalance, 3, carryoverOut("30"), "2.00");
        row("balance over C0", fundBalance, 3, carryoverOut("30.000001"), "0.00", "30.00");
        row("balance not given", fundBalance, 3, [](Report &r) { r.execution.carryoverOut.reset(); }, "", "年末结转");

        // Checklist: one point per compliant management item.
        row("checklist all", checklist, 3, management({{"管理制度健全性", true}, {"专账核算", true}, {"预决算信息公开性和完善性", true}}), "3.00");
        row("checklist one not", checklist, 3, management({{"管理制度健全性", true}, {"专账核算", false}, {"预决算信息公开性和完善性", true}}),
            "2.00", "专账核算");
        row("checklist one missing", checklist, 3, management({{"管理制度健全性", true}, {"专账核算", true}}),
            "2.00", "预决算信息公开性和完善性");
        row("checklist none listed", checklist, 3, management({{"别的", true}}), "", "人工");
        row("checklist clamped", R"({"kind":"checklist","items":["专账核算","别的"],"each":2})", 3,
            management({{"专账核算", true}, {"别的", true}}), "3.00");

        // Targets: higher, lower, exact; rows that do not apply are dropped and the rest rescaled.
        row("targets none", targetRule, 10, none, "", "人工");
        row("targets higher met", targetRule, 10, targets({{"50", "50.03"}}), "10.00");
        row("targets higher 80%", targetRule, 10, targets({{"50", "40"}}), "8.00", "8.00");
        row("targets lower met", targetRule, 10, targets({{"5", "4", TargetDirection::Lower}}), "10.00");
        row("targets lower missed", targetRule, 10, targets({{"5", "10", TargetDirection::Lower}}), "5.00");
        row("targets lower at zero", targetRule, 10, targets({{"5", "0", TargetDirection::Lower}}), "10.00");
        row("targets exact under", targetRule, 10, targets({{"100", "90", TargetDirection::Exact}}), "9.00");
        row("targets exact over", targetRule, 10, targets({{"100", "110", TargetDirection::Exact}}), "9.00");
        row("targets exact far off", targetRule, 10, targets({{"100", "250", TargetDirection::Exact}}), "0.00");
        row("targets two rows", targetRule, 10, targets({{"50", "40"}, {"1", "1"}}), "9.00");
        row("targets one dropped", targetRule, 10, targets({{"50", "40"}, {"1", nullptr}}), "8.00", "1项");
        row("targets weighted", targetRule, 10, targets({{"50", "40", TargetDirection::Higher, "30"}, {"1", "2", TargetDirection::Higher, "10"}}), "8.50");
        row("targets zero weight dropped", targetRule, 10, targets({{"50", "40", TargetDirection::Higher, "30"}, {"1", "0", TargetDirection::Higher, "0"}}), "8.00");
        // The rows' own scores (TargetIndicatorScore), each rounded to 0.01 as in the self-evaluation
        // table, then Σ scores ÷ Σ weights × the item's weight, rounded once more.
        row("targets land on 0.005", targetRule, 10, targets({{"2000", "1", TargetDirection::Higher, "20"}}), "0.01");
        row("targets rounded per row", targetRule, 10,
            targets({{"3", "1", TargetDirection::Higher, "1"}, {"3", "1", TargetDirection::Higher, "1"}}), "3.30");
        row("targets target 0 met", targetRule, 10, targets({{"0", "1"}}), "10.00");
        row("targets negative actual", targetRule, 10, targets({{"5", "-1", TargetDirection::Lower}}), "10.00");
        row("targets all dropped", targetRule, 10, targets({{"50", nullptr}, {"-1", "1"}}), "", "人工");

        // Manual: waits for a person.
        row("manual", R"({"kind":"manual"})", 4, none, "", "人工");
    }
    void rule()
    {
        QFETCH(QByteArray, rule);
        QFETCH(int, weight);
        QFETCH(ReportEdit, edit);
        QFETCH(ReportEdit, previousEdit);
        QFETCH(QString, score);
        QFETCH(QString, reasonMentions);
        const ScoringScheme scheme = ScoringTestSchemes::scheme(rule, weight);
        const Report report = TestReports::simpleWith(edit);
        const Report previous = TestReports::simpleWith(previousEdit);
        const ScoreCard card = scoreReport(scheme, report, previousEdit ? &previous : nullptr);
        QCOMPARE(card.items.size(), 2);
        const ScoreItem &item = card.items[0];
        QCOMPARE(item.id, QStringLiteral("x"));
        QCOMPARE(item.weightCenti, qint64(weight) * 100);
        const QString reason = ScoreText::reason(item);
        if (!item.reason.isEmpty())
            QVERIFY2(ScoringEngine::reasonCodes().contains(item.reason.code), qPrintable(item.reason.code));
        if (score.isEmpty()) {
            QVERIFY2(!item.scoreCenti, qPrintable(ScoreCard::pointsText(item.scoreCenti.value_or(0))));
            QVERIFY(item.manual);
            QCOMPARE(card.pending, 2);
        } else {
            QVERIFY2(item.scoreCenti, qPrintable(reason));
            QCOMPARE(ScoreCard::pointsText(*item.scoreCenti), score);
            QVERIFY(*item.scoreCenti >= 0 && *item.scoreCenti <= item.weightCenti);
            QCOMPARE(card.pending, 1);
            QCOMPARE(card.totalCenti, *item.scoreCenti);
            if (*item.scoreCenti == item.weightCenti)
                QVERIFY2(reason.isEmpty(), qPrintable(reason));
            else
                QVERIFY2(TestReports::isChinese(reason), "a deduction needs its reason");
        }
        QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
    }

    void manualScores()
    {
        const ScoringScheme scheme = ScoringTestSchemes::scheme(R"({"kind":"manual"})", 4);
        const Report r = TestReports::simple();
        auto scored = [&](qint64 centi, const QString &reason) {
            ManualScores manual;
            manual.insert(QStringLiteral("x"), ManualScore{centi, reason});
            return scoreReport(scheme, r, nullptr, manual).items[0];
        };
        const ScoreItem given = scored(350, QStringLiteral("资料不全，扣0.5分"));
        QCOMPARE(given.scoreCenti, std::optional<qint64>(350));
        QCOMPARE(ScoreText::reason(given), QStringLiteral("资料不全，扣0.5分"));
        QVERIFY(given.manual);
        QVERIFY(!scored(350, QString()).scoreCenti);          // a reason is required
        QVERIFY(!scored(350, QStringLiteral("  ")).scoreCenti);
        QCOMPARE(scored(900, QStringLiteral("理由")).scoreCenti, std::optional<qint64>(400)); // clamped to the weight
        QCOMPARE(scored(-100, QStringLiteral("理由")).scoreCenti, std::optional<qint64>(0));

        // A computable item that does not apply takes a manual score too.
        const ScoringScheme staffScheme = ScoringTestSchemes::scheme(staffLinear, 5);
        ManualScores manual;
        manual.insert(QStringLiteral("x"), ManualScore{450, QStringLiteral("按花名册核定")});
        const Report noStaff = TestReports::simpleWith([](Report &r) { r.profile.staff.authorized.reset(); });
        QCOMPARE(scoreReport(staffScheme, noStaff, nullptr, manual).items[0].scoreCenti, std::optional<qint64>(450));
        // …but never overrides a computed score.
        QCOMPARE(scoreReport(staffScheme, TestReports::simple(), nullptr, manual).items[0].scoreCenti, std::optional<qint64>(500));
    }

    void totalGradeAndPending()
    {
        const ScoringScheme scheme = ScoringTestSchemes::scheme(adjustmentBands, 3);
        const Report r = TestReports::simple();
        ScoreCard card = scoreReport(scheme, r);
        QCOMPARE(card.totalCenti, qint64(300));
        QCOMPARE(card.pending, 1);
        QVERIFY(card.provisional());
        QCOMPARE(card.grade, QStringLiteral("差")); // waiting items count as 0

        ManualScores manual;
        manual.insert(QStringLiteral("rest"), ManualScore{8699, QStringLiteral("自评")});
        card = scoreReport(scheme, r, nullptr, manual);
        QCOMPARE(card.totalCenti, qint64(8999));
        QCOMPARE(card.pending, 0);
        QVERIFY(!card.provisional());
        QCOMPARE(card.grade, QStringLiteral("良"));
        manual[QStringLiteral("rest")].scoreCenti = 8700;
        QCOMPARE(scoreReport(scheme, r, nullptr, manual).grade, QStringLiteral("优"));
    }

    void gradeBands_data()
    {
        QTest::addColumn<qint64>("totalCenti");
        QTest::addColumn<QString>("grade");
        QTest::newRow("100") << qint64(10000) << QStringLiteral("优");
        QTest::newRow("90") << qint64(9000) << QStringLiteral("优");
        QTest::newRow("89.99") << qint64(8999) << QStringLiteral("良");
        QTest::newRow("80") << qint64(8000) << QStringLiteral("良");
        QTest::newRow("79.99") << qint64(7999) << QStringLiteral("中");
        QTest::newRow("60") << qint64(6000) << QStringLiteral("中");
        QTest::newRow("59.99") << qint64(5999) << QStringLiteral("差");
        QTest::newRow("0") << qint64(0) << QStringLiteral("差");
    }
    void gradeBands()
    {
        QFETCH(qint64, totalCenti);
        QFETCH(QString, grade);
        QCOMPARE(ScoringSchemeReader::builtIn().gradeFor(totalCenti), grade);
    }

    void builtInSchemeOnTheSample()
    {
        const ScoreCard card = scoreReport(ScoringSchemeReader::builtIn(), TestReports::sample());
        auto scoreOf = [&card](const char *id) {
            for (const ScoreItem &i : card.items) {
                if (i.id == QLatin1String(id))
                    return i.scoreCenti;
            }
            return std::optional<qint64>(-1);
        };
        QCOMPARE(scoreOf("budget_adjustment_rate"), std::optional<qint64>(300));
        QCOMPARE(scoreOf("fund_balance"), std::optional<qint64>(200));
        QCOMPARE(scoreOf("three_public_control_rate"), std::optional<qint64>(600));
        QCOMPARE(scoreOf("execution_rate"), std::optional<qint64>(497)); // 5 × 99.40 %
        QCOMPARE(scoreOf("management_rules"), std::optional<qint64>(300));
        QCOMPARE(scoreOf("staff_control_rate"), std::optional<qint64>()); // 编制数 not given
        QVERIFY(!card.grade.isEmpty());
        int waiting = 0;
        qint64 total = 0;
        for (const ScoreItem &i : card.items) {
            waiting += i.scoreCenti ? 0 : 1;
            total += i.scoreCenti.value_or(0);
        }
        QCOMPARE(card.pending, waiting);
        QCOMPARE(card.totalCenti, total);
    }
};

QTEST_GUILESS_MAIN(TestScoringEngine)
#include "tst_scoringengine.moc"
