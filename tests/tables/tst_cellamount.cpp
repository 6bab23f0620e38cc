#include "CellAmount.h"

#include <QTest>
#include <limits>

// Amounts from cells exactly: the shortest decimal text of the double, rounded to the
// unit's precision, 元 moved to 万元 by the decimal point (issue 16, "Amounts exactly").
class TestCellAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<bool>("yuan");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("1843.29 万元") << 1843.29 << false << qint64(1843290000);
        QTest::newRow("6.52+3.2 万元 (a sum in Excel)") << (6.52 + 3.2) << false << qint64(9720000);
        QTest::newRow("0.1+0.2 万元") << (0.1 + 0.2) << false << qint64(300000);
        QTest::newRow("one fen in 万元") << 0.000001 << false << qint64(1);
        QTest::newRow("half a fen rounds away from zero") << 0.0000015 << false << qint64(2);
        QTest::newRow("carry into the integer") << 0.9999996 << false << qint64(1000000);
        QTest::newRow("negative") << -3.2 << false << qint64(-3200000);
        QTest::newRow("18432900 元") << 18432900.0 << true << qint64(1843290000);
        QTest::newRow("65200.37 元") << 65200.37 << true << qint64(6520037);
        QTest::newRow("0.005 元 rounds to a fen") << 0.005 << true << qint64(1);
        QTest::newRow("1843.2899999999999 万元 (as typed in 元 tables)") << 1843.2899999999999 << false << qint64(1843290000);
        QTest::newRow("1e-7 万元") << 1e-7 << false << qint64(0);
    }
    void numbers()
    {
        QFETCH(double, number);
        QFETCH(bool, yuan);
        QFETCH(qint64, fen);
        SheetCell cell;
        cell.kind = SheetCell::Kind::Number;
        cell.number = number;
        const CellAmount a = CellAmount::read(&cell, yuan ? AmountUnit::Yuan : AmountUnit::Wan);
        QCOMPARE(a.status, CellAmount::Status::Amount);
        QCOMPARE(a.value.fen(), fen);
    }

    void shortestText()
    {
        QCOMPARE(CellAmount::shortestText(1843.29), QStringLiteral("1843.29"));
        QCOMPARE(CellAmount::shortestText(9.720000000000001), QStringLiteral("9.72")); // the same double
        QCOMPARE(CellAmount::shortestText(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
        QCOMPARE(CellAmount::shortestText(1e20), QStringLiteral("100000000000000000000"));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("a number as text") << QStringLiteral("1,843.29") << int(CellAmount::Status::Amount) << qint64(1843290000);
        QTest::newRow("full-width") << QStringLiteral("１８４３．２９") << int(CellAmount::Status::Amount) << qint64(1843290000);
        QTest::newRow("dash") << QStringLiteral("—") << int(CellAmount::Status::Blank) << qint64(0);
        QTest::newRow("spaces") << QStringLiteral("  ") << int(CellAmount::Status::Blank) << qint64(0);
        QTest::newRow("words") << QStringLiteral("见附表") << int(CellAmount::Status::Text) << qint64(0);
        QTest::newRow("with a unit") << QStringLiteral("30.55万元") << int(CellAmount::Status::Text) << qint64(0);
        QTest::newRow("bad grouping") << QStringLiteral("18,43.29") << int(CellAmount::Status::Text) << qint64(0);
        QTest::newRow("two points") << QStringLiteral("1.2.3") << int(CellAmount::Status::Text) << qint64(0);
        QTest::newRow("too large") << QStringLiteral("99999999999999999") << int(CellAmount::Status::OutOfRange) << qint64(0);
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(qint64, fen);
        SheetCell cell;
        cell.kind = SheetCell::Kind::Text;
        cell.text = text;
        const CellAmount a = CellAmount::read(&cell, AmountUnit::Wan);
        QCOMPARE(int(a.status), status);
        QCOMPARE(a.value.fen(), fen);
    }

    void notAmounts()
    {
        SheetCell cell;
        cell.kind = SheetCell::Kind::FormulaWithoutValue;
        cell.text = QStringLiteral("SUM(C8:C9)");
        QCOMPARE(CellAmount::read(&cell, AmountUnit::Wan).status, CellAmount::Status::Formula);
        cell.kind = SheetCell::Kind::Error;
        QCOMPARE(CellAmount::read(&cell, AmountUnit::Wan).status, CellAmount::Status::Error);
        cell.kind = SheetCell::Kind::Number;
        cell.number = std::numeric_limits<double>::infinity();
        QCOMPARE(CellAmount::read(&cell, AmountUnit::Wan).status, CellAmount::Status::OutOfRange);
        cell.number = 1e300;
        QCOMPARE(CellAmount::read(&cell, AmountUnit::Wan).status, CellAmount::Status::OutOfRange);
        QCOMPARE(CellAmount::read(nullptr, AmountUnit::Wan).status, CellAmount::Status::Blank);
    }

    void inUnit()
    {
        QCOMPARE(CellAmount::inUnit(Money::fromFen(6520037), AmountUnit::Yuan), QStringLiteral("65200.37"));
        QCOMPARE(CellAmount::inUnit(Money::fromFen(-5), AmountUnit::Yuan), QStringLiteral("-0.05"));
        QCOMPARE(CellAmount::inUnit(Money::fromWan(30, 55), AmountUnit::Wan), QStringLiteral("30.55"));
    }
};

QTEST_GUILESS_MAIN(TestCellAmount)
#include "tst_cellamount.moc"
