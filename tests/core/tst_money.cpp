#include "Money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsTwoDecimalsHalfAwayFromZero_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("wan");
        QTest::newRow("whole") << qint64(2000000) << QStringLiteral("2.00");
        QTest::newRow("seed total") << qint64(1843290000) << QStringLiteral("1843.29");
        QTest::newRow("half up") << qint64(5000) << QStringLiteral("0.01");
        QTest::newRow("below half") << qint64(4999) << QStringLiteral("0.00");
        QTest::newRow("negative half") << qint64(-5000) << QStringLiteral("-0.01");
        QTest::newRow("no negative zero") << qint64(-4999) << QStringLiteral("0.00");
    }
    void formatsTwoDecimalsHalfAwayFromZero()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, wan);
        QCOMPARE(Money::fromFen(fen).toWan(), wan);
    }

    void exactTextKeepsEveryFen()
    {
        QCOMPARE(Money::fromFen(1).toExactWan(), QStringLiteral("0.000001"));
        QCOMPARE(Money::fromFen(30550000).toExactWan(), QStringLiteral("30.55"));
        QCOMPARE(Money::fromFen(-2000000).toExactWan(), QStringLiteral("-2"));
    }

    void sumsDetectOverflow()
    {
        Money r;
        QVERIFY(!Money::addChecked(Money::fromFen(std::numeric_limits<qint64>::max()), Money::fromFen(1), &r));
        QVERIFY(Money::addChecked(Money::fromFen(1), Money::fromFen(2), &r));
        QCOMPARE(r.fen(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
