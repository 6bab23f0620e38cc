#include "CommentsPanel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "ReportDocument.h"
#include "ReportJsonReader.h"
#include "ReviewBar.h"
#include "ChartsPanel.h"
#include "OverviewWindow.h"
#include "ReviewPanel.h"
#include "YearFigures.h"
#include "Workspace.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace GuiTestSupport;

// Approval in the window (issue 6): submitting needs no errors, an approved report refuses
// edits until reopened, returning needs a reason, comments show beside their field. On a
// private SQLite workspace the one user has every role.
class TestReviewWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    std::unique_ptr<MainWindow> m_window;

    MainWindow &open(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        m_workspace.close();
        if (m_workspace.open(WorkspaceLocation::sqlite(file)).isError())
            qFatal("cannot open workspace");
        m_workspace.importReport(*ReportJsonReader::readFile(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json")).report);
        m_window = std::make_unique<MainWindow>();
        m_window->setWorkspace(&m_workspace);
        m_window->openLastStoredReport();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        return *m_window;
    }

    static ReportStatus status(MainWindow &w)
    {
        return w.session()->status();
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolate(m_dir);
    }

    void cleanup()
    {
        m_window.reset();
    }

    void submitNeedsNoErrors()
    {
        MainWindow &w = open(QStringLiteral("submit.sqlite"));
        QCOMPARE(status(w), ReportStatus::Draft);
        QVERIFY(w.reviewBar()->isVisible());
        w.document()->setValue(QStringLiteral("execution.carryover_out"), QVariant::fromValue(Money::fromWan(12)));
        QCOMPARE(w.document()->evaluation().errorCount(), 1);
        Dialogs::takeShownMessages();
        QVERIFY(!w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        const QStringList shown = Dialogs::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("错误")), qPrintable(shown.first()));
        QCOMPARE(status(w), ReportStatus::Draft);

        w.document()->undoStack()->undo();
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        QCOMPARE(status(w), ReportStatus::Submitted);
        QVERIFY(w.reviewBar()->statusText().contains(QStringLiteral("已提交")));
    }

    // Issue 11, defect 2: a refused value could be submitted (the store holds the old value).
    void refusedValueBlocksSubmit()
    {
        MainWindow &w = open(QStringLiteral("refused.sqlite"));
        auto *field = fieldWidget<NumberField>(&w, QStringLiteral("execution.spent.basic"));
        w.navigateTo(QStringLiteral("execution.spent.basic"));
        retype(field->lineEdit(), QStringLiteral("1.1234567"));
        Dialogs::takeShownMessages();
        QVERIFY(!w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        const QStringList shown = Dialogs::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("错误")), qPrintable(shown.first()));
        QCOMPARE(status(w), ReportStatus::Draft);
        QTest::keyClick(field->lineEdit(), Qt::Key_Escape);
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        QCOMPARE(status(w), ReportStatus::Submitted);
    }

    void approvedReportRefusesEditsUntilReopened()
    {
        MainWindow &w = open(QStringLiteral("approve.sqlite"));
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        Dialogs::setNextAnswers({Dialogs::Answer::Yes});
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Approve)));
        QCOMPARE(status(w), ReportStatus::Approved);
        QVERIFY(w.document()->isReadOnly());

        auto *field = fieldWidget<NumberField>(&w, QStringLiteral("execution.spent.basic"));
        w.navigateTo(QStringLiteral("execution.spent.basic"));
        QVERIFY(field->lineEdit()->isReadOnly());
        retype(field->lineEdit(), QStringLiteral("1"));
        QCOMPARE(w.document()->report().execution.spent.basic, OptionalMoney(Money::fromWan(623, 9)));
        QVERIFY(!w.document()->setValue(QStringLiteral("department"), QStringLiteral("x")));
        QVERIFY(!w.document()->undoStack()->canUndo());
        // The store refuses too (another window, the command line): nothing was saved.
        QCOMPARE(m_workspace.load(w.session()->reportId()).stored->report.execution.spent.basic,
                 OptionalMoney(Money::fromWan(623, 9)));

        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Reopen)));
        QCOMPARE(status(w), ReportStatus::Draft);
        QVERIFY(!field->lineEdit()->isReadOnly());
        QVERIFY(w.document()->setValue(QStringLiteral("execution.spent.basic"), QVariant::fromValue(Money::fromWan(600))));
    }

    // Issue 11, defect 3: the clerk changed the title of a report under review.
    void submittedReportIsLockedUntilReturned()
    {
        MainWindow &w = open(QStringLiteral("submitted.sqlite"));
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        QCOMPARE(status(w), ReportStatus::Submitted);
        QVERIFY(w.document()->isReadOnly());
        auto *title = fieldWidget<QLineEdit>(&w, QStringLiteral("title"));
        QVERIFY(title && title->isReadOnly());
        QVERIFY(!w.document()->setValue(QStringLiteral("title"), QStringLiteral("改过的标题")));
        auto *fill = w.findChild<QAction *>(QStringLiteral("fillFromTablesAction"));
        QVERIFY(fill && !fill->isEnabled());
        bool said = false;
        for (QLabel *l : w.reviewBar()->findChildren<QLabel *>())
            said = said || l->text().contains(QStringLiteral("审核期间不能修改"));
        QVERIFY(said);

        Dialogs::setNextFileNames({QStringLiteral("请补充说明")});
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Return)));
        QVERIFY(!w.document()->isReadOnly());
        QVERIFY(!title->isReadOnly());
        QVERIFY(w.document()->setValue(QStringLiteral("title"), QStringLiteral("改过的标题")));
        QVERIFY(fill->isEnabled());
    }

    // Reopened from the workspace, a submitted report is locked as well.
    void submittedReportIsLockedWhenOpened()
    {
        MainWindow &w = open(QStringLiteral("submitted-open.sqlite"));
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        m_window = std::make_unique<MainWindow>();
        m_window->setWorkspace(&m_workspace);
        QVERIFY(m_window->openLastStoredReport());
        QVERIFY(m_window->document()->isReadOnly());
    }

    // Issue 11, defect 4: approving went through with 7 warnings and unscored manual items,
    // two quick clicks after submitting, at the same place.
    void approvingAsksSayingWhatIsOpen()
    {
        MainWindow &w = open(QStringLiteral("ask.sqlite"));
        const int pending = w.document()->evaluation().score.pending;
        QVERIFY(pending > 0);
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        Dialogs::takeShownMessages();
        Dialogs::setNextAnswers({Dialogs::Answer::No});
        QVERIFY(!w.reviewBar()->act(int(ReportWorkflow::Action::Approve)));
        QCOMPARE(status(w), ReportStatus::Submitted);
        const QStringList asked = Dialogs::takeShownMessages();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("警告 7 项")), qPrintable(asked.first()));
        QVERIFY2(asked.first().contains(QStringLiteral("待人工评分 %1 项").arg(pending)), qPrintable(asked.first()));
        Dialogs::setNextAnswers({Dialogs::Answer::Yes});
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Approve)));
        QCOMPARE(status(w), ReportStatus::Approved);
    }

    void returningSaysWhatIsOpen()
    {
        MainWindow &w = open(QStringLiteral("ask-return.sqlite"));
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        Dialogs::takeShownMessages();
        Dialogs::setNextFileNames({QStringLiteral("请补充")});
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Return)));
        const QStringList asked = Dialogs::takeShownMessages();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("仍未解决")) && asked.first().contains(QStringLiteral("待人工评分")),
                 qPrintable(asked.first()));
    }

    void reviewerButtonsAreApartFromTheClerks()
    {
        MainWindow &w = open(QStringLiteral("apart.sqlite"));
        auto *reviewer = w.reviewBar()->findChild<QWidget *>(QStringLiteral("reviewerActions"));
        QVERIFY(reviewer);
        auto button = [&w](ReportWorkflow::Action a) {
            return w.reviewBar()->findChild<QPushButton *>(QStringLiteral("workflow_%1").arg(int(a)));
        };
        QPushButton *submit = button(ReportWorkflow::Action::Submit);
        QVERIFY(submit && submit->isVisible() && !reviewer->isAncestorOf(submit));
        QVERIFY(!reviewer->isVisible()); // a draft: nothing for the reviewer yet
        const QPoint submitAt = submit->mapTo(&w, QPoint(0, 0));
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE(status(w), ReportStatus::Submitted);
        QPushButton *approve = button(ReportWorkflow::Action::Approve);
        QVERIFY(approve && reviewer->isAncestorOf(approve));
        QTRY_VERIFY(reviewer->isVisible());
        // Not where the clerk's button was: a second click there approves nothing.
        QVERIFY(!approve->geometry().translated(approve->parentWidget()->mapTo(&w, QPoint(0, 0))).contains(submitAt + QPoint(4, 4)));
        QVERIFY(button(ReportWorkflow::Action::Return) && reviewer->isAncestorOf(button(ReportWorkflow::Action::Return)));
    }

    void returningNeedsAReason()
    {
        MainWindow &w = open(QStringLiteral("return.sqlite"));
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Submit)));
        Dialogs::setNextFileNames({QString()}); // the reviewer cancels the reason
        QVERIFY(!w.reviewBar()->act(int(ReportWorkflow::Action::Return)));
        QCOMPARE(status(w), ReportStatus::Submitted);
        Dialogs::setNextFileNames({QStringLiteral("请补充政府采购预算")});
        QVERIFY(w.reviewBar()->act(int(ReportWorkflow::Action::Return)));
        QCOMPARE(status(w), ReportStatus::Returned);
        QCOMPARE(w.session()->statusNote(), QStringLiteral("请补充政府采购预算"));
        // The reason stays after reopening the window.
        m_window = std::make_unique<MainWindow>();
        m_window->setWorkspace(&m_workspace);
        QVERIFY(m_window->openLastStoredReport());
        QCOMPARE(m_window->session()->statusNote(), QStringLiteral("请补充政府采购预算"));
    }

    // The real dialog (no seam): 确定 on an empty reason closed it and nothing happened.
    void reasonDialogOffersOkOnlyWithAText()
    {
        Dialogs::setTesting(false);
        bool emptyRefused = false;
        bool writtenAccepted = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            auto *edit = dialog->findChild<QPlainTextEdit *>();
            QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
            if (ok && edit) {
                emptyRefused = !ok->isEnabled();
                edit->setPlainText(QStringLiteral("   "));
                emptyRefused = emptyRefused && !ok->isEnabled();
                edit->setPlainText(QStringLiteral("请补充政府采购预算"));
                writtenAccepted = ok->isEnabled();
            }
            dialog->reject();
        });
        poll.start(10);
        Dialogs::askText(nullptr, QStringLiteral("退回报告"), QStringLiteral("请写明退回的原因："));
        Dialogs::setTesting(true);
        QVERIFY(emptyRefused);
        QVERIFY(writtenAccepted);
    }

    void overviewOpensAReport()
    {
        MainWindow &w = open(QStringLiteral("overview.sqlite"));
        Report other = w.document()->report();
        other.department = QStringLiteral("湘潭市财政局");
        const qint64 otherId = m_workspace.importReport(other).id;
        w.showOverview();
        OverviewWindow *overview = w.overviewWindow();
        QVERIFY(overview && overview->isVisible());
        QCOMPARE(overview->year(), 2023);
        QCOMPARE(overview->shownRecords().size(), 2);
        Q_EMIT overview->openRequested(otherId);
        QCOMPARE(w.session()->reportId(), otherId);
        QCOMPARE(w.document()->report().department, QStringLiteral("湘潭市财政局"));
    }

    void trendGetsTheStoredEarlierYears()
    {
        MainWindow &w = open(QStringLiteral("trend.sqlite"));
        Report later = w.document()->report();
        later.year = 2024;
        const qint64 laterId = m_workspace.importReport(later).id;
        QVERIFY(w.openStoredReport(laterId));
        QCOMPARE(w.reviewPanel()->chartsPanel()->earlierYears().size(), 1);
        QCOMPARE(w.reviewPanel()->chartsPanel()->earlierYears().first().year, 2023);
    }

    void commentsAppearAtTheirField()
    {
        MainWindow &w = open(QStringLiteral("comments.sqlite"));
        const QString path = QStringLiteral("execution.three_public_actual.reception");
        Dialogs::setNextFileNames({QStringLiteral("接待费与批次不符，请核对")});
        QVERIFY(w.commentsPanel()->addComment(path));
        auto *field = fieldWidget<NumberField>(&w, path);
        auto *label = qobject_cast<QLabel *>(field->property("commentLabel").value<QObject *>());
        QVERIFY(label);
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(QStringLiteral("接待费与批次不符")), qPrintable(label->text()));
        // A comment on a table row shows under the table.
        Dialogs::setNextFileNames({QStringLiteral("请写明依据")});
        QVERIFY(w.commentsPanel()->addComment(QStringLiteral("budget.adjustments[1].reason")));
        bool underTable = false;
        for (QLabel *l : w.findChildren<QLabel *>(QStringLiteral("reviewComment")))
            underTable = underTable || (l->text().contains(QStringLiteral("第2行")) && !l->isHidden());
        QVERIFY(underTable);
        // Resolved: gone from beside the field.
        const qint64 id = w.session()->comments().first().id;
        QVERIFY(!w.session()->setCommentResolved(id, true).isError());
        QVERIFY(label->isHidden());
        // The field being edited is the one a new comment is about.
        w.navigateTo(QStringLiteral("execution.spent.project"));
        QCOMPARE(w.currentFieldPath(), QStringLiteral("execution.spent.project"));
    }
};

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
