#include "ReportFigures.h"

#include "TestReports.h"

#include <QTest>

// The totals of domain.md ("Figures"), worked out by hand on TestReports::simple():
// C0b 10, C0p 20, B0b 100, B0p 200, Eb 105, Ep 210, C1 15, TPb 10, TPa 8.
using TestReports::adjustment;
using TestReports::wan;

class TestReportFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totals_data()
    {
        QTest::addColumn<ReportEdit>("edit");
        QTest::addColumn<QString>("budgetBasic");     // Bb
        QTest::addColumn<QString>("budgetProject");   // Bp
        QTest::addColumn<QString>("available");       // B + C0
        QTest::addColumn<QString>("expectedC1");      // C0 + B − E − R
        QTest::addColumn<QString>("counted");         // Σ|a| of non-excluded rows
        QTest::addColumn<QString>("excluded");        // Σ|a| of 除外调整
        QTest::addColumn<QString>("increases");       // Σ 调增 (transfers apart)
        QTest::addColumn<QString>("decreases");       // Σ 调减 (transfers apart)

        QTest::newRow("no adjustments") << ReportEdit() << "100" << "200" << "330" << "15" << "0" << "0" << "0" << "0";
        QTest::newRow("调减 and 调增") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("-10", AdjustmentCategory::Basic, false),
                                    adjustment("20", AdjustmentCategory::Project, true)};
        }) << "90" << "220" << "340" << "25" << "10" << "20" << "20" << "10";
        QTest::newRow("transfer basic→project") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("15", AdjustmentCategory::Transfer, false)};
        }) << "85" << "215" << "330" << "15" << "15" << "0" << "0" << "0";
        QTest::newRow("transfer project→basic") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("-15", AdjustmentCategory::Transfer, false)};
        }) << "115" << "185" << "330" << "15" << "15" << "0" << "0" << "0";
        QTest::newRow("transfer there and back") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("15", AdjustmentCategory::Transfer, false),
                                    adjustment("-15", AdjustmentCategory::Transfer, false)};
        }) << "100" << "200" << "330" << "15" << "30" << "0" << "0" << "0";
        QTest::newRow("excluded transfer") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("15", AdjustmentCategory::Transfer, true)};
        }) << "85" << "215" << "330" << "15" << "0" << "15" << "0" << "0";
        QTest::newRow("recovered") << ReportEdit([](Report &r) {
            r.execution.recovered = wan("5");
        }) << "100" << "200" << "330" << "10" << "0" << "0" << "0" << "0";
        QTest::newRow("missing parts count as 0") << ReportEdit([](Report &r) {
            r.budget.carryoverIn.basic.reset();
            r.budget.initial.project.reset();
            r.execution.spent.project.reset();
        }) << "100" << "0" << "120" << "15" << "0" << "0" << "0" << "0";
        QTest::newRow("adjustment without amount") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("1", AdjustmentCategory::Basic, false)};
            r.budget.adjustments[0].amount.reset();
        }) << "100" << "200" << "330" << "15" << "0" << "0" << "0" << "0";
        QTest::newRow("one fen") << ReportEdit([](Report &r) {
            r.budget.adjustments = {adjustment("0.000001", AdjustmentCategory::Project, false)};
        }) << "100" << "200.000001" << "330.000001" << "15.000001" << "0.000001" << "0" << "0.000001" << "0";
    }
    void totals()
    {
        QFETCH(ReportEdit, edit);
        QFETCH(QString, budgetBasic);
        QFETCH(QString, budgetProject);
        QFETCH(QString, available);
        QFETCH(QString, expectedC1);
        QFETCH(QString, counted);
        QFETCH(QString, excluded);
        QFETCH(QString, increases);
        QFETCH(QString, decreases);
        const Report r = TestReports::simpleWith(edit);
        const ReportFigures f = ReportFigures::of(r);
        QVERIFY(!f.overflow);
        QCOMPARE(f.budgetBasic.toExactWan(), budgetBasic);
        QCOMPARE(f.budgetProject.toExactWan(), budgetProject);
        QCOMPARE(f.budget.fen(), f.budgetBasic.fen() + f.budgetProject.fen());
        QCOMPARE(f.available.toExactWan(), available);
        QCOMPARE(f.availableBasic.fen() + f.availableProject.fen(), f.available.fen());
        QCOMPARE(f.expectedCarryoverOut.toExactWan(), expectedC1);
        QCOMPARE(f.countedAdjustments.toExactWan(), counted);
        QCOMPARE(f.excludedAdjustments.toExactWan(), excluded);
        QCOMPARE(f.increases.toExactWan(), increases);
        QCOMPARE(f.decreases.toExactWan(), decreases);
        QCOMPARE(f.carryoverOut, r.execution.carryoverOut);
    }

    void transfersLeaveTheTotalUnchanged()
    {
        const ReportFigures before = ReportFigures::of(TestReports::simple());
        const ReportFigures after = ReportFigures::of(TestReports::simpleWith([](Report &r) {
            r.budget.adjustments = {adjustment("15", AdjustmentCategory::Transfer, false),
                                    adjustment("-4", AdjustmentCategory::Transfer, true)};
        }));
        QCOMPARE(after.budget, before.budget);
        QCOMPARE(after.available, before.available);
        QCOMPARE(after.budgetBasic.toExactWan(), QStringLiteral("89"));
        QCOMPARE(after.budgetProject.toExactWan(), QStringLiteral("211"));
    }

    void simpleFigures()
    {
        const ReportFigures f = ReportFigures::of(TestReports::simple());
        QCOMPARE(f.carryoverIn, wan("30"));
        QCOMPARE(f.initial, wan("300"));
        QCOMPARE(f.budget, wan("300"));
        QCOMPARE(f.availableBasic, wan("110"));
        QCOMPARE(f.availableProject, wan("220"));
        QCOMPARE(f.spent, wan("315"));
        QCOMPARE(f.recovered, Money());
        QCOMPARE(f.threePublicBudget, wan("10"));
        QCOMPARE(f.threePublicActual, wan("8"));
    }

    void sampleFigures()
    {
        const ReportFigures f = ReportFigures::of(TestReports::sample());
        QVERIFY(!f.overflow);
        QCOMPARE(f.carryoverIn.toWan(), QStringLiteral("30.55"));
        QCOMPARE(f.initial.toWan(), QStringLiteral("1610.47"));
        QCOMPARE(f.budgetBasic.toWan(), QStringLiteral("623.09"));
        QCOMPARE(f.budgetProject.toWan(), QStringLiteral("1220.20"));
        QCOMPARE(f.budget.toWan(), QStringLiteral("1843.29"));
        QCOMPARE(f.available.toWan(), QStringLiteral("1873.84"));
        QCOMPARE(f.spent.toWan(), QStringLiteral("1862.61"));
        QCOMPARE(f.expectedCarryoverOut.toWan(), QStringLiteral("11.23"));
        QCOMPARE(f.excludedAdjustments.toWan(), QStringLiteral("232.82"));
        QCOMPARE(f.increases.toWan(), QStringLiteral("232.82"));
        QCOMPARE(f.countedAdjustments, Money());
        QCOMPARE(f.threePublicBudget.toWan(), QStringLiteral("9.72"));
        QCOMPARE(f.threePublicActual.toWan(), QStringLiteral("9.60"));
    }

    void overflowIsDetectedNotWrapped()
    {
        const Report r = TestReports::simpleWith([](Report &r) {
            for (int i = 0; i < 10; ++i)
                r.budget.adjustments.append(adjustment("999999999999.999999", AdjustmentCategory::Project, false));
        });
        const ReportFigures f = ReportFigures::of(r);
        QVERIFY(f.overflow);
        // The largest single amounts still add up without overflow where they fit.
        const ReportFigures fits = ReportFigures::of(TestReports::simpleWith([](Report &r) {
            r.budget.initial.basic = wan("999999999999.999999");
            r.budget.initial.project = wan("999999999999.999999");
        }));
        QVERIFY(!fits.overflow);
        QCOMPARE(fits.initial.toExactWan(), QStringLiteral("1999999999999.999998"));
    }
};

QTEST_GUILESS_MAIN(TestReportFigures)
#include "tst_reportfigures.moc"
