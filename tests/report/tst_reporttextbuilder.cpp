#include "ReportTestSupport.h"
#include "ReportTextBuilder.h"

#include <QRegularExpression>
#include <QTest>

using namespace ReportTestSupport;

// The generated sentences of sections 二 and 三（一） (issue 5): golden files for the
// example and for a hand-made draft, the exact sentences of the issue, and the phrasing of
// the cases the golden files do not show.
class TestReportTextBuilder : public QObject
{
    Q_OBJECT

    static QString textOf(const Report &report)
    {
        const ReportEvaluation evaluation = ReportEvaluation::of(report);
        return ReportTextBuilder(report, evaluation).plainText();
    }
    static Report sample() { return load(samplePath()); }

private Q_SLOTS:
    void matchesGoldenFile_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("golden");
        QTest::newRow("example") << samplePath() << QStringLiteral(JIXIAO_TEST_DATA "/golden/xiangtan-2023.txt");
        QTest::newRow("draft with adjustments") << draftPath() << QStringLiteral(JIXIAO_TEST_DATA "/golden/adjustments-draft.txt");
    }
    void matchesGoldenFile()
    {
        QFETCH(QString, report);
        QFETCH(QString, golden);
        QString message;
        QVERIFY2(matchesGolden(textOf(load(report)), golden, &message), qPrintable(message));
    }

    void exampleHasTheSentencesOfTheIssue_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("spending") << QStringLiteral("全年共计支出1862.61万元，其中：基本支出623.09万元，项目支出1239.52万元。");
        QTest::newRow("project control") << QStringLiteral("\n项目支出预算控制率=1239.52/1250.75*100%=99.10%\n");
        QTest::newRow("basic control") << QStringLiteral("\n基本支出预算控制率=623.09/623.09*100%=100.00%\n");
        QTest::newRow("three public") << QStringLiteral("“三公经费”控制率=9.60/9.72*100%=98.77%");
        QTest::newRow("no decrease") << QStringLiteral("无预算调减资金。");
        QTest::newRow("first item") << QStringLiteral("（1）追加政务大厅春节慰问费2.00万元；");
        QTest::newRow("last item") << QStringLiteral("（7）市直事业单位人才引进计划的奖补2.00万元。");
        QTest::newRow("full-year budget") << QStringLiteral("调整后2023年财政总预算为1843.29万元，其中：基本支出623.09万元，项目支出1220.20万元。");
        QTest::newRow("excluded") << QStringLiteral("本年度年中预算调增232.82万元，均系除外调整，不计入预算调整率。");
        QTest::newRow("procurement") << QStringLiteral("2023年全年政府采购的金额为158.55万元，全部为服务类且严格按照政府采购的要求进行政府采购。");
    }
    void exampleHasTheSentencesOfTheIssue()
    {
        QFETCH(QString, sentence);
        const QString text = textOf(sample());
        QVERIFY2(text.contains(sentence), qPrintable(sentence));
    }

    void oneItemPerAdjustmentRow()
    {
        const QString text = textOf(sample());
        for (int n = 1; n <= 7; ++n)
            QVERIFY2(text.contains(QStringLiteral("（%1）").arg(n)), qPrintable(QString::number(n)));
        QVERIFY(!text.contains(QStringLiteral("（8）追加")));
    }

    // Every amount the generated text prints has two decimals (3.20万元, never 3.2万元).
    void amountsHaveTwoDecimals_data()
    {
        QTest::addColumn<QString>("report");
        QTest::newRow("example") << samplePath();
        QTest::newRow("draft") << draftPath();
    }
    void amountsHaveTwoDecimals()
    {
        QFETCH(QString, report);
        const QString text = textOf(load(report));
        static const QRegularExpression amount(QStringLiteral("[0-9.]+万元"));
        static const QRegularExpression twoDecimals(QStringLiteral("^-?[0-9]+\\.[0-9]{2}万元$"));
        int count = 0;
        for (auto it = amount.globalMatch(text); it.hasNext(); ++count) {
            const QString m = it.next().captured();
            QVERIFY2(twoDecimals.match(m).hasMatch(), qPrintable(m));
        }
        QVERIFY(count > 10);
        // Full-width punctuation in the sentences: no ASCII comma, colon or semicolon.
        QVERIFY(!text.contains(QLatin1Char(',')));
        QVERIFY(!text.contains(QLatin1Char(';')));
        QVERIFY(!text.contains(QLatin1Char(':')));
    }

    void phrasesAdjustmentCases_data()
    {
        QTest::addColumn<QList<BudgetAdjustment>>("rows");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *item, const char *amount, AdjustmentCategory category, bool excluded) {
            BudgetAdjustment a;
            a.item = QString::fromUtf8(item);
            QString why;
            a.amount = ReportJsonReader::amountFromString(QString::fromUtf8(amount), &why);
            a.category = category;
            a.excluded = excluded;
            a.reason = QStringLiteral("依据文件");
            return a;
        };
        QTest::newRow("none") << QList<BudgetAdjustment>{}
                              << QStringLiteral("2.年中预算调整情况：本年度未进行年中预算调整，无预算调减资金。");
        QTest::newRow("decreases only")
            << QList<BudgetAdjustment>{row("压减会议费", "-8", AdjustmentCategory::Basic, false), row("收回项目资金", "-2.5", AdjustmentCategory::Project, false)}
            << QStringLiteral("2.年中预算调整情况：本年度无年中预算调增。预算调减10.50万元，分别为：（1）压减会议费8.00万元；（2）收回项目资金2.50万元。");
        QTest::newRow("increase and decrease")
            << QList<BudgetAdjustment>{row("收回项目资金", "-2.5", AdjustmentCategory::Project, false), row("追加补助", "3.2", AdjustmentCategory::Project, true)}
            << QStringLiteral("2.年中预算调整情况：本年度年中预算调增3.20万元，分别为：（1）追加补助3.20万元。预算调减2.50万元，分别为：（2）收回项目资金2.50万元。");
        QTest::newRow("transfers")
            << QList<BudgetAdjustment>{row("调剂甲", "15", AdjustmentCategory::Transfer, false), row("调剂乙", "-3", AdjustmentCategory::Transfer, false)}
            << QStringLiteral("2.年中预算调整情况：本年度无年中预算调增。无预算调减资金。另有预算结构调整2项，不改变预算总额：（1）调剂甲，由基本支出调整至项目支出15.00万元；（2）调剂乙，由项目支出调整至基本支出3.00万元。");
        QTest::newRow("unnamed item")
            << QList<BudgetAdjustment>{row("", "1", AdjustmentCategory::Basic, false)}
            << QStringLiteral("（1）未注明事项的调整1.00万元。");
    }
    void phrasesAdjustmentCases()
    {
        QFETCH(QList<BudgetAdjustment>, rows);
        QFETCH(QString, expected);
        Report r = sample();
        r.budget.adjustments = rows;
        const QString text = textOf(r);
        QVERIFY2(text.contains(expected), qPrintable(text.section(QLatin1Char('\n'), 3, 5)));
    }

    void phrasesAdjustmentRateCases()
    {
        Report r = load(draftPath());
        const QString text = textOf(r);
        // Excluded and counted rows are named by their numbers in section 二.
        QVERIFY2(text.contains(QStringLiteral("其中第（1）、（2）项系除外调整，合计65.50万元，不计入预算调整率；第（3）、（4）、（5）、（6）项计入预算调整率。")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("除外调整的依据：（1）落实国家春耕生产政策；（2）不可抗力（7月洪涝灾害）。")));
        QVERIFY(text.contains(QStringLiteral("\n预算调整率=38.30/800.00*100%=4.79%\n")));
    }

    void phrasesNotApplicableRates()
    {
        const QString text = textOf(load(draftPath()));
        QVERIFY(text.contains(QStringLiteral("“三公经费”控制率不适用（“三公经费”预算为0）。")));
        QVERIFY(text.contains(QStringLiteral("政府采购执行率不适用（政府采购预算为0）。")));
        QVERIFY(text.contains(QStringLiteral("2024年未安排“三公经费”预算。")));
        // Nothing prints a rate of a zero denominator.
        QVERIFY(!text.contains(QStringLiteral("/0.00*100%")));
    }

    void phrasesCarryOverAndBalance()
    {
        Report r = sample();
        r.budget.carryoverIn.project = Money();
        r.execution.carryoverOut.reset();
        const QString text = textOf(r);
        QVERIFY(text.contains(QStringLiteral("1.年初预算情况：无上年结转，2023年财政年初部门预算1610.47万元")));
        QVERIFY(text.contains(QStringLiteral("年末结转未填报。")));
        QVERIFY(text.contains(QStringLiteral("结转结余率不适用（未填报年末结转）。")));

        const QString draft = textOf(load(draftPath()));
        QVERIFY(draft.contains(QStringLiteral("资金结余核对：17.50+845.20-841.00-2.00=19.70万元，与填报的年末结转20.00万元不一致，账目不平衡。")));
        QVERIFY(textOf(sample()).contains(QStringLiteral("资金结余核对：30.55+1843.29-1862.61=11.23万元，与年末结转一致。")));
    }

    // Whether the accounts balance is the checker's rule (balance_mismatch): the sentence
    // says what the finding says, and quotes the amount it holds.
    void balanceSentenceReadsTheFinding()
    {
        const Report draft = load(draftPath());
        ReportEvaluation evaluation = ReportEvaluation::of(draft);
        const auto isMismatch = [](const Finding &f) { return f.code == QLatin1String("balance_mismatch"); };
        QVERIFY(std::any_of(evaluation.findings.cbegin(), evaluation.findings.cend(), isMismatch));
        QVERIFY(ReportTextBuilder(draft, evaluation).plainText().contains(QStringLiteral("与填报的年末结转20.00万元不一致，账目不平衡。")));
        evaluation.findings.removeIf(isMismatch);
        const QString without = ReportTextBuilder(draft, evaluation).plainText();
        QVERIFY(!without.contains(QStringLiteral("账目不平衡")));
        QVERIFY(without.contains(QStringLiteral("资金结余核对：17.50+845.20-841.00-2.00=19.70万元，与年末结转一致。")));
    }

    void draftNoticeOnlyWithErrors()
    {
        const QString example = textOf(sample());
        QVERIFY(!example.contains(QStringLiteral("草稿")));
        const Report draft = load(draftPath());
        const ReportEvaluation evaluation = ReportEvaluation::of(draft);
        QVERIFY(evaluation.errorCount() > 0);
        const ReportTextBuilder builder(draft, evaluation);
        QVERIFY(builder.isDraft());
        const QString text = builder.plainText();
        QVERIFY(text.contains(QStringLiteral("草稿说明")));
        QVERIFY(text.contains(QStringLiteral("1.【错误】资金结余不平衡")));
    }

    void overflowPrintsNoFigures()
    {
        Report r = sample();
        r.budget.initial.basic = Money::fromFen(Money::LimitFen - 1);
        r.budget.initial.project = Money::fromFen(Money::LimitFen - 1);
        r.budget.carryoverIn.basic = Money::fromFen(Money::LimitFen - 1);
        r.budget.adjustments.append(r.budget.adjustments.first());
        for (int i = 0; i < 10; ++i)
            r.budget.adjustments.append(BudgetAdjustment{QStringLiteral("x"), Money::fromFen(Money::LimitFen - 1), AdjustmentCategory::Basic, false, QString(), {}});
        const ReportEvaluation evaluation = ReportEvaluation::of(r);
        QVERIFY(evaluation.figures.overflow);
        const QString text = ReportTextBuilder(r, evaluation).plainText();
        QVERIFY(text.contains(QStringLiteral("金额合计超出了可计算的范围")));
        QVERIFY(!text.contains(QStringLiteral("全年共计支出")));
    }
};

QTEST_GUILESS_MAIN(TestReportTextBuilder)
#include "tst_reporttextbuilder.moc"
