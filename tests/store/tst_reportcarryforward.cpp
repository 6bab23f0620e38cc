#include "ReportCarryForward.h"

#include <QTest>

namespace {
OptionalMoney wan(qint64 w, qint64 hundredths = 0)
{
    return Money::fromWan(w, hundredths);
}
} // namespace

class ReportCarryForwardTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<OptionalMoney>("c0b");
        QTest::addColumn<OptionalMoney>("b0b");
        QTest::addColumn<OptionalMoney>("eb");
        QTest::addColumn<OptionalMoney>("c1");
        QTest::addColumn<OptionalMoney>("basic");
        QTest::addColumn<OptionalMoney>("project");
        const OptionalMoney none;
        // The 湘潭 example: basic funds spent to the last 分, all of C1 is project money.
        QTest::newRow("basic all spent") << wan(0) << wan(623, 9) << wan(623, 9) << wan(11, 23) << wan(0) << wan(11, 23);
        QTest::newRow("basic left over") << wan(0) << wan(100) << wan(90) << wan(25) << wan(10) << wan(15);
        QTest::newRow("basic leftover above C1") << wan(5) << wan(100) << wan(90) << wan(8) << wan(8) << wan(0);
        QTest::newRow("basic over-spent") << wan(0) << wan(100) << wan(120) << wan(30) << wan(0) << wan(30);
        QTest::newRow("C1 not given") << wan(0) << wan(100) << wan(90) << none << none << none;
        QTest::newRow("C1 zero") << wan(0) << wan(100) << wan(90) << wan(0) << wan(0) << wan(0);
    }
    void split()
    {
        QFETCH(OptionalMoney, c0b);
        QFETCH(OptionalMoney, b0b);
        QFETCH(OptionalMoney, eb);
        QFETCH(OptionalMoney, c1);
        Report last;
        last.budget.carryoverIn.basic = c0b;
        last.budget.initial.basic = b0b;
        last.execution.spent.basic = eb;
        last.execution.carryoverOut = c1;
        const BasicProjectAmounts in = ReportCarryForward::carryoverIn(last);
        QTEST(in.basic, "basic");
        QTEST(in.project, "project");
        if (in.basic && in.project)
            QCOMPARE(Money::fromFen(in.basic->fen() + in.project->fen()), *c1); // nothing lost or invented
    }

    void copiesWhatCarriesOverOnly()
    {
        Report last;
        last.department = QStringLiteral("某局");
        last.year = 2023;
        last.title = QStringLiteral("自评报告");
        last.preamble = QStringLiteral("2023年的开头");
        last.profile.overview = QStringLiteral("概况");
        last.profile.staff.active = 40;
        last.profile.functions = {QStringLiteral("职能一"), QStringLiteral("职能二")};
        last.management = {ManagementItem{QStringLiteral("管理制度健全性"), true, QStringLiteral("健全"), {}}};
        last.budget.initial.basic = Money::fromWan(100);
        last.budget.adjustments.append(BudgetAdjustment{});
        last.execution.spent.basic = Money::fromWan(100);
        last.execution.carryoverOut = Money::fromWan(3);
        last.targets.append(TargetGroup{QStringLiteral("目标"), {QStringLiteral("①")}, {}});
        last.problems.append(TitledText{QStringLiteral("问题"), QStringLiteral("…"), {}});
        last.signature.name = QStringLiteral("某局");
        last.signature.date = QDate(2024, 3, 1);
        last.unknown.insert(QStringLiteral("x"), 1);

        const Report now = ReportCarryForward::from(last, 2024);
        QCOMPARE(now.department, last.department);
        QCOMPARE(now.year, 2024);
        QCOMPARE(now.title, last.title);
        QCOMPARE(now.profile, last.profile);
        QCOMPARE(now.management, last.management);
        QCOMPARE(now.signature.name, last.signature.name);
        QVERIFY(!now.signature.date);
        QVERIFY(now.preamble.isEmpty());
        QVERIFY(!now.budget.initial.basic);
        QVERIFY(now.budget.adjustments.isEmpty());
        QVERIFY(!now.execution.spent.basic && !now.execution.carryoverOut);
        QVERIFY(now.targets.isEmpty() && now.problems.isEmpty() && now.unknown.isEmpty());
        QCOMPARE(now.budget.carryoverIn.basic, Money());
        QCOMPARE(now.budget.carryoverIn.project, Money::fromWan(3));
    }
};

QTEST_GUILESS_MAIN(ReportCarryForwardTest)
#include "tst_reportcarryforward.moc"
