#include "GuiTestSupport.h"
#include "ListEditor.h"
#include "ReportDocument.h"
#include "ReportJsonReader.h"
#include "SelfEvaluationPage.h"
#include "SelfEvaluationTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

// The window's 自评表 page (issue 14): the grid filled from rows copied in Excel or WPS as
// one undo step, rows copied out, qualitative rows, each row's 得分 and the totals live,
// no grade while something is pending, findings select their cell.
namespace {

Report tableExample()
{
    return *ReportJsonReader::readFile(QStringLiteral(JIXIAO_TEST_DATA "/reports/xiangtan-2023-table.json")).report;
}

using M = SelfEvaluationTableModel;

QString cell(const M *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestSelfEvaluationPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { GuiTestSupport::isolate(m_dir); }

    // The reason column is the last and narrowest: a reason of a few sentences wrapped there
    // into a column of characters and made its row ten lines tall. It has its own editor under
    // the grid; in the grid it is one line and leaves the row's height alone.
    void aLongReasonKeepsItsRowShort()
    {
        ReportDocument document;
        document.load(tableExample());
        SelfEvaluationPage page(&document);
        page.resize(900, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *grid = page.findChild<ListEditor *>(QStringLiteral("selfEvaluationIndicators"));
        QVERIFY(grid);
        QTableView *view = grid->view();
        const int row = 0;
        QVERIFY(document.value(QStringLiteral("target_indicators[0].deviation")).toString().isEmpty());
        QApplication::processEvents();
        const int before = view->rowHeight(row);
        QVERIFY(document.setValue(QStringLiteral("target_indicators[0].deviation"),
                                  QStringLiteral("受系统对接进度影响，部分事项上线时间晚于计划。\n下一步将加强与省平台的协调，"
                                                 "按季度通报进度，确保全年目标按期完成。")));
        QApplication::processEvents();
        QCOMPARE(view->rowHeight(row), before);
        // The whole text is in the editor under the grid.
        view->setCurrentIndex(page.tableModel()->index(row, M::Name));
        auto *detail = grid->findChild<QPlainTextEdit *>();
        QVERIFY(detail && detail->toPlainText().startsWith(QStringLiteral("受系统对接进度影响")));
    }

    // Junk pasted from a spreadsheet over the last row and one more: every refused cell is
    // an error finding at its path, including those of the first row (the second row's
    // insertion dropped them, and the cells showed their old values unsaid); one undo step.
    void junkPastedOverTheLastRowIsSaidCellByCell()
    {
        ReportDocument document;
        document.load(tableExample());
        SelfEvaluationPage page(&document);
        QTableView *view = page.findChild<ListEditor *>(QStringLiteral("selfEvaluationIndicators"))->view();
        const int last = page.tableModel()->rowCount() - 1;
        view->setCurrentIndex(page.tableModel()->index(last, 0));
        QApplication::clipboard()->setText(QStringLiteral("产出指标\t数量指标\t测试\t项\t≥\tabc\t1e9\t-5\n"
                                                          "垃圾\t\t\t\t≥\t12,5\t ９９ \t3.456\n"));
        const int steps = document.undoStack()->count();
        QCOMPARE(page.pasteFromClipboard(), 2);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QStringList refused;
        for (const Finding &f : document.evaluation().findings) {
            if (f.code == QLatin1String("invalid_input"))
                refused += f.fields;
        }
        refused.sort();
        const QString row = QStringLiteral("target_indicators[%1].%2");
        QStringList expected{row.arg(last).arg(QStringLiteral("actual")), row.arg(last).arg(QStringLiteral("target")),
                             row.arg(last).arg(QStringLiteral("weight")), row.arg(last + 1).arg(QStringLiteral("target")),
                             row.arg(last + 1).arg(QStringLiteral("weight"))};
        expected.sort();
        QCOMPARE(refused, expected);
        QCOMPARE(cell(page.tableModel(), last + 1, M::Actual), QStringLiteral("99")); // full-width digits read
        document.undoStack()->undo();
        QCOMPARE(page.tableModel()->rowCount(), last + 1);
    }

    // 99% typed as a % row's 实际完成值 was refused with "请输入以万元为单位的数字": the value
    // is a plain number, its unit in the 单位 column. The message says so, quoting the text.
    void aRefusedValueIsWordedAsANumberNotAnAmount()
    {
        ReportDocument document;
        document.load(tableExample());
        SelfEvaluationPage page(&document);
        auto *model = const_cast<M *>(page.tableModel());
        auto *message = page.findChild<ListEditor *>(QStringLiteral("selfEvaluationIndicators"))
                            ->findChild<QLabel *>(QStringLiteral("inputError"));
        QVERIFY(message);
        QVERIFY(!model->setData(model->index(2, M::Actual), QStringLiteral("99%")));
        QVERIFY2(message->text().contains(QStringLiteral("“99%”不是数字")) && !message->text().contains(QStringLiteral("万元")),
                 qPrintable(message->text()));
        QVERIFY(!model->setData(model->index(2, M::Weight), QStringLiteral("十分")));
        QVERIFY2(message->text().contains(QStringLiteral("“十分”不是分数")) && !message->text().contains(QStringLiteral("万元")),
                 qPrintable(message->text()));
    }

    void workedExampleTotals()
    {
        ReportDocument document;
        document.load(tableExample());
        SelfEvaluationPage page(&document);
        const M *model = page.tableModel();
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(cell(model, 4, M::Direction), QStringLiteral("≤"));
        QCOMPARE(cell(model, 4, M::RowScore), QStringLiteral("4.84"));
        QCOMPARE(cell(model, 7, M::Direction), QStringLiteral("定性"));
        QCOMPARE(cell(model, 7, M::Target), QStringLiteral("平稳运行"));
        QCOMPARE(cell(model, 7, M::Tier), QStringLiteral("达成年度指标"));
        QCOMPARE(cell(model, 7, M::Score), QStringLiteral("9.50"));
        QCOMPARE(cell(model, 0, M::Weight), QStringLiteral("15.00"));
        QVERIFY(!(model->flags(model->index(0, M::Tier)) & Qt::ItemIsEditable)); // 档次 only for 定性
        QVERIFY(model->flags(model->index(7, M::Tier)) & Qt::ItemIsEditable);
        QVERIFY(!(model->flags(model->index(7, M::RowScore)) & Qt::ItemIsEditable));
        auto *totals = page.findChild<QLabel *>(QStringLiteral("selfEvaluationTotals"));
        QVERIFY(totals);
        QVERIFY2(totals->text().contains(QStringLiteral("预算执行9.94分（分值10.00分） + 绩效指标89.19分（分值90.00分）")),
                 qPrintable(totals->text()));
        QVERIFY2(totals->text().contains(QStringLiteral("总分99.13分，等级：优")), qPrintable(totals->text()));

        // A score edited live: 9.5 → 7 is outside 达成 [8, 10]: the row waits, no grade is given.
        QVERIFY(document.setValue(QStringLiteral("target_indicators[7].score"), QVariant(qint64(700))));
        QCOMPARE(cell(model, 7, M::RowScore), QStringLiteral("待评"));
        QVERIFY2(totals->text().contains(QStringLiteral("目前得分89.63分（1项绩效指标待评），暂不评定等级")), qPrintable(totals->text()));
        QVERIFY(!totals->text().contains(QStringLiteral("等级：")));
    }

    // Twelve columns of Qt's default 100 px put each row's 得分 out of sight: the columns up
    // to 得分 fit in about sixty characters (64), and no column is narrower than its title.
    void scoreColumnInView()
    {
        ReportDocument document;
        document.load(tableExample());
        SelfEvaluationPage page(&document);
        const QHeaderView *header = page.indicators()->view()->horizontalHeader();
        const QFontMetrics metrics(header->font());
        int width = 0;
        for (int c = M::Level1; c <= M::RowScore; ++c) {
            const QString title = page.tableModel()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(c) >= metrics.horizontalAdvance(title), qPrintable(title));
            width += header->sectionSize(c);
        }
        const int limit = 64 * metrics.horizontalAdvance(QChar(0x4E2D));
        QVERIFY2(width <= limit, qPrintable(QStringLiteral("%1 > %2").arg(width).arg(limit)));
    }

    // 填报日期 (preparer.date) is entered on the page like the other two preparer fields.
    void preparerDateIsEntered()
    {
        ReportDocument document;
        document.load(tableExample());
        SelfEvaluationPage page(&document);
        auto *given = page.findChild<QCheckBox *>(QStringLiteral("preparerDateGiven"));
        auto *date = page.findChild<QDateEdit *>(QStringLiteral("preparerDate"));
        QVERIFY(given && date);
        QVERIFY(!given->isChecked() && !date->isEnabled()); // the example gives none
        date->setDate(QDate(2024, 3, 15));
        given->setChecked(true);
        QCOMPARE(document.report().preparer.date, std::optional<QDate>(QDate(2024, 3, 15)));
        document.undoStack()->undo();
        QVERIFY(!document.report().preparer.date);
        QVERIFY(!given->isChecked());
    }

    void pasteThreeRowsFromExcelIsOneUndoStep()
    {
        ReportDocument document;
        Report r = tableExample();
        r.targetIndicators.clear();
        document.load(r);
        SelfEvaluationPage page(&document);
        page.show();
        QTableView *view = page.indicators()->view();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // As Excel puts three rows on the clipboard: tabs, CRLF, a quoted cell with a line break.
        QApplication::clipboard()->setText(QStringLiteral(
            "产出指标\t数量指标\t上线政务服务事项\t项\t≥\t700\t865\t15\r\n"
            "产出指标\t成本指标\t大厅运行维护成本\t万元\t≤\t300\t310\t5\t\t\t\t\"新增设备；\n下年纳入预算\"\r\n"
            "效益指标\t可持续影响指标\t一网通办体系运行\t\t定性\t平稳运行\t全年平稳运行\t10\t达成年度指标\t9.5\r\n"));
        view->setFocus();
        const int steps = document.undoStack()->count();
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        M *model = page.tableModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(document.undoStack()->count(), steps + 1); // one undo step
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("粘贴3行绩效指标"));
        const QList<TargetIndicator> &rows = document.report().targetIndicators;
        QCOMPARE(rows[0].name, QStringLiteral("上线政务服务事项"));
        QCOMPARE(rows[0].target, std::optional(Decimal::fromInt(700)));
        QCOMPARE(rows[0].weight, std::optional(Decimal::fromInt(15)));
        QCOMPARE(rows[1].direction, TargetDirection::Lower);
        QCOMPARE(rows[1].deviation, QStringLiteral("新增设备；\n下年纳入预算"));
        QCOMPARE(rows[2].direction, TargetDirection::Qualitative);
        QCOMPARE(rows[2].targetText, QStringLiteral("平稳运行"));
        QCOMPARE(rows[2].actualText, QStringLiteral("全年平稳运行"));
        QCOMPARE(rows[2].tier, std::optional(QualitativeTier::Achieved));
        QCOMPARE(rows[2].scoreCenti, std::optional<qint64>(950));
        QCOMPARE(cell(model, 0, M::RowScore), QStringLiteral("15.00"));
        QCOMPARE(cell(model, 1, M::RowScore), QStringLiteral("4.84"));
        QCOMPARE(cell(model, 2, M::RowScore), QStringLiteral("9.50"));

        document.undoStack()->undo();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(document.report().targetIndicators.isEmpty());
        document.undoStack()->redo();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(document.report().targetIndicators[2].scoreCenti, std::optional<qint64>(950));

        // Copied out the way Excel reads it, and pasted back below: the same rows.
        view->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(2, M::ColumnCount - 1)),
                                       QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("产出指标\t数量指标\t上线政务服务事项\t项\t≥\t700\t865\t15.00\t\t\t15.00\t\r\n")),
                 qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("\"新增设备；\n下年纳入预算\"")));
        QCOMPARE(model->pasteTabSeparated(copied, QModelIndex()), 3);
        QCOMPARE(model->rowCount(), 6);
        for (int i = 0; i < 3; ++i) {
            TargetIndicator a = document.report().targetIndicators[i];
            TargetIndicator b = document.report().targetIndicators[i + 3];
            QCOMPARE(b, a);
        }
    }

    void keyboardAddsARow()
    {
        ReportDocument document;
        document.load(tableExample());
        SelfEvaluationPage page(&document);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.indicators()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(page.tableModel()->rowCount(), 11);
        QCOMPARE(view->currentIndex(), page.tableModel()->index(10, 0));
        document.undoStack()->undo();
        QCOMPARE(page.tableModel()->rowCount(), 10);
    }

    void directionToQualitativeCarriesTheValues()
    {
        ReportDocument document;
        document.load(tableExample());
        SelfEvaluationPage page(&document);
        M *model = page.tableModel();
        const int steps = document.undoStack()->count();
        QVERIFY(model->setData(model->index(6, M::Direction), QStringLiteral("qualitative")));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        const TargetIndicator &row = document.report().targetIndicators[6];
        QCOMPARE(row.targetText, QStringLiteral("800"));
        QVERIFY(!row.target);
        QCOMPARE(cell(model, 6, M::RowScore), QStringLiteral("待评")); // no tier yet
        QVERIFY(model->setData(model->index(6, M::Tier), QStringLiteral("partial")));
        QVERIFY(model->setData(model->index(6, M::Score), QStringLiteral("7")));
        QCOMPARE(cell(model, 6, M::RowScore), QStringLiteral("7.00"));
        QVERIFY(model->setData(model->index(6, M::Direction), QStringLiteral("higher")));
        QCOMPARE(document.report().targetIndicators[6].target, std::optional(Decimal::fromInt(800)));
        QVERIFY(!document.report().targetIndicators[6].tier);
        QCOMPARE(cell(model, 6, M::RowScore), QStringLiteral("10.00"));
        // A weight with three decimals is refused, with the reason; the old one stays.
        QVERIFY(!model->setData(model->index(6, M::Weight), QStringLiteral("7.125")));
        QCOMPARE(document.report().targetIndicators[6].weight, std::optional(Decimal::fromInt(10)));
        QVERIFY(document.refusedInput(QStringLiteral("target_indicators[6].weight")));
    }

    void findingSelectsItsCell()
    {
        ReportDocument document;
        Report r = tableExample();
        r.targetIndicators[7].scoreCenti = 700; // out of its tier: an error on the score
        document.load(r);
        SelfEvaluationPage page(&document);
        const Finding *f = findFinding(document.evaluation().findings, QLatin1String("qualitative_score_out_of_tier"));
        QVERIFY(f);
        QVERIFY(page.owns(f->fields.first()));
        QVERIFY(page.focusPath(f->fields.first()));
        QCOMPARE(page.indicators()->view()->currentIndex(), page.tableModel()->index(7, M::Score));
        QVERIFY(!page.tableModel()->index(7, M::Score).data(ReportListModel::ProblemRole).toString().isEmpty());
        // The row's reason is edited in the roomy editor below the grid.
        QVERIFY(page.focusPath(QStringLiteral("target_indicators[4].deviation")));
        auto *detail = page.indicators()->findChild<QPlainTextEdit *>();
        QVERIFY(detail);
        QCOMPARE(detail->toPlainText(), document.report().targetIndicators[4].deviation);
    }
};

QTEST_MAIN(TestSelfEvaluationPage)
#include "tst_selfevaluationpage.moc"
