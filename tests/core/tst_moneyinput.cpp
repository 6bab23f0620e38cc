#include "MoneyInput.h"

#include <QTest>

// What clerks type is read leniently (domain.md, "Money, units, rounding"); everything else
// is refused with a reason they can act on.
class TestMoneyInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("plain") << QStringLiteral("1843.29") << qint64(1843290000);
        QTest::newRow("thousands") << QStringLiteral("1,843.29") << qint64(1843290000);
        QTest::newRow("two separators") << QStringLiteral("1,234,567.89") << qint64(1234567890000);
        QTest::newRow("full-width") << QStringLiteral("１８４３．２９") << qint64(1843290000);
        QTest::newRow("万元") << QStringLiteral("1843.29万元") << qint64(1843290000);
        QTest::newRow("万") << QStringLiteral("1843.29万") << qint64(1843290000);
        QTest::newRow("space before unit") << QStringLiteral("1843.29 万元") << qint64(1843290000);
        QTest::newRow("full-width with unit") << QStringLiteral("１８４３．２９万元") << qint64(1843290000);
        QTest::newRow("spaces around") << QStringLiteral("  1843.29  ") << qint64(1843290000);
        QTest::newRow("ideographic spaces") << QStringLiteral("\u30001843.29\u3000") << qint64(1843290000);
        QTest::newRow("tab and newline") << QStringLiteral("\t1843.29\n") << qint64(1843290000);
        QTest::newRow("minus for 调减") << QStringLiteral("-2") << qint64(-2000000);
        QTest::newRow("full-width minus") << QStringLiteral("－2") << qint64(-2000000);
        QTest::newRow("minus sign U+2212") << QStringLiteral("\u22122.5") << qint64(-2500000);
        QTest::newRow("minus then space") << QStringLiteral("- 2.5") << qint64(-2500000);
        QTest::newRow("minus with unit") << QStringLiteral("-19.53万元") << qint64(-19530000);
        QTest::newRow("plus") << QStringLiteral("+5") << qint64(5000000);
        QTest::newRow("full-width comma") << QStringLiteral("1，234.5") << qint64(1234500000);
        QTest::newRow("ideographic full stop") << QStringLiteral("12。5") << qint64(12500000);
        QTest::newRow("one fen") << QStringLiteral("0.000001") << qint64(1);
        QTest::newRow("six decimals") << QStringLiteral("3.141592") << qint64(3141592);
        QTest::newRow("no integer part") << QStringLiteral(".5") << qint64(500000);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("negative zero") << QStringLiteral("-0") << qint64(0);
        QTest::newRow("leading zeros") << QStringLiteral("007.50") << qint64(7500000);
        QTest::newRow("largest") << QStringLiteral("999,999,999,999.999999") << qint64(999999999999999999LL);
    }
    void accepts()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, fen);
        const MoneyInput::Result r = MoneyInput::parse(typed);
        QVERIFY2(r.status == MoneyInput::Status::Valid, qPrintable(r.error));
        QCOMPARE(r.value.fen(), fen);
        QVERIFY(r.error.isEmpty());
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("letter") << QStringLiteral("12,3a") << QStringLiteral("“a”");
        QTest::newRow("decimal comma") << QStringLiteral("500,5") << QStringLiteral(",");
        QTest::newRow("group of two") << QStringLiteral("1,23") << QStringLiteral(",");
        QTest::newRow("leading separator") << QStringLiteral(",123") << QStringLiteral(",");
        QTest::newRow("group of four") << QStringLiteral("1,2345") << QStringLiteral(",");
        QTest::newRow("separator after point") << QStringLiteral("1.000,5") << QStringLiteral("小数点");
        QTest::newRow("seven decimals") << QStringLiteral("1.1234567") << QStringLiteral("六位");
        QTest::newRow("yuan") << QStringLiteral("1843元") << QStringLiteral("元");
        QTest::newRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("小数点");
        QTest::newRow("too large") << QStringLiteral("1000000000000") << QStringLiteral("过大");
        QTest::newRow("far too large") << QStringLiteral("99999999999999999999999") << QStringLiteral("过大");
        QTest::newRow("too large negative") << QStringLiteral("-1,000,000,000,000") << QStringLiteral("过大");
        QTest::newRow("words") << QStringLiteral("abc") << QStringLiteral("a");
        QTest::newRow("exponent") << QStringLiteral("1e5") << QStringLiteral("e");
        QTest::newRow("inner space") << QStringLiteral("1 234") << QStringLiteral("空格");
        QTest::newRow("inner minus") << QStringLiteral("12-3") << QStringLiteral("正负号");
        QTest::newRow("two signs") << QStringLiteral("--3") << QStringLiteral("正负号");
        QTest::newRow("sign only") << QStringLiteral("-") << QStringLiteral("数字");
        QTest::newRow("unit only") << QStringLiteral("万元") << QStringLiteral("数字");
        QTest::newRow("point only") << QStringLiteral(".") << QStringLiteral("数字");
        QTest::newRow("percent") << QStringLiteral("12%") << QStringLiteral("%");
    }
    void refusesWithAReason()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reasonMentions);
        const MoneyInput::Result r = MoneyInput::parse(typed);
        QCOMPARE(r.status, MoneyInput::Status::Invalid);
        QVERIFY(!r.error.isEmpty());
        QVERIFY2(r.error.contains(reasonMentions), qPrintable(r.error));
    }

    void emptyIsNotAnError_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("ideographic space") << QStringLiteral("\u3000");
    }
    void emptyIsNotAnError()
    {
        QFETCH(QString, typed);
        const MoneyInput::Result r = MoneyInput::parse(typed);
        QCOMPARE(r.status, MoneyInput::Status::Empty);
        QVERIFY(r.error.isEmpty());
    }

    void normalizesFullWidthCharacters()
    {
        QCOMPARE(MoneyInput::normalized(QStringLiteral("　１，２３４．５０　")), QStringLiteral("1,234.50"));
        QCOMPARE(MoneyInput::normalized(QStringLiteral("－１２。５")), QStringLiteral("-12.5"));
    }
};

QTEST_GUILESS_MAIN(TestMoneyInput)
#include "tst_moneyinput.moc"
