#include "Ratio.h"

#include <QTest>

// A rate is computed from exact values and rounded half away from zero only when printed;
// thresholds compare the unrounded value (domain.md).
class TestRatio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsHalfAwayFromZero_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<QString>("text");
        QTest::newRow("98.77") << qint64(9600000) << qint64(9720000) << QStringLiteral("98.77");
        QTest::newRow("100") << qint64(623090000) << qint64(623090000) << QStringLiteral("100.00");
        QTest::newRow("zero") << qint64(0) << qint64(5) << QStringLiteral("0.00");
        QTest::newRow("12.345 → 12.35") << qint64(2469) << qint64(20000) << QStringLiteral("12.35");
        QTest::newRow("0.125 → 0.13") << qint64(1) << qint64(800) << QStringLiteral("0.13");
        QTest::newRow("0.005 → 0.01") << qint64(1) << qint64(20000) << QStringLiteral("0.01");
        QTest::newRow("just below half") << qint64(4999) << qint64(100000000) << QStringLiteral("0.00");
        QTest::newRow("-12.345 → -12.35") << qint64(-2469) << qint64(20000) << QStringLiteral("-12.35");
        QTest::newRow("-0.005 → -0.01") << qint64(-1) << qint64(20000) << QStringLiteral("-0.01");
        QTest::newRow("-0.004 → 0.00") << qint64(-4) << qint64(100000) << QStringLiteral("0.00");
        QTest::newRow("one third") << qint64(1) << qint64(3) << QStringLiteral("33.33");
        QTest::newRow("two thirds") << qint64(2) << qint64(3) << QStringLiteral("66.67");
        QTest::newRow("huge") << qint64(999999999999999999LL) << qint64(1) << QStringLiteral("99999999999999999900.00");
    }
    void printsHalfAwayFromZero()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(QString, text);
        QCOMPARE((Ratio{numerator, denominator}.percentText()), text);
    }

    void thresholdsCompareTheUnroundedValue()
    {
        const Ratio justOver{300040, 1000000}; // 30.004 %: prints 30.00 but is over 30 %
        QCOMPARE(justOver.percentText(), QStringLiteral("30.00"));
        QCOMPARE(justOver.comparePercent(3000), 1);
        QCOMPARE((Ratio{3, 10}.comparePercent(3000)), 0);
        const Ratio justUnder{299960, 1000000}; // prints 30.00, is under
        QCOMPARE(justUnder.percentText(), QStringLiteral("30.00"));
        QCOMPARE(justUnder.comparePercent(3000), -1);
        QCOMPARE((Ratio{-1, 3}.comparePercent(0)), -1);
    }

    void deductsPerPointOfTheUnroundedExcess()
    {
        // 102.16 % against 100 % at 1 point per point: 2.16 points.
        QCOMPARE((Ratio{10216, 10000}.scaledExcess(10000, 100)), qint64(216));
        // 110 % at 0.5 per point: 5 points.
        QCOMPARE((Ratio{22, 20}.scaledExcess(10000, 50)), qint64(500));
        // 4 % over 0 at 0.5 per point: 2 points.
        QCOMPARE((Ratio{4, 100}.scaledExcess(0, 50)), qint64(200));
    }

    void centiText()
    {
        QCOMPARE(Ratio::centiText(9910), QStringLiteral("99.10"));
        QCOMPARE(Ratio::centiText(-5), QStringLiteral("-0.05"));
        QCOMPARE(Ratio::centiText(0), QStringLiteral("0.00"));
        QCOMPARE(Ratio::centiText(7), QStringLiteral("0.07"));
    }
};

QTEST_GUILESS_MAIN(TestRatio)
#include "tst_ratio.moc"
