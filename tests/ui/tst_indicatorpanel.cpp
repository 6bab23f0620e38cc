#include "IndicatorPanel.h"

#include "IndicatorTableModel.h"

#include "ReportDocument.h"
#include "ReportJsonReader.h"

#include <QApplication>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
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
    // A narrow window (1024 px) wrapped 0.00/1610.47*100%=0.00% as "0." over "00/1610.4…":
    // a line may end only at an operator, never inside a number.
    void formulasWrapAtTheirOperators()
    {
        ReportDocument document;
        document.load(sample());
        IndicatorPanel panel(&document);
        auto *view = panel.findChild<QTableView *>(QStringLiteral("indicatorTable"));
        QVERIFY(view);
        const QFontMetrics metrics(view->font());
        const int width = metrics.horizontalAdvance(QStringLiteral("1610.47*100%")) + 4;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, IndicatorTableModel::FormulaColumn);
            auto *delegate = qobject_cast<QStyledItemDelegate *>(view->itemDelegateForIndex(index));
            QVERIFY(delegate);
            const QString shown = delegate->displayText(index.data(), QLocale());
            QTextLayout layout(shown, view->font());
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
                line.setLineWidth(width);
            layout.endLayout();
            for (int i = 0; i + 1 < layout.lineCount(); ++i) {
                const int end = layout.lineAt(i).textStart() + layout.lineAt(i).textLength();
                const auto inNumber = [](QChar c) { return c.isDigit() || c == QLatin1Char('.'); };
                QVERIFY2(!(inNumber(shown.at(end - 1)) && inNumber(shown.at(end))),
                         qPrintable(QStringLiteral("%1 broken after %2").arg(index.data().toString(), shown.left(end))));
            }
        }
    }

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
