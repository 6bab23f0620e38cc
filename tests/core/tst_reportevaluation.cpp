#include "ReportEvaluation.h"

#include "IndicatorText.h"

#include "TestReports.h"

#include <QTest>

// The worked example gives exactly the figures of the published 2023 report of
// 湘潭市行政审批服务局 (domain.md), and one call computes everything.
class TestReportEvaluation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplePrintsThePublishedFigures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("formula");
        QTest::newRow("预算调整率") << "budget_adjustment_rate" << "0.00" << "0.00/1610.47*100%=0.00%";
        QTest::newRow("基本支出预算控制率") << "basic_control_rate" << "100.00" << "623.09/623.09*100%=100.00%";
        QTest::newRow("项目支出预算控制率") << "project_control_rate" << "99.10" << "1239.52/1250.75*100%=99.10%";
        QTest::newRow("“三公经费”控制率") << "three_public_control_rate" << "98.77" << "9.60/9.72*100%=98.77%";
        QTest::newRow("预算执行率") << "execution_rate" << "99.40" << "1862.61/1873.84*100%=99.40%";
        QTest::newRow("结转结余率") << "carryover_rate" << "0.60" << "11.23/1873.84*100%=0.60%";
        QTest::newRow("政府采购执行率") << "procurement_execution_rate" << "" << "";
        QTest::newRow("在职人员控制率") << "staff_control_rate" << "" << "";
        QTest::newRow("“三公经费”变动率") << "three_public_change_rate" << "" << "";
        QTest::newRow("结转结余变动率") << "carryover_change_rate" << "" << "";
    }
    void examplePrintsThePublishedFigures()
    {
        QFETCH(QString, id);
        QFETCH(QString, value);
        QFETCH(QString, formula);
        const ReportEvaluation e = ReportEvaluation::of(TestReports::sample());
        const Indicator *i = findIndicator(e.indicators, id);
        QVERIFY(i);
        QCOMPARE(i->valueText(), value);
        QCOMPARE(i->applies(), !value.isEmpty());
        if (!formula.isEmpty())
            QCOMPARE(IndicatorText::formula(*i), formula);
    }

    void exampleBalanceAndScore()
    {
        const ReportEvaluation e = ReportEvaluation::of(TestReports::sample());
        QCOMPARE(e.figures.expectedCarryoverOut.toWan(), QStringLiteral("11.23"));
        QCOMPARE(e.figures.carryoverOut->toWan(), QStringLiteral("11.23"));
        QCOMPARE(e.errorCount(), 0);
        QCOMPARE(e.warningCount(), 7); // the seven adjustments give no ground for 除外调整
        auto score = [&e](const char *id) {
            for (const ScoreItem &i : e.score.items) {
                if (i.id == QLatin1String(id))
                    return i.scoreCenti ? ScoreCard::pointsText(*i.scoreCenti) : QStringLiteral("waiting");
            }
            return QStringLiteral("missing");
        };
        QCOMPARE(score("budget_adjustment_rate"), QStringLiteral("3.00"));
        QCOMPARE(score("fund_balance"), QStringLiteral("2.00"));
        QCOMPARE(score("three_public_control_rate"), QStringLiteral("6.00"));
        QVERIFY(e.score.pending > 0);
        QVERIFY(!e.score.grade.isEmpty());
    }

    void inputsArePassedOn()
    {
        Report previous = TestReports::sample();
        previous.year = 2022;
        previous.budget.threePublicBudget.vehicles = TestReports::wan("3.48"); // TPb 10.00
        previous.execution.carryoverOut = TestReports::wan("30.55");
        ReportEvaluation::Inputs inputs;
        inputs.previousYear = &previous;
        const ReportEvaluation e = ReportEvaluation::of(TestReports::sample(), inputs);
        QCOMPARE(IndicatorText::formula(*findIndicator(e.indicators, QStringLiteral("three_public_change_rate"))),
                 QStringLiteral("-0.28/10.00*100%=-2.80%"));
        QCOMPARE(IndicatorText::formula(*findIndicator(e.indicators, QStringLiteral("carryover_change_rate"))),
                 QStringLiteral("-19.32/30.55*100%=-63.24%"));
        inputs.settings.threePublicChangeBasis = IndicatorSettings::ChangeBasis::Actual;
        const ReportEvaluation actual = ReportEvaluation::of(TestReports::sample(), inputs);
        QCOMPARE(findIndicator(actual.indicators, QStringLiteral("three_public_change_rate"))->valueText(),
                 QStringLiteral("0.00")); // the same actual spending, 9.60 both years

        ManualScores manual;
        manual.insert(QStringLiteral("satisfaction"), ManualScore{450, QStringLiteral("满意度调查98.37%")});
        inputs.manualScores = manual;
        const ReportEvaluation scored = ReportEvaluation::of(TestReports::sample(), inputs);
        QCOMPARE(scored.score.pending, actual.score.pending - 1);
        QCOMPARE(scored.score.totalCenti, actual.score.totalCenti + 450);
    }

    // A text the window refused is an error of the evaluation, first, naming its field; the
    // figures stay those of the report (the previous value keeps counting, visibly).
    void refusedInputIsAnError()
    {
        ReportEvaluation::Inputs inputs;
        inputs.refusedInputs = {{QStringLiteral("execution.spent.basic"), QStringLiteral("1.1234567")}};
        const ReportEvaluation plain = ReportEvaluation::of(TestReports::sample());
        const ReportEvaluation e = ReportEvaluation::of(TestReports::sample(), inputs);
        QCOMPARE(e.errorCount(), plain.errorCount() + 1);
        QCOMPARE(e.findings.first().code, QStringLiteral("invalid_input"));
        QVERIFY(e.findings.first().isError());
        QCOMPARE(e.findings.first().fields, QStringList{QStringLiteral("execution.spent.basic")});
        QCOMPARE(e.findings.first().args, QStringList{QStringLiteral("1.1234567")});
        QCOMPARE(e.figures, plain.figures);
        QCOMPARE(e.indicators, plain.indicators);
    }

    void sameInputSameResult()
    {
        const Report r = TestReports::sample();
        QCOMPARE(ReportEvaluation::of(r), ReportEvaluation::of(r));
    }
};

QTEST_GUILESS_MAIN(TestReportEvaluation)
#include "tst_reportevaluation.moc"
