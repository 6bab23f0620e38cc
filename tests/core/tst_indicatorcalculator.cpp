#include "IndicatorCalculator.h"
#include "IndicatorText.h"

#include "TestReports.h"

#include <QTest>

// Every indicator of domain.md with its printed formula `a/b*100%=x.xx%`, on hand-made
// reports. TestReports::simple(): C0b 10, C0p 20, B0b 100, B0p 200, Eb 105, Ep 210, C1 15,
// TPb 5+3+2 = 10, TPa 4+3+1 = 8, Gp 50, Ga 40, staff 18 of 20.
using TestReports::adjustment;
using TestReports::wan;

namespace {

void threePublicBudget(Report &r, const char *reception, const char *vehicles = "0", const char *overseas = "0")
{
    r.budget.threePublicBudget.reception = wan(reception);
    r.budget.threePublicBudget.vehicles = wan(vehicles);
    r.budget.threePublicBudget.overseas = wan(overseas);
}

void threePublicActual(Report &r, const char *reception, const char *vehicles = "0", const char *overseas = "0")
{
    r.execution.threePublicActual.reception = wan(reception);
    r.execution.threePublicActual.vehicles = wan(vehicles);
    r.execution.threePublicActual.overseas = wan(overseas);
}

const QString notApplicable; // an empty expected value: 不适用

} // namespace

class TestIndicatorCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsInOrder()
    {
        const QStringList expected = {QStringLiteral("budget_adjustment_rate"), QStringLiteral("basic_control_rate"),
                                      QStringLiteral("project_control_rate"),
                                      QStringLiteral("three_public_control_rate"), QStringLiteral("execution_rate"),
                                      QStringLiteral("carryover_rate"), QStringLiteral("procurement_execution_rate"),
                                      QStringLiteral("staff_control_rate"),
                                      QStringLiteral("three_public_change_rate"),
                                      QStringLiteral("carryover_change_rate")};
        QCOMPARE(IndicatorCalculator::ids(), expected);
        const Report r = TestReports::simple();
        const IndicatorList list = IndicatorCalculator::compute(r, ReportFigures::of(r));
        QCOMPARE(list.size(), expected.size());
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].id, expected[i]);
            QVERIFY(TestReports::isChinese(IndicatorText::name(list[i].id)));
        }
    }

    void computes_data()
    {
        QTest::addColumn<ReportEdit>("edit");
        QTest::addColumn<ReportEdit>("previousEdit"); // applied to simple(); none: no previous year
        QTest::addColumn<bool>("actualBasis");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("value");   // empty: 不适用
        QTest::addColumn<QString>("formula"); // empty: not checked

        const ReportEdit none;
        const ReportEdit same = [](Report &) {};
        // The simple report, every indicator.
        QTest::newRow("adjustment rate") << none << none << false << "budget_adjustment_rate" << "0.00" << "0.00/300.00*100%=0.00%";
        QTest::newRow("basic control") << none << none << false << "basic_control_rate" << "95.45" << "105.00/110.00*100%=95.45%";
        QTest::newRow("project control") << none << none << false << "project_control_rate" << "95.45" << "210.00/220.00*100%=95.45%";
        QTest::newRow("three public control") << none << none << false << "three_public_control_rate" << "80.00" << "8.00/10.00*100%=80.00%";
        QTest::newRow("execution") << none << none << false << "execution_rate" << "95.45" << "315.00/330.00*100%=95.45%";
        QTest::newRow("carryover") << none << none << false << "carryover_rate" << "4.55" << "15.00/330.00*100%=4.55%";
        QTest::newRow("procurement") << none << none << false << "procurement_execution_rate" << "80.00" << "40.00/50.00*100%=80.00%";
        QTest::newRow("staff") << none << none << false << "staff_control_rate" << "90.00" << "18/20*100%=90.00%";
        QTest::newRow("staff over") << ReportEdit([](Report &r) { r.profile.staff.active = 22; }) << none << false
                                    << "staff_control_rate" << "110.00" << "22/20*100%=110.00%";
        QTest::newRow("no previous: three public change") << none << none << false << "three_public_change_rate" << notApplicable << "";
        QTest::newRow("no previous: carryover change") << none << none << false << "carryover_change_rate" << notApplicable << "";

        // Zero denominators and figures not given: 不适用, never 0 % or a crash.
        QTest::newRow("B0 = 0") << ReportEdit([](Report &r) { r.budget.initial.basic = wan("0"); r.budget.initial.project = wan("0"); })
                                << none << false << "budget_adjustment_rate" << notApplicable << "";
        QTest::newRow("B0 not given") << ReportEdit([](Report &r) { r.budget.initial = {}; })
                                      << none << false << "budget_adjustment_rate" << notApplicable << "";
        QTest::newRow("Bb + C0b = 0") << ReportEdit([](Report &r) { r.budget.initial.basic = wan("0"); r.budget.carryoverIn.basic.reset(); })
                                      << none << false << "basic_control_rate" << notApplicable << "";
        QTest::newRow("Bp + C0p = 0") << ReportEdit([](Report &r) {
            r.budget.initial.project = wan("-20"); // odd, but the denominator is exactly 0
        }) << none << false << "project_control_rate" << notApplicable << "";
        QTest::newRow("TPb = 0") << ReportEdit([](Report &r) { threePublicBudget(r, "0"); })
                                 << none << false << "three_public_control_rate" << notApplicable << "";
        QTest::newRow("TPb not given") << ReportEdit([](Report &r) { r.budget.threePublicBudget = {}; })
                                       << none << false << "three_public_control_rate" << notApplicable << "";
        QTest::newRow("B + C0 = 0: execution") << ReportEdit([](Report &r) { r.budget.initial = {}; r.budget.carryoverIn = {}; })
                                               << none << false << "execution_rate" << notApplicable << "";
        QTest::newRow("B + C0 = 0: carryover") << ReportEdit([](Report &r) { r.budget.initial = {}; r.budget.carryoverIn = {}; })
                                               << none << false << "carryover_rate" << notApplicable << "";
        QTest::newRow("C1 not given") << ReportEdit([](Report &r) { r.execution.carryoverOut.reset(); })
                                      << none << false << "carryover_rate" << notApplicable << "";
        QTest::newRow("C1 = 0") << ReportEdit([](Report &r) { r.execution.carryoverOut = wan("0"); })
                                << none << false << "carryover_rate" << "0.00" << "0.00/330.00*100%=0.00%";
        QTest::newRow("Gp = 0") << ReportEdit([](Report &r) { r.execution.procurement.budget = wan("0"); })
                                << none << false << "procurement_execution_rate" << notApplicable << "";
        QTest::newRow("Gp not given") << ReportEdit([](Report &r) { r.execution.procurement.budget.reset(); })
                                      << none << false << "procurement_execution_rate" << notApplicable << "";
        QTest::newRow("Ga not given") << ReportEdit([](Report &r) { r.execution.procurement.actual.reset(); })
                                      << none << false << "procurement_execution_rate" << notApplicable << "";
        QTest::newRow("编制数 = 0") << ReportEdit([](Report &r) { r.profile.staff.authorized = 0; })
                                  << none << false << "staff_control_rate" << notApplicable << "";
        QTest::newRow("编制数 not given") << ReportEdit([](Report &r) { r.profile.staff.authorized.reset(); })
                                      << none << false << "staff_control_rate" << notApplicable << "";
        QTest::newRow("在职 not given") << ReportEdit([](Report &r) { r.profile.staff.active.reset(); })
                                      << none << false << "staff_control_rate" << notApplicable << "";
        QTest::newRow("Eb not given counts 0") << ReportEdit([](Report &r) { r.execution.spent.basic.reset(); })
                                               << none << false << "basic_control_rate" << "0.00" << "0.00/110.00*100%=0.00%";
        QTest::newRow("TPa not given counts 0") << ReportEdit([](Report &r) { r.execution.threePublicActual = {}; })
                                                << none << false << "three_public_control_rate" << "0.00" << "0.00/10.00*100%=0.00%";

        // 年中预算调整: 调减 by absolute value, excluded rows apart, transfers counted once.
        const ReportEdit decrease = [](Report &r) {
            r.budget.adjustments = {adjustment("-10", AdjustmentCategory::Basic, false),
                                    adjustment("20", AdjustmentCategory::Project, false)};
        };
        QTest::newRow("调减: rate") << decrease << none << false << "budget_adjustment_rate" << "10.00" << "30.00/300.00*100%=10.00%";
        QTest::newRow("调减: basic") << decrease << none << false << "basic_control_rate" << "105.00" << "105.00/100.00*100%=105.00%";
        QTest::newRow("调减: project") << decrease << none << false << "project_control_rate" << "87.50" << "210.00/240.00*100%=87.50%";
        QTest::newRow("调减: execution") << decrease << none << false << "execution_rate" << "92.65" << "315.00/340.00*100%=92.65%";
        const ReportEdit excluded = [](Report &r) {
            r.budget.adjustments = {adjustment("30", AdjustmentCategory::Project, true)};
        };
        QTest::newRow("excluded: rate") << excluded << none << false << "budget_adjustment_rate" << "0.00" << "0.00/300.00*100%=0.00%";
        QTest::newRow("excluded: project") << excluded << none << false << "project_control_rate" << "84.00" << "210.00/250.00*100%=84.00%";
        QTest::newRow("not excluded: rate") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("30", AdjustmentCategory::Project, false)};
        }) << none << false << "budget_adjustment_rate" << "10.00" << "30.00/300.00*100%=10.00%";
        QTest::newRow("mixed: rate") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("30", AdjustmentCategory::Project, true),
                                    adjustment("-6", AdjustmentCategory::Basic, false)};
        }) << none << false << "budget_adjustment_rate" << "2.00" << "6.00/300.00*100%=2.00%";
        const ReportEdit toProject = [](Report &r) {
            r.budget.adjustments = {adjustment("15", AdjustmentCategory::Transfer, false)};
        };
        QTest::newRow("transfer →project: rate") << toProject << none << false << "budget_adjustment_rate" << "5.00" << "15.00/300.00*100%=5.00%";
        QTest::newRow("transfer →project: basic") << toProject << none << false << "basic_control_rate" << "110.53" << "105.00/95.00*100%=110.53%";
        QTest::newRow("transfer →project: project") << toProject << none << false << "project_control_rate" << "89.36" << "210.00/235.00*100%=89.36%";
        QTest::newRow("transfer →project: execution") << toProject << none << false << "execution_rate" << "95.45" << "315.00/330.00*100%=95.45%";
        const ReportEdit toBasic = [](Report &r) {
            r.budget.adjustments = {adjustment("-15", AdjustmentCategory::Transfer, false)};
        };
        QTest::newRow("transfer →basic: rate") << toBasic << none << false << "budget_adjustment_rate" << "5.00" << "15.00/300.00*100%=5.00%";
        QTest::newRow("transfer →basic: basic") << toBasic << none << false << "basic_control_rate" << "84.00" << "105.00/125.00*100%=84.00%";
        QTest::newRow("transfer →basic: project") << toBasic << none << false << "project_control_rate" << "102.44" << "210.00/205.00*100%=102.44%";
        QTest::newRow("transfer there and back") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("15", AdjustmentCategory::Transfer, false),
                                    adjustment("-15", AdjustmentCategory::Transfer, false)};
        }) << none << false << "budget_adjustment_rate" << "10.00" << "30.00/300.00*100%=10.00%";
        QTest::newRow("excluded transfer") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("15", AdjustmentCategory::Transfer, true)};
        }) << none << false << "budget_adjustment_rate" << "0.00" << "0.00/300.00*100%=0.00%";

        // 财政收回: part of the balance, not of the rates' denominators.
        const ReportEdit recovered = [](Report &r) { r.execution.recovered = wan("5"); r.execution.carryoverOut = wan("10"); };
        QTest::newRow("recovered: execution") << recovered << none << false << "execution_rate" << "95.45" << "315.00/330.00*100%=95.45%";
        QTest::newRow("recovered: carryover") << recovered << none << false << "carryover_rate" << "3.03" << "10.00/330.00*100%=3.03%";

        // Rounding half away from zero; operands printed as amounts; thresholds elsewhere.
        QTest::newRow("12.345 → 12.35") << ReportEdit([](Report &r) { threePublicBudget(r, "200"); threePublicActual(r, "24.69"); })
                                        << none << false << "three_public_control_rate" << "12.35" << "24.69/200.00*100%=12.35%";
        QTest::newRow("0.125 → 0.13") << ReportEdit([](Report &r) { threePublicBudget(r, "80"); threePublicActual(r, "0.1"); })
                                      << none << false << "three_public_control_rate" << "0.13" << "0.10/80.00*100%=0.13%";
        QTest::newRow("exact operands, printed rounded") << ReportEdit([](Report &r) { threePublicBudget(r, "3"); threePublicActual(r, "1.005"); })
                                                        << none << false << "three_public_control_rate" << "33.50" << "1.01/3.00*100%=33.50%";
        QTest::newRow("30.004 prints 30.00") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("90.012", AdjustmentCategory::Project, false)};
        }) << none << false << "budget_adjustment_rate" << "30.00" << "90.01/300.00*100%=30.00%";
        QTest::newRow("-12.345 → -12.35") << ReportEdit([](Report &r) { threePublicBudget(r, "175.31"); })
                                          << ReportEdit([](Report &r) { threePublicBudget(r, "200"); }) << false
                                          << "three_public_change_rate" << "-12.35" << "-24.69/200.00*100%=-12.35%";
        QTest::newRow("-0.005 → -0.01") << ReportEdit([](Report &r) { threePublicBudget(r, "999.95"); })
                                        << ReportEdit([](Report &r) { threePublicBudget(r, "1000"); }) << false
                                        << "three_public_change_rate" << "-0.01" << "-0.05/1000.00*100%=-0.01%";
        QTest::newRow("never -0.00") << ReportEdit([](Report &r) { threePublicBudget(r, "999.99996"); })
                                     << ReportEdit([](Report &r) { threePublicBudget(r, "1000"); }) << false
                                     << "three_public_change_rate" << "0.00" << "0.00/1000.00*100%=0.00%";

        // The previous year's report.
        QTest::newRow("three public change, budget basis") << none << ReportEdit([](Report &r) { threePublicBudget(r, "3", "3", "2"); }) << false
                                                           << "three_public_change_rate" << "25.00" << "2.00/8.00*100%=25.00%";
        const ReportEdit previousSpentMore = [](Report &r) { threePublicActual(r, "6", "3", "1"); }; // TPa 10, TPb 10
        QTest::newRow("budget basis ignores actual") << none << previousSpentMore << false
                                                     << "three_public_change_rate" << "0.00" << "0.00/10.00*100%=0.00%";
        QTest::newRow("actual basis") << none << previousSpentMore << true
                                      << "three_public_change_rate" << "-20.00" << "-2.00/10.00*100%=-20.00%";
        QTest::newRow("previous TPb = 0") << none << ReportEdit([](Report &r) { threePublicBudget(r, "0"); }) << false
                                          << "three_public_change_rate" << notApplicable << "";
        QTest::newRow("previous TPa = 0, actual basis") << none << ReportEdit([](Report &r) { r.execution.threePublicActual = {}; }) << true
                                                        << "three_public_change_rate" << notApplicable << "";
        QTest::newRow("carryover change") << none << ReportEdit([](Report &r) { r.execution.carryoverOut = wan("12"); }) << false
                                          << "carryover_change_rate" << "25.00" << "3.00/12.00*100%=25.00%";
        QTest::newRow("carryover change down") << none << ReportEdit([](Report &r) { r.execution.carryoverOut = wan("30"); }) << false
                                               << "carryover_change_rate" << "-50.00" << "-15.00/30.00*100%=-50.00%";
        QTest::newRow("carryover unchanged") << none << same << false << "carryover_change_rate" << "0.00" << "0.00/15.00*100%=0.00%";
        QTest::newRow("previous C1 = 0") << none << ReportEdit([](Report &r) { r.execution.carryoverOut = wan("0"); }) << false
                                         << "carryover_change_rate" << notApplicable << "";
        QTest::newRow("previous C1 not given") << none << ReportEdit([](Report &r) { r.execution.carryoverOut.reset(); }) << false
                                               << "carryover_change_rate" << notApplicable << "";
        QTest::newRow("current C1 not given") << ReportEdit([](Report &r) { r.execution.carryoverOut.reset(); }) << same << false
                                              << "carryover_change_rate" << notApplicable << "";
    }
    void computes()
    {
        QFETCH(ReportEdit, edit);
        QFETCH(ReportEdit, previousEdit);
        QFETCH(bool, actualBasis);
        QFETCH(QString, id);
        QFETCH(QString, value);
        QFETCH(QString, formula);
        const Report report = TestReports::simpleWith(edit);
        const Report previous = TestReports::simpleWith(previousEdit);
        IndicatorSettings settings;
        if (actualBasis)
            settings.threePublicChangeBasis = IndicatorSettings::ChangeBasis::Actual;
        const IndicatorList list = IndicatorCalculator::compute(report, ReportFigures::of(report),
                                                                previousEdit ? &previous : nullptr, settings);
        const Indicator *indicator = findIndicator(list, id);
        QVERIFY(indicator);
        if (value.isEmpty()) {
            QVERIFY2(!indicator->applies(), qPrintable(IndicatorText::formula(*indicator)));
            QVERIFY(indicator->valueText().isEmpty());
            const QString reason = IndicatorText::notApplicable(indicator->notApplicable);
            QVERIFY(!reason.isEmpty());
            QVERIFY2(IndicatorCalculator::notApplicableCodes().contains(indicator->notApplicable.code),
                     qPrintable(indicator->notApplicable.code));
            QVERIFY(IndicatorText::formula(*indicator).contains(QStringLiteral("不适用")));
            QVERIFY(IndicatorText::formula(*indicator).contains(reason));
            return;
        }
        QVERIFY2(indicator->applies(), qPrintable(indicator->notApplicable.code));
        QCOMPARE(indicator->valueText(), value);
        QVERIFY(!indicator->valueText().startsWith(QStringLiteral("-0.00")));
        if (!formula.isEmpty())
            QCOMPARE(IndicatorText::formula(*indicator), formula);
        QVERIFY(IndicatorText::formula(*indicator).endsWith(QLatin1Char('=') + value + QLatin1Char('%')));
    }

    void localSettings()
    {
        // 调减 −10 (basic) and 调增 +20 (project), both counted.
        const Report r = TestReports::simpleWith([](Report &r) {
            r.budget.adjustments = {adjustment("-10", AdjustmentCategory::Basic, false),
                                    adjustment("20", AdjustmentCategory::Project, false)};
        });
        const ReportFigures f = ReportFigures::of(r);
        IndicatorSettings fullYear;
        fullYear.adjustmentDenominator = IndicatorSettings::AdjustmentDenominator::FullYearBudget;
        QCOMPARE(IndicatorText::formula(*findIndicator(IndicatorCalculator::compute(r, f, nullptr, fullYear), QStringLiteral("budget_adjustment_rate"))),
                 QStringLiteral("30.00/310.00*100%=9.68%"));
        IndicatorSettings net;
        net.decreaseCounting = IndicatorSettings::DecreaseCounting::Net;
        QCOMPARE(IndicatorText::formula(*findIndicator(IndicatorCalculator::compute(r, f, nullptr, net), QStringLiteral("budget_adjustment_rate"))),
                 QStringLiteral("10.00/300.00*100%=3.33%"));
        QCOMPARE(IndicatorSettings().threePublicChangeBasis, IndicatorSettings::ChangeBasis::Budget);
    }

    void overflowMakesEverythingNotApplicable()
    {
        const Report r = TestReports::simpleWith([](Report &r) {
            for (int i = 0; i < 10; ++i)
                r.budget.adjustments.append(adjustment("999999999999.999999", AdjustmentCategory::Basic, false));
        });
        const IndicatorList list = IndicatorCalculator::compute(r, ReportFigures::of(r));
        QCOMPARE(list.size(), IndicatorCalculator::ids().size());
        for (const Indicator &i : list)
            QVERIFY(!i.applies());
    }

    void hugeRatesDoNotWrap()
    {
        // One 分 of budget against a huge spending: an absurd but exact rate.
        const Report r = TestReports::simpleWith([](Report &r) {
            threePublicBudget(r, "0.000001");
            threePublicActual(r, "999999999999");
        });
        const IndicatorList list = IndicatorCalculator::compute(r, ReportFigures::of(r));
        const Indicator *i = findIndicator(list, QStringLiteral("three_public_control_rate"));
        QCOMPARE(i->valueText(), QStringLiteral("99999999999900000000.00"));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorCalculator)
#include "tst_indicatorcalculator.moc"
