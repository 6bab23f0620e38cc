#include "ReportFields.h"
#include "SampleReport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestReportFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every value key of the exchange format has a place to be edited: the keys are read
    // from report-format.md's example itself, not from a list kept here.
    void everyFieldOfTheFormatIsEditable()
    {
        QFile spec(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
        QVERIFY(spec.open(QIODevice::ReadOnly));
        Report r = sampleReport();
        // Make every list non-empty so that its element fields can be addressed.
        r.targetIndicators.append(TargetIndicator());
        const QStringList expected = {
            QStringLiteral("department"), QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("preamble"),
            QStringLiteral("profile.overview"), QStringLiteral("profile.staff.active"), QStringLiteral("profile.staff.retired"),
            QStringLiteral("profile.staff.authorized"), QStringLiteral("profile.functions[0]"),
            QStringLiteral("budget.carryover_in.basic"), QStringLiteral("budget.carryover_in.project"),
            QStringLiteral("budget.initial.basic"), QStringLiteral("budget.initial.project"), QStringLiteral("budget.initial_note"),
            QStringLiteral("budget.three_public_budget.reception"), QStringLiteral("budget.three_public_budget.vehicles"),
            QStringLiteral("budget.three_public_budget.overseas"), QStringLiteral("budget.adjustments[0].item"),
            QStringLiteral("budget.adjustments[0].amount"), QStringLiteral("budget.adjustments[0].category"),
            QStringLiteral("budget.adjustments[0].excluded"), QStringLiteral("budget.adjustments[0].reason"),
            QStringLiteral("execution.spent.basic"), QStringLiteral("execution.spent.project"), QStringLiteral("execution.recovered"),
            QStringLiteral("execution.carryover_out"), QStringLiteral("execution.carryover_out_note"),
            QStringLiteral("execution.three_public_actual.reception"), QStringLiteral("execution.three_public_actual.vehicles"),
            QStringLiteral("execution.three_public_actual.overseas"), QStringLiteral("execution.reception_batches"),
            QStringLiteral("execution.reception_persons"), QStringLiteral("execution.three_public_note"),
            QStringLiteral("execution.procurement.budget"), QStringLiteral("execution.procurement.actual"),
            QStringLiteral("execution.procurement.note"), QStringLiteral("management[0].indicator"),
            QStringLiteral("management[0].compliant"), QStringLiteral("management[0].text"), QStringLiteral("targets[0].title"),
            QStringLiteral("targets[0].points[0]"), QStringLiteral("target_indicators[0].level1"),
            QStringLiteral("target_indicators[0].level2"), QStringLiteral("target_indicators[0].name"),
            QStringLiteral("target_indicators[0].unit"), QStringLiteral("target_indicators[0].direction"),
            QStringLiteral("target_indicators[0].target"), QStringLiteral("target_indicators[0].actual"),
            QStringLiteral("target_indicators[0].weight"), QStringLiteral("target_indicators[0].note"),
            QStringLiteral("problems_intro"), QStringLiteral("problems[0].title"), QStringLiteral("problems[0].text"),
            QStringLiteral("measures[0].title"), QStringLiteral("measures[0].text"), QStringLiteral("signature.name"),
            QStringLiteral("signature.date"),
            // Format version 2 (self-evaluation-table.md); a qualitative row's texts beside its decimals.
            QStringLiteral("target_indicators[0].target_text"), QStringLiteral("target_indicators[0].actual_text"),
            QStringLiteral("target_indicators[0].tier"), QStringLiteral("target_indicators[0].score"),
            QStringLiteral("target_indicators[0].deviation"), QStringLiteral("overall_goal.expected"),
            QStringLiteral("overall_goal.achieved"), QStringLiteral("preparer.name"), QStringLiteral("preparer.phone"),
            QStringLiteral("preparer.date"), QStringLiteral("funds_by_source.appropriation.initial"),
            QStringLiteral("funds_by_source.appropriation.full"), QStringLiteral("funds_by_source.appropriation.spent"),
            QStringLiteral("funds_by_source.carryover.initial"), QStringLiteral("funds_by_source.carryover.full"),
            QStringLiteral("funds_by_source.carryover.spent"), QStringLiteral("funds_by_source.other.initial"),
            QStringLiteral("funds_by_source.other.full"), QStringLiteral("funds_by_source.other.spent")};
        for (const QString &path : expected)
            QVERIFY2(ReportFields::isField(path), qPrintable(path));
        QCOMPARE(ReportFields::fieldPatterns().size(), expected.size());
    }

    void version2Fields()
    {
        Report r = sampleReport();
        r.targetIndicators.append(TargetIndicator());
        const QString row = QStringLiteral("target_indicators[0].");
        QVERIFY(ReportFields::setValue(r, row + QStringLiteral("direction"), QStringLiteral("qualitative")));
        QCOMPARE(r.targetIndicators[0].direction, TargetDirection::Qualitative);
        QVERIFY(ReportFields::setValue(r, row + QStringLiteral("tier"), QStringLiteral("partial")));
        QCOMPARE(r.targetIndicators[0].tier, std::optional(QualitativeTier::Partial));
        QVERIFY(!ReportFields::setValue(r, row + QStringLiteral("tier"), QStringLiteral("excellent")));
        QVERIFY(ReportFields::setValue(r, row + QStringLiteral("tier"), QVariant()));
        QVERIFY(!r.targetIndicators[0].tier);
        QVERIFY(ReportFields::setValue(r, row + QStringLiteral("score"), QVariant(qint64(950))));
        QCOMPARE(ReportFields::value(r, row + QStringLiteral("score")).toLongLong(), 950);
        QVERIFY(ReportFields::setValue(r, row + QStringLiteral("target_text"), QStringLiteral("平稳运行")));
        QCOMPARE(r.targetIndicators[0].targetText, QStringLiteral("平稳运行"));
        // Weights: never negative, at most two decimals, as the format reads them.
        QVERIFY(ReportFields::setValue(r, row + QStringLiteral("weight"), QVariant::fromValue(Decimal::fromMillionths(7500000))));
        QVERIFY(!ReportFields::setValue(r, row + QStringLiteral("weight"), QVariant::fromValue(Decimal::fromMillionths(7555000))));
        QVERIFY(!ReportFields::setValue(r, row + QStringLiteral("weight"), QVariant::fromValue(Decimal::fromInt(-1))));
        QCOMPARE(r.targetIndicators[0].weight, std::optional(Decimal::fromMillionths(7500000)));
        QVERIFY(ReportFields::setValue(r, QStringLiteral("funds_by_source.carryover.full"), QVariant::fromValue(Money::fromWan(30, 55))));
        QCOMPARE(r.fundsBySource.carryover.full, std::optional(Money::fromWan(30, 55)));
        QVERIFY(ReportFields::setValue(r, QStringLiteral("preparer.date"), QDate(2024, 3, 1)));
        QCOMPARE(r.formatVersion(), 2);
    }

    void readsAndWritesEachType()
    {
        Report r = sampleReport();
        QCOMPARE(ReportFields::value(r, QStringLiteral("budget.adjustments[4].amount")).value<Money>(), Money::fromWan(172, 50));
        QCOMPARE(ReportFields::value(r, QStringLiteral("budget.adjustments[5].category")).toString(), QStringLiteral("basic"));
        QVERIFY(!ReportFields::value(r, QStringLiteral("execution.procurement.budget")).isValid());
        QCOMPARE(ReportFields::value(r, QStringLiteral("execution.reception_batches")).toInt(), 136);
        QCOMPARE(ReportFields::value(r, QStringLiteral("targets[6].points[0]")).toString(), r.targets[6].points[0]);

        QVERIFY(ReportFields::setValue(r, QStringLiteral("execution.procurement.budget"), QVariant::fromValue(Money::fromWan(200))));
        QCOMPARE(r.execution.procurement.budget, OptionalMoney(Money::fromWan(200)));
        QVERIFY(ReportFields::setValue(r, QStringLiteral("execution.procurement.budget"), QVariant()));
        QVERIFY(!r.execution.procurement.budget.has_value());
        QVERIFY(ReportFields::setValue(r, QStringLiteral("management[1].compliant"), QVariant()));
        QVERIFY(!r.management[1].compliant.has_value());
        QVERIFY(ReportFields::setValue(r, QStringLiteral("signature.date"), QDate(2024, 3, 31)));
        QCOMPARE(r.signature.date, std::optional<QDate>(QDate(2024, 3, 31)));
        QVERIFY(ReportFields::setValue(r, QStringLiteral("budget.adjustments[0].category"), QStringLiteral("transfer")));
        QCOMPARE(r.budget.adjustments[0].category, AdjustmentCategory::Transfer);

        QVERIFY(!ReportFields::setValue(r, QStringLiteral("budget.adjustments[0].amount"), QStringLiteral("12")));
        QVERIFY(!ReportFields::setValue(r, QStringLiteral("targets[7].points[0]"), QStringLiteral("x")));
        QVERIFY(!ReportFields::setValue(r, QStringLiteral("targets[0].points[99]"), QStringLiteral("x")));
    }

    void listsOfListsAreAddressed()
    {
        Report r = sampleReport();
        QCOMPARE(ReportFields::rowCount(r, QStringLiteral("targets[0].points")), 7);
        QVERIFY(ReportFields::insertRow(r, QStringLiteral("targets[0].points"), 7));
        QCOMPARE(r.targets[0].points.size(), 8);
        QVERIFY(ReportFields::moveRow(r, QStringLiteral("targets"), 0, 6));
        QCOMPARE(r.targets[6].points.size(), 8);
        QVERIFY(!ReportFields::insertRow(r, QStringLiteral("targets[9].points"), 0));
        QVERIFY(!ReportFields::removeRow(r, QStringLiteral("problems"), 2));
    }
};

QTEST_GUILESS_MAIN(TestReportFields)
#include "tst_reportfields.moc"
