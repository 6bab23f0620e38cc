#include "ReportChecker.h"

#include "FieldNames.h"
#include "FindingCatalog.h"
#include "FindingText.h"
#include "IndicatorCalculator.h"
#include "TestReports.h"

#include <QTest>

// Every consistency rule of domain.md with a case that triggers it and one that does not.
// TestReports::simple() has no findings: C0b 10, C0p 20, B0b 100, B0p 200, Eb 105, Ep 210,
// C1 15, TPb 5+3+2, TPa 4+3+1, Ga 40, 10 batches / 30 persons.
using TestReports::adjustment;
using TestReports::wan;

namespace {

FindingList checkReport(const Report &r, const Report *previous = nullptr)
{
    const ReportFigures f = ReportFigures::of(r);
    return ReportChecker::check(r, f, IndicatorCalculator::compute(r, f, previous), previous);
}

} // namespace

class TestReportChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codesAndSeverities()
    {
        const QStringList errors = ReportChecker::errorCodes();
        for (const char *code : {"balance_mismatch", "three_public_over_total", "negative_amount", "negative_carryover",
                                 "procurement_over_spending", "missing_department", "year_out_of_range"})
            QVERIFY2(errors.contains(QLatin1String(code)), code);
        const QStringList warnings = ReportChecker::warningCodes();
        for (const char *code : {"overspent_basic", "overspent_project", "three_public_over_budget",
                                 "three_public_item_over_budget", "adjustment_without_reason", "adjustment_rate_over_30",
                                 "reception_persons_below_batches", "carryover_mismatch_previous_year"})
            QVERIFY2(warnings.contains(QLatin1String(code)), code);
    }

    void simpleReportHasNoFindings()
    {
        const FindingList findings = checkReport(TestReports::simple());
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).code));
    }

    void sampleHasOnlyTheMissingReasons()
    {
        const FindingList findings = checkReport(TestReports::sample());
        QCOMPARE(countErrors(findings), 0);
        QCOMPARE(findings.size(), 7);
        for (int i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings[i].code, QStringLiteral("adjustment_without_reason"));
            QCOMPARE(findings[i].fields, QStringList{QStringLiteral("budget.adjustments[%1].reason").arg(i)});
        }
    }

    void rule_data()
    {
        QTest::addColumn<ReportEdit>("edit");
        QTest::addColumn<ReportEdit>("previousEdit"); // applied to simple(); none: no previous year
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QStringList>("fields"); // the finding names at least these

        const ReportEdit none;
        auto row = [](const char *name, ReportEdit edit, const char *code, bool present, const char *severity,
                      std::initializer_list<const char *> fieldPaths = {}, ReportEdit previous = {}) {
            QStringList fields;
            for (const char *path : fieldPaths)
                fields.append(QString::fromLatin1(path));
            QTest::newRow(name) << edit << previous << QString::fromLatin1(code) << present
                                << QString::fromLatin1(severity) << fields;
        };

        // Errors.
        row("balance: C1 off by 1", [](Report &r) { r.execution.carryoverOut = wan("14"); },
            "balance_mismatch", true, "error", {"execution.carryover_out"});
        row("balance: one fen off", [](Report &r) { r.execution.carryoverOut = wan("15.000001"); },
            "balance_mismatch", true, "error", {"execution.carryover_out"});
        row("balance: recovered not deducted", [](Report &r) { r.execution.recovered = wan("5"); },
            "balance_mismatch", true, "error", {"execution.carryover_out", "execution.recovered"});
        row("balance: recovered deducted", [](Report &r) { r.execution.recovered = wan("5"); r.execution.carryoverOut = wan("10"); },
            "balance_mismatch", false, "error");
        row("balance: adjustments counted", [](Report &r) {
            r.budget.adjustments = {adjustment("-5", AdjustmentCategory::Basic, false), adjustment("7", AdjustmentCategory::Transfer, false)};
            r.execution.carryoverOut = wan("10");
        }, "balance_mismatch", false, "error");
        row("balance: balanced", none, "balance_mismatch", false, "error");

        row("TPb > B", [](Report &r) { r.budget.threePublicBudget.reception = wan("295.000001"); },
            "three_public_over_total", true, "error", {"budget.three_public_budget"});
        row("TPb = B", [](Report &r) { r.budget.threePublicBudget.reception = wan("295"); },
            "three_public_over_total", false, "error");
        row("TPa > E", [](Report &r) { r.execution.spent.basic = wan("3"); r.execution.spent.project = wan("2"); },
            "three_public_over_total", true, "error", {"execution.three_public_actual"});
        row("TPa = E", [](Report &r) { r.execution.spent.basic = wan("8"); r.execution.spent.project = wan("0"); },
            "three_public_over_total", false, "error");

        row("negative initial", [](Report &r) { r.budget.initial.basic = wan("-1"); },
            "negative_amount", true, "error", {"budget.initial.basic"});
        row("negative carryover in", [](Report &r) { r.budget.carryoverIn.project = wan("-0.000001"); },
            "negative_amount", true, "error", {"budget.carryover_in.project"});
        row("negative recovered", [](Report &r) { r.execution.recovered = wan("-1"); },
            "negative_amount", true, "error", {"execution.recovered"});
        row("negative procurement", [](Report &r) { r.execution.procurement.actual = wan("-1"); },
            "negative_amount", true, "error", {"execution.procurement.actual"});
        row("negative three public", [](Report &r) { r.execution.threePublicActual.overseas = wan("-1"); },
            "negative_amount", true, "error", {"execution.three_public_actual.overseas"});
        row("negative spent", [](Report &r) { r.execution.spent.project = wan("-1"); },
            "negative_amount", true, "error", {"execution.spent.project"});
        row("调减 is not negative_amount", [](Report &r) { r.budget.adjustments = {adjustment("-5", AdjustmentCategory::Basic, false)}; },
            "negative_amount", false, "error");
        row("negative C1 is not negative_amount", [](Report &r) { r.execution.carryoverOut = wan("-1"); },
            "negative_amount", false, "error");

        row("C1 < 0", [](Report &r) { r.execution.carryoverOut = wan("-1"); },
            "negative_carryover", true, "error", {"execution.carryover_out"});
        row("C1 = 0", [](Report &r) { r.execution.carryoverOut = wan("0"); }, "negative_carryover", false, "error");

        row("Ga > E", [](Report &r) { r.execution.procurement.actual = wan("315.000001"); },
            "procurement_over_spending", true, "error", {"execution.procurement.actual"});
        row("Ga = E", [](Report &r) { r.execution.procurement.actual = wan("315"); }, "procurement_over_spending", false, "error");
        row("Ga not given", [](Report &r) { r.execution.procurement.actual.reset(); }, "procurement_over_spending", false, "error");

        row("department empty", [](Report &r) { r.department.clear(); }, "missing_department", true, "error", {"department"});
        row("department spaces", [](Report &r) { r.department = QStringLiteral(" \u3000 "); }, "missing_department", true, "error", {"department"});
        row("department given", none, "missing_department", false, "error");

        row("year 1999", [](Report &r) { r.year = 1999; }, "year_out_of_range", true, "error", {"year"});
        row("year 2101", [](Report &r) { r.year = 2101; }, "year_out_of_range", true, "error", {"year"});
        row("year 0", [](Report &r) { r.year = 0; }, "year_out_of_range", true, "error", {"year"});
        row("year 2000", [](Report &r) { r.year = 2000; }, "year_out_of_range", false, "error");
        row("year 2100", [](Report &r) { r.year = 2100; }, "year_out_of_range", false, "error");

        // Warnings.
        row("Eb > Bb + C0b", [](Report &r) { r.execution.spent.basic = wan("110.000001"); },
            "overspent_basic", true, "warning", {"execution.spent.basic"});
        row("Eb = Bb + C0b", [](Report &r) { r.execution.spent.basic = wan("110"); }, "overspent_basic", false, "warning");
        row("transfer makes basic overspent", [](Report &r) { r.budget.adjustments = {adjustment("15", AdjustmentCategory::Transfer, false)}; },
            "overspent_basic", true, "warning", {"execution.spent.basic"});
        row("Ep > Bp + C0p", [](Report &r) { r.execution.spent.project = wan("220.01"); },
            "overspent_project", true, "warning", {"execution.spent.project"});
        row("Ep = Bp + C0p", [](Report &r) { r.execution.spent.project = wan("220"); }, "overspent_project", false, "warning");
        row("调减 makes project overspent", [](Report &r) { r.budget.adjustments = {adjustment("-11", AdjustmentCategory::Project, false)}; },
            "overspent_project", true, "warning", {"execution.spent.project"});

        row("TPa > TPb", [](Report &r) { r.execution.threePublicActual.overseas = wan("3.000001"); },
            "three_public_over_budget", true, "warning", {"execution.three_public_actual", "budget.three_public_budget"});
        row("TPa = TPb", [](Report &r) { r.execution.threePublicActual.overseas = wan("3"); },
            "three_public_over_budget", false, "warning");
        row("item over budget", [](Report &r) {
            r.execution.threePublicActual.reception = wan("6");
            r.execution.threePublicActual.vehicles = wan("1");
        }, "three_public_item_over_budget", true, "warning",
            {"execution.three_public_actual.reception", "budget.three_public_budget.reception"});
        row("item without budget", [](Report &r) { r.budget.threePublicBudget.overseas.reset(); },
            "three_public_item_over_budget", true, "warning",
            {"execution.three_public_actual.overseas", "budget.three_public_budget.overseas"});
        row("item at budget", [](Report &r) { r.execution.threePublicActual.reception = wan("5"); },
            "three_public_item_over_budget", false, "warning");

        row("adjustment without reason", [](Report &r) {
            r.budget.adjustments = {adjustment("1", AdjustmentCategory::Basic, false), adjustment("2", AdjustmentCategory::Project, false, "")};
        }, "adjustment_without_reason", true, "warning", {"budget.adjustments[1].reason"});
        row("reason only spaces", [](Report &r) { r.budget.adjustments = {adjustment("1", AdjustmentCategory::Basic, false, "  ")}; },
            "adjustment_without_reason", true, "warning", {"budget.adjustments[0].reason"});
        row("excluded without ground", [](Report &r) { r.budget.adjustments = {adjustment("1", AdjustmentCategory::Basic, true, "")}; },
            "adjustment_without_reason", true, "warning", {"budget.adjustments[0].reason"});
        row("adjustment with reason", [](Report &r) { r.budget.adjustments = {adjustment("1", AdjustmentCategory::Basic, true)}; },
            "adjustment_without_reason", false, "warning");

        row("rate 30.004 %", [](Report &r) { r.budget.adjustments = {adjustment("90.012", AdjustmentCategory::Project, false)}; },
            "adjustment_rate_over_30", true, "warning", {"budget.adjustments"});
        row("rate 50 % by 调减", [](Report &r) { r.budget.adjustments = {adjustment("-150", AdjustmentCategory::Project, false)}; },
            "adjustment_rate_over_30", true, "warning", {"budget.adjustments"});
        row("rate exactly 30 %", [](Report &r) { r.budget.adjustments = {adjustment("90", AdjustmentCategory::Project, false)}; },
            "adjustment_rate_over_30", false, "warning");
        row("excluded rows do not count", [](Report &r) { r.budget.adjustments = {adjustment("200", AdjustmentCategory::Project, true)}; },
            "adjustment_rate_over_30", false, "warning");
        row("rate not applicable", [](Report &r) {
            r.budget.initial = {};
            r.budget.adjustments = {adjustment("200", AdjustmentCategory::Project, false)};
        }, "adjustment_rate_over_30", false, "warning");

        row("persons < batches", [](Report &r) { r.execution.receptionPersons = 9; },
            "reception_persons_below_batches", true, "warning", {"execution.reception_persons", "execution.reception_batches"});
        row("persons = batches", [](Report &r) { r.execution.receptionPersons = 10; }, "reception_persons_below_batches", false, "warning");
        row("persons not given", [](Report &r) { r.execution.receptionPersons.reset(); r.execution.receptionBatches = 3; },
            "reception_persons_below_batches", false, "warning");
        row("batches not given", [](Report &r) { r.execution.receptionBatches.reset(); r.execution.receptionPersons = 0; },
            "reception_persons_below_batches", false, "warning");

        row("C0 ≠ previous C1", none, "carryover_mismatch_previous_year", true, "warning", {"budget.carryover_in"},
            [](Report &p) { p.year = 2023; p.execution.carryoverOut = wan("29"); });
        row("C0 = previous C1", none, "carryover_mismatch_previous_year", false, "warning", {},
            [](Report &p) { p.year = 2023; p.execution.carryoverOut = wan("30"); });
        row("previous C1 not given", none, "carryover_mismatch_previous_year", false, "warning", {},
            [](Report &p) { p.year = 2023; p.execution.carryoverOut.reset(); });
        row("no previous year", none, "carryover_mismatch_previous_year", false, "warning");

        row("amounts overflow", [](Report &r) {
            for (int i = 0; i < 10; ++i)
                r.budget.adjustments.append(adjustment("999999999999.999999", AdjustmentCategory::Project, true));
        }, "amount_overflow", true, "error");
    }
    void rule()
    {
        QFETCH(ReportEdit, edit);
        QFETCH(ReportEdit, previousEdit);
        QFETCH(QString, code);
        QFETCH(bool, present);
        QFETCH(QString, severity);
        QFETCH(QStringList, fields);
        const Report report = TestReports::simpleWith(edit);
        const Report previous = TestReports::simpleWith(previousEdit);
        const FindingList findings = checkReport(report, previousEdit ? &previous : nullptr);

        // Every finding: a known code, the right severity, named fields, a Chinese message.
        for (const Finding &f : findings) {
            const QString message = FindingText::message(f);
            QVERIFY2(TestReports::isChinese(message), qPrintable(message));
            QCOMPARE(Finding::severityKey(f.severity),
                     ReportChecker::errorCodes().contains(f.code) ? QStringLiteral("error") : QStringLiteral("warning"));
            QVERIFY(ReportChecker::errorCodes().contains(f.code) || ReportChecker::warningCodes().contains(f.code));
            for (const QString &field : f.fields)
                QVERIFY2(TestReports::isChinese(FieldNames::label(field)), qPrintable(field));
        }
        // Errors come first.
        bool seenWarning = false;
        for (const Finding &f : findings) {
            QVERIFY(!(seenWarning && f.isError()));
            seenWarning = seenWarning || !f.isError();
        }

        bool found = false;
        for (const Finding &f : findings) {
            if (f.code != code)
                continue;
            QCOMPARE(Finding::severityKey(f.severity), severity);
            bool namesAll = true;
            for (const QString &field : fields)
                namesAll = namesAll && f.fields.contains(field);
            found = found || namesAll;
        }
        if (present)
            QVERIFY2(found, qPrintable(QStringLiteral("no %1 naming %2").arg(code, fields.join(QLatin1Char(',')))));
        else
            QVERIFY2(!found, qPrintable(QStringLiteral("unexpected %1").arg(code)));
    }

    void balanceMessageShowsBothSidesAndTheDifference()
    {
        const FindingList findings = checkReport(TestReports::simpleWith([](Report &r) {
            r.execution.recovered = wan("2");
            r.execution.carryoverOut = wan("11.5");
        }));
        QCOMPARE(findings.size(), 1);
        const QString m = FindingText::message(findings[0]);
        QVERIFY2(m.contains(QStringLiteral("13.00")) && m.contains(QStringLiteral("11.50")) && m.contains(QStringLiteral("1.50")),
                 qPrintable(m)); // expected 30 + 300 − 315 − 2 = 13, entered 11.5, off by 1.5
    }

    void overBudgetMessageGivesTheRate()
    {
        const FindingList findings = checkReport(TestReports::simpleWith([](Report &r) {
            r.execution.threePublicActual.reception = wan("5");
            r.execution.threePublicActual.overseas = wan("2.216");
        }));
        QCOMPARE(findings.size(), 2); // the total, and 因公出国（境） over its own budget
        QCOMPARE(findings[0].code, QStringLiteral("three_public_over_budget"));
        const QString total = FindingText::message(findings[0]);
        QVERIFY2(total.contains(QStringLiteral("102.16")), qPrintable(total));
        QCOMPARE(findings[1].code, QStringLiteral("three_public_item_over_budget"));
        const QString item = FindingText::message(findings[1]);
        QVERIFY2(item.contains(QStringLiteral("2.22")), qPrintable(item));
    }

    // Off by 45 元 (under a cent of 万元): the sentence shows the real difference, not 0.00.
    void balanceMessageShowsASubCentDifference()
    {
        const FindingList findings = checkReport(TestReports::simpleWith([](Report &r) {
            r.execution.carryoverOut = wan("15.0045");
        }));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].code, QStringLiteral("balance_mismatch"));
        QCOMPARE(findings[0].args.value(FindingCatalog::BalanceDifference), QStringLiteral("0.0045"));
        const QString m = FindingText::message(findings[0], TextLanguage::Chinese);
        QVERIFY2(m.endsWith(QStringLiteral("= 15.00万元，而填报的年末结转为15.00万元，相差0.0045万元。")), qPrintable(m));
        // One 分 off, the other way.
        const FindingList fen = checkReport(TestReports::simpleWith([](Report &r) {
            r.execution.carryoverOut = wan("14.999999");
        }));
        QCOMPARE(fen.value(0).args.value(FindingCatalog::BalanceDifference), QStringLiteral("-0.000001"));
    }

    // Issue 11: a section the report prints under its own heading, left empty, is a warning
    // naming that section (the PDF would show a heading and nothing under it).
    void emptySectionsAreWarned_data()
    {
        QTest::addColumn<ReportEdit>("edit");
        QTest::addColumn<QString>("path");
        QTest::newRow("基本情况") << ReportEdit([](Report &r) { r.profile.overview = QStringLiteral("  \n"); }) << "profile.overview";
        QTest::newRow("主要职能") << ReportEdit([](Report &r) { r.profile.functions = {QString()}; }) << "profile.functions";
        QTest::newRow("预算管理") << ReportEdit([](Report &r) { r.management.clear(); }) << "management";
        QTest::newRow("绩效目标") << ReportEdit([](Report &r) { r.targets = {TargetGroup{}}; }) << "targets";
        QTest::newRow("问题") << ReportEdit([](Report &r) { r.problems.clear(); }) << "problems";
        QTest::newRow("措施") << ReportEdit([](Report &r) { r.measures = {TitledText{}}; }) << "measures";
    }
    void emptySectionsAreWarned()
    {
        QFETCH(ReportEdit, edit);
        QFETCH(QString, path);
        const FindingList findings = checkReport(TestReports::simpleWith(edit));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QStringLiteral("section_empty"));
        QVERIFY(!findings.first().isError());
        QCOMPARE(findings.first().fields, QStringList{path});
        // An empty report: one for each section.
        Report empty;
        empty.department = QStringLiteral("测试局");
        empty.year = 2024;
        int sections = 0;
        for (const Finding &f : checkReport(empty))
            sections += f.code == QLatin1String("section_empty") ? 1 : 0;
        QCOMPARE(sections, 6);
    }

    // The codes the checker names are the catalog's, in its order: there is no second list.
    void codesComeFromTheCatalog()
    {
        QStringList all;
        for (const FindingCatalog::Kind &k : FindingCatalog::all()) {
            QVERIFY2(!all.contains(k.code), qPrintable(k.code));
            all.append(k.code);
        }
        QCOMPARE(ReportChecker::errorCodes() + ReportChecker::warningCodes(), all);
        for (const QString &code : ReportChecker::errorCodes())
            QVERIFY(FindingCatalog::find(code)->severity == Finding::Severity::Error);
    }

    // A finding of a code with fixed fields names exactly those; its form is one of the code's.
    void findingsMatchTheirCatalogRow()
    {
        const FindingList findings = checkReport(TestReports::simpleWith([](Report &r) {
            r.department.clear();
            r.execution.carryoverOut = wan("14");
            r.execution.recovered = wan("1");
            r.execution.spent.basic = wan("200");
            r.execution.threePublicActual.reception = wan("9");
            r.budget.adjustments = {adjustment("-5", AdjustmentCategory::Basic, true, "")};
            r.execution.receptionPersons = 3;
        }));
        QVERIFY(findings.size() >= 6);
        for (const Finding &f : findings) {
            const FindingCatalog::Kind *kind = FindingCatalog::find(f.code);
            QVERIFY2(kind, qPrintable(f.code));
            QVERIFY(kind->severity == f.severity);
            if (!kind->fields.isEmpty())
                QCOMPARE(f.fields, kind->fields);
            QVERIFY2(f.form.isEmpty() || kind->forms.contains(f.form), qPrintable(f.code + QLatin1Char('/') + f.form));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportChecker)
#include "tst_reportchecker.moc"
