#include "FillDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReportDocument.h"
#include "ReportFields.h"
#include "ReportJsonReader.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QStyle>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

// The window's 文件 › 从决算/预算报表填入… (issue 16): every figure with its source, the
// current and the new value and a tick; applying is one undo step, and the live checks
// say whether the accounts balance.
namespace {

QString table(const char *name)
{
    return QStringLiteral(JIXIAO_TEST_DATA "/tables/") + QString::fromUtf8(name);
}

Report sample()
{
    return *ReportJsonReader::readFile(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json")).report;
}

// The sample with the figures the tables give left empty, and without its mid-year
// adjustments when asked.
Report blankSample(bool withAdjustments)
{
    Report r = sample();
    for (const QString &path : TableFill::paths())
        ReportFields::setValue(r, path, QVariant());
    if (!withAdjustments)
        r.budget.adjustments.clear();
    return r;
}

int rowOf(QTableWidget *t, const QString &path)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 0)->data(Qt::UserRole).toString() == path)
            return r;
    }
    return -1;
}

bool balanced(QLabel *checks)
{
    return checks->property("balanced").toBool();
}

} // namespace

class TestFillDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { GuiTestSupport::isolate(m_dir); }

    void applyIsOneUndoStepAndTheChecksFollow()
    {
        ReportDocument document;
        document.load(blankSample(true));
        FillDialog dialog(&document);
        auto *figures = dialog.findChild<QTableWidget *>(QStringLiteral("fillFigures"));
        auto *checks = dialog.findChild<QLabel *>(QStringLiteral("fillChecks"));
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("fillApply"));
        QVERIFY(figures && checks && apply);
        QVERIFY(!apply->isEnabled()); // no file yet

        // Files are chosen through the Dialogs seam, one at a time.
        Dialogs::setNextFileNames({table("xiangtan-2023-决算公开表.xlsx")});
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("fillAddFile")), Qt::LeftButton);
        dialog.addFiles({table("xiangtan-2023-预算公开表.xls")});
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("fillFiles"))->count(), 2);
        QCOMPARE(figures->rowCount(), 13);

        const int carry = rowOf(figures, QStringLiteral("budget.carryover_in.project"));
        QCOMPARE(figures->item(carry, 1)->text(), QStringLiteral("30.55"));
        QCOMPARE(figures->item(carry, 2)->text(), QStringLiteral("（未填写）"));
        QVERIFY(figures->item(carry, 3)->text().startsWith(QStringLiteral("xiangtan-2023-决算公开表.xlsx › 收入支出决算总表 › C16")));
        QVERIFY(figures->item(carry, 4)->text().contains(QStringLiteral("全部计入项目支出")));
        QCOMPARE(figures->item(carry, 0)->checkState(), Qt::Checked);

        // One tick taken off: that figure stays as it was.
        const int reception = rowOf(figures, QStringLiteral("execution.three_public_actual.reception"));
        figures->item(reception, 0)->setCheckState(Qt::Unchecked);
        const int steps = document.undoStack()->count();
        QVERIFY(!balanced(checks));
        QCOMPARE(checks->text(), QStringLiteral("年末结转尚未填写，还不能核对资金结余。"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.value(QStringLiteral("execution.spent.project")).value<Money>(), Money::fromWan(1239, 52));
        QVERIFY(!document.value(QStringLiteral("execution.three_public_actual.reception")).isValid());
        QVERIFY2(balanced(checks), qPrintable(checks->text()));
        QVERIFY(checks->text().startsWith(QStringLiteral("账目平衡")));
        // The current values now show what was filled.
        QCOMPARE(figures->item(carry, 2)->text(), QStringLiteral("30.55"));

        document.undoStack()->undo();
        QCOMPARE(document.report(), blankSample(true));
        QCOMPARE(figures->item(carry, 2)->text(), QStringLiteral("（未填写）"));
        document.undoStack()->redo();
        QCOMPARE(document.value(QStringLiteral("budget.initial.basic")).value<Money>(), Money::fromWan(603, 56));
    }

    void aMissingAdjustmentShowsAsBalanceMismatch()
    {
        ReportDocument document;
        document.load(blankSample(false));
        FillDialog dialog(&document);
        dialog.addFiles({table("xiangtan-2023-决算公开表.xls"), table("xiangtan-2023-预算公开表.xlsx")});
        QCOMPARE(dialog.apply(), 13);
        auto *checks = dialog.findChild<QLabel *>(QStringLiteral("fillChecks"));
        QVERIFY(!balanced(checks));
        QVERIFY2(checks->text().contains(QStringLiteral("balance_mismatch")) && checks->text().contains(QStringLiteral("年中预算调整")),
                 qPrintable(checks->text()));
        QVERIFY(checks->text().contains(QStringLiteral("232.82"))); // the adjustments the report lacks
        // Adding the adjustment by hand balances the accounts; the dialog follows.
        QVERIFY(document.insertRow(QStringLiteral("budget.adjustments"), 0));
        QVERIFY(document.setValue(QStringLiteral("budget.adjustments[0].amount"), QVariant::fromValue(Money::fromWan(232, 82))));
        QVERIFY2(balanced(checks), qPrintable(checks->text()));
    }

    void problemsAreSaid()
    {
        ReportDocument document;
        document.load(sample());
        FillDialog dialog(&document);
        dialog.addFiles({table("encrypted.xls"), table("xiangtan-2023-预算公开表.xlsx")});
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("fillProblems"));
        QVERIFY(problems->text().contains(QStringLiteral("encrypted.xls 设有打开密码")));
        QVERIFY(problems->text().contains(QStringLiteral("报表中没有：全年基本支出")));
        auto *figures = dialog.findChild<QTableWidget *>(QStringLiteral("fillFigures"));
        QCOMPARE(figures->rowCount(), 2);
        // The sample already has these figures: nothing ticked, nothing to apply.
        QCOMPARE(figures->item(0, 0)->checkState(), Qt::Unchecked);
        const int steps = document.undoStack()->count();
        QCOMPARE(dialog.apply(), 0);
        QCOMPARE(document.undoStack()->count(), steps);
    }

    void menuOfTheWindow()
    {
        MainWindow window;
        window.document()->load(blankSample(true));
        auto *action = window.findChild<QAction *>(QStringLiteral("fillFromTablesAction"));
        QVERIFY(action);
        Dialogs::setNextFileNames({table("xiangtan-2023-决算公开表.xlsx")});
        action->trigger();
        auto *dialog = window.findChild<FillDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->files(), QStringList{table("xiangtan-2023-决算公开表.xlsx")});
        QCOMPARE(dialog->apply(), 11);
        QCOMPARE(window.document()->value(QStringLiteral("execution.carryover_out")).value<Money>(), Money::fromWan(11, 23));
        dialog->close();
        window.document()->setReadOnly(true);
        QVERIFY(!action->isEnabled());
    }

    // Both tables in one go: the file dialog took one file, and a clerk who selected the
    // 决算 and the 预算 table together got the first only.
    void bothTablesChosenAtOnce()
    {
        MainWindow window;
        window.document()->load(blankSample(true));
        Dialogs::setNextFileNames({table("xiangtan-2023-决算公开表.xlsx"), table("xiangtan-2023-预算公开表.xlsx")});
        window.findChild<QAction *>(QStringLiteral("fillFromTablesAction"))->trigger();
        auto *dialog = window.findChild<FillDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->files(),
                 (QStringList{table("xiangtan-2023-决算公开表.xlsx"), table("xiangtan-2023-预算公开表.xlsx")}));
        Dialogs::setNextFileNames({});
        dialog->close();
    }

    // Each figure's source (file › sheet › cell, the labels) is what the clerk checks before
    // ticking: in the dialog's default size it was cut to "juesuan.xlsx ›…". It wraps whole.
    void sourcesAndTitlesAreReadableWhole_data()
    {
        QTest::addColumn<bool>("english");
        QTest::newRow("zh_CN") << false;
        QTest::newRow("en") << true; // long names: the amounts' titles were cut, the source a column of characters
    }

    void sourcesAndTitlesAreReadableWhole()
    {
        QFETCH(bool, english);
        QTranslator translator;
        if (english) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/jixiao_en.qm")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        ReportDocument document;
        document.load(blankSample(true));
        FillDialog dialog(&document);
        dialog.addFiles({table("xiangtan-2023-决算公开表.xlsx"), table("xiangtan-2023-预算公开表.xlsx")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *figures = dialog.findChild<QTableWidget *>(QStringLiteral("fillFigures"));
        QVERIFY(figures && figures->rowCount() > 0);
        for (const int column : {1, 2}) // the amounts' titles whole
            QVERIFY(figures->horizontalHeader()->sectionSize(column) >= figures->horizontalHeader()->sectionSizeHint(column));
        const int margin = figures->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, figures) + 1;
        for (const int column : {3, 4}) {
            for (int r = 0; r < figures->rowCount(); ++r) {
                const QTableWidgetItem *item = figures->item(r, column);
                const QRect cell = figures->visualItemRect(item);
                const QRect needed = QFontMetrics(figures->font())
                                         .boundingRect(QRect(0, 0, cell.width() - 2 * margin, 10000),
                                                       Qt::TextWordWrap, item->text());
                QVERIFY2(needed.width() <= cell.width() - 2 * margin && needed.height() <= cell.height(),
                         qPrintable(QStringLiteral("row %1 column %2 cut: %3").arg(r).arg(column).arg(item->text())));
            }
        }
    }
};

QTEST_MAIN(TestFillDialog)
#include "tst_filldialog.moc"
