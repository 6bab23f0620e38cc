#include "Money.h"

#include <QTest>
#include <limits>

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsTwoDecimalsHalfAwayFromZero_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("wan");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("whole") << qint64(2000000) << QStringLiteral("2.00");
        QTest::newRow("seed total") << qint64(1843290000) << QStringLiteral("1843.29");
        QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.00");
        QTest::newRow("half up") << qint64(5000) << QStringLiteral("0.01");
        QTest::newRow("below half") << qint64(4999) << QStringLiteral("0.00");
        QTest::newRow("1.005 up") << qint64(1005000) << QStringLiteral("1.01");
        QTest::newRow("2.675 up") << qint64(2675000) << QStringLiteral("2.68");
        QTest::newRow("carry into units") << qint64(9995000) << QStringLiteral("10.00");
        QTest::newRow("negative half") << qint64(-5000) << QStringLiteral("-0.01");
        QTest::newRow("negative 1.005") << qint64(-1005000) << QStringLiteral("-1.01");
        QTest::newRow("negative below half") << qint64(-1004999) << QStringLiteral("-1.00");
        QTest::newRow("no negative zero") << qint64(-4999) << QStringLiteral("0.00");
        QTest::newRow("no negative zero (1 fen)") << qint64(-1) << QStringLiteral("0.00");
        QTest::newRow("largest") << Money::LimitFen - 1 << QStringLiteral("1000000000000.00");
    }
    void formatsTwoDecimalsHalfAwayFromZero()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, wan);
        QCOMPARE(Money::fromFen(fen).toWan(), wan);
    }

    void exactTextKeepsEveryFen_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("exact");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
        QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.000001");
        QTest::newRow("30.55") << qint64(30550000) << QStringLiteral("30.55");
        QTest::newRow("3.2") << qint64(3200000) << QStringLiteral("3.2");
        QTest::newRow("-2") << qint64(-2000000) << QStringLiteral("-2");
        QTest::newRow("-0.000001") << qint64(-1) << QStringLiteral("-0.000001");
        QTest::newRow("largest") << Money::LimitFen - 1 << QStringLiteral("999999999999.999999");
    }
    void exactTextKeepsEveryFen()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, exact);
        QCOMPARE(Money::fromFen(fen).toExactWan(), exact);
    }

    void buildsFromWanAndHundredths()
    {
        QCOMPARE(Money::fromWan(1843, 29).fen(), qint64(1843290000));
        QCOMPARE(Money::fromWan(-2, 50).fen(), qint64(-2500000));
        QCOMPARE(Money::fromWan(0).fen(), qint64(0));
    }

    void fromDecimalDigits_data()
    {
        QTest::addColumn<bool>("negative");
        QTest::addColumn<QString>("intDigits");
        QTest::addColumn<QString>("fracDigits");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("30.55") << false << "30" << "55" << true << qint64(30550000);
        QTest::newRow("-0.000001") << true << "0" << "000001" << true << qint64(-1);
        QTest::newRow("leading zeros") << false << "0000000000000000012" << "" << true << qint64(12000000);
        QTest::newRow("largest") << false << "999999999999" << "999999" << true << Money::LimitFen - 1;
        QTest::newRow("10^12") << false << "1000000000000" << "" << false << qint64(0);
        QTest::newRow("-10^12") << true << "1000000000000" << "" << false << qint64(0);
        QTest::newRow("seven decimals") << false << "1" << "0000001" << false << qint64(0);
        QTest::newRow("30 digits") << false << "123456789012345678901234567890" << "" << false << qint64(0);
    }
    void fromDecimalDigits()
    {
        QFETCH(bool, negative);
        QFETCH(QString, intDigits);
        QFETCH(QString, fracDigits);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        const std::optional<Money> m = Money::fromDecimalDigits(negative, intDigits, fracDigits);
        QCOMPARE(m.has_value(), ok);
        if (ok)
            QCOMPARE(m->fen(), fen);
    }

    void sumsDetectOverflow()
    {
        const Money max = Money::fromFen(std::numeric_limits<qint64>::max());
        const Money min = Money::fromFen(std::numeric_limits<qint64>::min());
        Money r = Money::fromFen(42);
        QVERIFY(!Money::addChecked(max, Money::fromFen(1), &r));
        QCOMPARE(r.fen(), qint64(42)); // untouched: never a wrapped value
        QVERIFY(!Money::addChecked(min, Money::fromFen(-1), &r));
        QVERIFY(!Money::subtractChecked(min, Money::fromFen(1), &r));
        QVERIFY(!Money::subtractChecked(max, Money::fromFen(-1), &r));
        QCOMPARE(r.fen(), qint64(42));
        QVERIFY(Money::addChecked(Money::fromFen(1), Money::fromFen(2), &r));
        QCOMPARE(r.fen(), 3);
        QVERIFY(Money::subtractChecked(Money::fromFen(1), Money::fromFen(2), &r));
        QCOMPARE(r.fen(), -1);
        // Ten of the largest single amounts do not fit: the sum is refused, not wrapped.
        Money sum;
        bool ok = true;
        for (int i = 0; i < 10 && ok; ++i)
            ok = Money::addChecked(sum, Money::fromFen(Money::LimitFen - 1), &sum);
        QVERIFY(!ok);
        QVERIFY(!sum.isNegative());
    }

    void comparesAndNegates()
    {
        QVERIFY(Money::fromFen(1) > Money());
        QVERIFY(Money::fromFen(-1) < Money());
        QCOMPARE(-Money::fromFen(5), Money::fromFen(-5));
        QCOMPARE(Money::fromFen(-5).abs(), Money::fromFen(5));
        QVERIFY(Money().isZero());
        QVERIFY(Money::fromFen(-1).isNegative());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
