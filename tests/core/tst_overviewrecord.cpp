#include "IndicatorCalculator.h"
#include "OverviewRecord.h"
#include "OverviewText.h"
#include "ReportJsonReader.h"

#include <QFile>
#include <QTest>

// One department's line of the overview: what it takes from an evaluation, and how each
// column shows it (the table, the chart and the exports all read these cells).
class TestOverviewRecord : public QObject
{
    Q_OBJECT

    static Report sample()
    {
        QFile f(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
        f.open(QIODevice::ReadOnly);
        return *ReportJsonReader::read(f.readAll()).report;
    }

private Q_SLOTS:
    void fromTheExampleEvaluation()
    {
        const Report report = sample();
        const ReportEvaluation e = ReportEvaluation::of(report);
        OverviewRecord r;
        r.department = report.department;
        r.setEvaluation(e);
        QVERIFY(r.evaluated);
        QCOMPARE(r.rates.size(), IndicatorCalculator::ids().size());
        QCOMPARE(r.rate(QStringLiteral("project_control_rate")), std::optional<qint64>(9910));
        QCOMPARE(r.rate(QStringLiteral("three_public_change_rate")), std::nullopt); // no previous year
        QCOMPARE(r.rate(QStringLiteral("no_such_rate")), std::nullopt);
        QCOMPARE(r.scoreCenti, e.score.totalCenti);
        QCOMPARE(r.pending, e.score.pending);
        QCOMPARE(r.errors, 0);
        QCOMPARE(r.budget, Money::fromWan(1843, 29));

        const QList<OverviewColumns::Column> columns = OverviewColumns::columns();
        QCOMPARE(columns.size(), OverviewColumns::count());
        QCOMPARE(OverviewText::header(columns.first()), QStringLiteral("部门"));
        const int project = OverviewColumns::indexOf(QStringLiteral("project_control_rate"));
        QCOMPARE(OverviewText::header(columns.at(project)), QStringLiteral("项目支出预算控制率(%)"));
        QCOMPARE(OverviewColumns::cell(r, project).text, QStringLiteral("99.10"));
        QCOMPARE(OverviewColumns::cell(r, project).number, std::optional<qint64>(9910));
        QCOMPARE(OverviewColumns::cell(r, project).decimals, 2);
        const OverviewColumns::Cell na = OverviewColumns::cell(r, OverviewColumns::indexOf(QStringLiteral("staff_control_rate")));
        QVERIFY(!na.number && na.text.isEmpty()); // 不适用: an empty cell, never 0
        const OverviewColumns::Cell budget = OverviewColumns::cell(r, OverviewColumns::indexOf(QStringLiteral("budget")));
        QCOMPARE(budget.number, std::optional<qint64>(184329));
        QCOMPARE(budget.text, QStringLiteral("1843.29"));
        QCOMPARE(OverviewColumns::cell(r, OverviewColumns::indexOf(QStringLiteral("errors"))).text, QStringLiteral("0"));
        QCOMPARE(OverviewColumns::cell(r, OverviewColumns::indexOf(QStringLiteral("status"))).text, QStringLiteral("草稿"));
        QCOMPARE(OverviewColumns::cell(r, 0).text, report.department);
    }

    // The standard self-evaluation table's total and grade (issue 14), per department.
    void selfEvaluationTableColumns()
    {
        QFile f(QStringLiteral(JIXIAO_TEST_DATA "/reports/xiangtan-2023-table.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Report report = *ReportJsonReader::read(f.readAll()).report;
        OverviewRecord r;
        r.setEvaluation(ReportEvaluation::of(report));
        QCOMPARE(r.tableTotalCenti, qint64(9913));
        QCOMPARE(r.tableGrade, QStringLiteral("优"));
        QVERIFY(!r.tableProvisional);
        const int total = OverviewColumns::indexOf(QStringLiteral("table_total"));
        const int grade = OverviewColumns::indexOf(QStringLiteral("table_grade"));
        QVERIFY(total > 0 && grade == total + 1);
        QCOMPARE(OverviewText::header(OverviewColumns::columns().at(total)), QStringLiteral("自评表总分"));
        QCOMPARE(OverviewText::header(OverviewColumns::columns().at(grade)), QStringLiteral("自评表等级"));
        QCOMPARE(OverviewColumns::cell(r, total).text, QStringLiteral("99.13"));
        QCOMPARE(OverviewColumns::cell(r, total).number, std::optional<qint64>(9913));
        QCOMPARE(OverviewColumns::cell(r, grade).text, QStringLiteral("优"));
        // The columns after them still find their values.
        QCOMPARE(OverviewColumns::cell(r, OverviewColumns::indexOf(QStringLiteral("project_control_rate"))).text, QStringLiteral("99.10"));
        QCOMPARE(OverviewColumns::cell(r, OverviewColumns::indexOf(QStringLiteral("carryover_out"))).text, QStringLiteral("11.23"));
    }

    void amountsRoundLikeTheDocuments_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<qint64>("hundredths");
        QTest::newRow("exact") << qint64(18432900) << qint64(1843);
        QTest::newRow("half up") << qint64(5000) << qint64(1);
        QTest::newRow("below half") << qint64(4999) << qint64(0);
        QTest::newRow("negative half") << qint64(-5000) << qint64(-1);
        QTest::newRow("1843.29 万元") << qint64(1843290000) << qint64(184329);
    }
    void amountsRoundLikeTheDocuments()
    {
        QFETCH(qint64, fen);
        QFETCH(qint64, hundredths);
        QCOMPARE(OverviewColumns::wanHundredths(Money::fromFen(fen)), hundredths);
        QCOMPARE(OverviewColumns::numberText(hundredths, 2), Money::fromFen(fen).toWan());
    }
};

QTEST_GUILESS_MAIN(TestOverviewRecord)
#include "tst_overviewrecord.moc"
