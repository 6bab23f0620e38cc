#include "ReportWording.h"

#include <QTest>

// The small conventions of the document's Chinese.
class TestReportWording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chineseNumbers_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("text");
        QTest::newRow("1") << 1 << QStringLiteral("一");
        QTest::newRow("5") << 5 << QStringLiteral("五");
        QTest::newRow("10") << 10 << QStringLiteral("十");
        QTest::newRow("11") << 11 << QStringLiteral("十一");
        QTest::newRow("20") << 20 << QStringLiteral("二十");
        QTest::newRow("21") << 21 << QStringLiteral("二十一");
        QTest::newRow("99") << 99 << QStringLiteral("九十九");
    }
    void chineseNumbers()
    {
        QFETCH(int, n);
        QFETCH(QString, text);
        QCOMPARE(ReportWording::chineseNumber(n), text);
    }

    void headings()
    {
        QCOMPARE(ReportWording::heading1(2, QStringLiteral("部门整体支出管理和使用基本情况")), QStringLiteral("二、部门整体支出管理和使用基本情况"));
        QCOMPARE(ReportWording::heading2(4, QStringLiteral("资金")), QStringLiteral("（四）资金"));
        QCOMPARE(ReportWording::heading3(1, QStringLiteral("预算执行")), QStringLiteral("1.预算执行"));
        QCOMPARE(ReportWording::heading4(3, QStringLiteral("项目支出预算控制率：")), QStringLiteral("（3）项目支出预算控制率："));
    }

    void circledNumbers()
    {
        QCOMPARE(ReportWording::circled(1), QStringLiteral("①"));
        QCOMPARE(ReportWording::circled(7), QStringLiteral("⑦"));
        QCOMPARE(ReportWording::circled(20), QStringLiteral("⑳"));
        QCOMPARE(ReportWording::circled(21), QStringLiteral("（21）"));
    }

    void amounts()
    {
        QCOMPARE(ReportWording::wan(Money::fromWan(3, 20)), QStringLiteral("3.20万元"));
        QCOMPARE(ReportWording::wan(Money::fromWan(-8)), QStringLiteral("-8.00万元"));
        QCOMPARE(ReportWording::absWan(Money::fromWan(-12, 30)), QStringLiteral("12.30万元"));
        QCOMPARE(ReportWording::wan(Money::fromFen(4999)), QStringLiteral("0.00万元"));
    }

    // Line breaks are paragraph breaks; Word's full-width indents and blank lines go.
    void paragraphsOfClerksText()
    {
        const QString text = QStringLiteral("\u3000\u3000第一段。\r\n\r\n  第二段。\n\u3000第三段\u3000\n");
        QCOMPARE(ReportWording::paragraphs(text),
                 (QStringList{QStringLiteral("第一段。"), QStringLiteral("第二段。"), QStringLiteral("第三段")}));
        QVERIFY(ReportWording::paragraphs(QStringLiteral(" \n\u3000")).isEmpty());
    }

    void sentencesAndClauses()
    {
        QCOMPARE(ReportWording::sentence(QStringLiteral("均系项目性专项")), QStringLiteral("均系项目性专项。"));
        QCOMPARE(ReportWording::sentence(QStringLiteral("均系项目性专项。")), QStringLiteral("均系项目性专项。"));
        QCOMPARE(ReportWording::sentence(QStringLiteral("暂未付款（因未到合同期）")), QStringLiteral("暂未付款（因未到合同期）。"));
        QCOMPARE(ReportWording::sentence(QStringLiteral("是否达标？")), QStringLiteral("是否达标？"));
        QCOMPARE(ReportWording::clause(QStringLiteral("全部为服务类；")), QStringLiteral("全部为服务类"));
        QCOMPARE(ReportWording::clause(QStringLiteral("第一行\n第二行。")), QStringLiteral("第一行第二行"));
    }

    void dates()
    {
        QCOMPARE(ReportWording::date(2024, 3, 1), QStringLiteral("2024年3月1日"));
    }
};

QTEST_GUILESS_MAIN(TestReportWording)
#include "tst_reportwording.moc"
