#include "IndicatorPanel.h"

#include "ReportDocument.h"
#include "ReportJsonReader.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

// The balance line beside the forms: it says what the checker's balance_mismatch finding
// says (the expected and entered year-end carry-over and the difference), it does not
// compute the balance again.
class TestIndicatorPanel : public QObject
{
    Q_OBJECT

private:
    static Report sample()
    {
        const ReportJsonReader::Result r = ReportJsonReader::readFile(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
        if (!r.ok())
            qFatal("sample report unreadable: %s", qPrintable(r.message()));
        return *r.report;
    }

private Q_SLOTS:
    void balanceLineFollowsTheFinding()
    {
        ReportDocument document;
        document.load(sample());
        IndicatorPanel panel(&document);
        auto *label = panel.findChild<QLabel *>(QStringLiteral("balanceLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("资金结余：年末结转11.23万元，账目平衡 ✓"));

        // 45 元 more than the accounts give: under a cent of 万元, still shown.
        QVERIFY(document.setValue(QStringLiteral("execution.carryover_out"), QVariant::fromValue(Money::fromFen(11234500))));
        QCOMPARE(label->text(), QStringLiteral("资金结余：应有年末结转11.23万元，填报11.23万元，相差0.0045万元，不平衡 ✗"));

        QVERIFY(document.setValue(QStringLiteral("execution.carryover_out"), QVariant::fromValue(Money::fromWan(12))));
        QCOMPARE(label->text(), QStringLiteral("资金结余：应有年末结转11.23万元，填报12.00万元，相差0.77万元，不平衡 ✗"));

        QVERIFY(document.setValue(QStringLiteral("execution.carryover_out"), QVariant()));
        QCOMPARE(label->text(), QStringLiteral("资金结余：应有年末结转11.23万元（尚未填报年末结转）"));
    }
};

QTEST_MAIN(TestIndicatorPanel)
#include "tst_indicatorpanel.moc"
