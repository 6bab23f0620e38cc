#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "OverviewWindow.h"
#include "ReportDocument.h"
#include "ReportJsonReader.h"
#include "ReportJsonWriter.h"
#include "Workspace.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QToolBar>
#include <QUndoStack>

using namespace GuiTestSupport;

namespace {

QString samplePath()
{
    return QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json");
}

qint64 importSample(Workspace &ws)
{
    const SaveResult r = ws.importReport(*ReportJsonReader::readFile(samplePath()).report);
    return r.id;
}

OptionalMoney storedReception(const QString &file, const QString &department = QStringLiteral("湘潭市行政审批服务局"))
{
    Workspace ws;
    if (ws.open(WorkspaceLocation::sqlite(file)).isError())
        return std::nullopt;
    const LoadResult r = ws.load(department, 2023);
    return r.ok() ? r.stored->report.execution.threePublicActual.reception : std::nullopt;
}

} // namespace

// The window on a workspace: every edit is saved at once, two writers never overwrite each
// other silently.
class TestWorkspaceWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        isolate(m_dir);
    }

    void editsAreSavedAsTheyAreMade()
    {
        const QString file = m_dir.filePath(QStringLiteral("saves.sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(WorkspaceLocation::sqlite(file)).isError());
        const qint64 id = importSample(ws);
        MainWindow w;
        w.setWorkspace(&ws);
        QVERIFY(w.openLastStoredReport());
        QCOMPARE(w.session()->reportId(), id);
        w.show();

        w.document()->setValue(QStringLiteral("execution.three_public_actual.reception"), QVariant::fromValue(Money::fromWan(7)));
        QVERIFY(w.isWindowModified());
        // Saved on the next turn of the event loop: another connection sees it.
        QTRY_COMPARE(storedReception(file), OptionalMoney(Money::fromWan(7)));
        QTRY_VERIFY(!w.isWindowModified());
        // Undo is an edit too, and is saved.
        w.document()->undoStack()->undo();
        QTRY_COMPARE(storedReception(file), OptionalMoney(Money::fromWan(6, 47)));
        // Reopening the workspace opens the report last worked on.
        MainWindow again;
        again.setWorkspace(&ws);
        QVERIFY(again.openLastStoredReport());
        QCOMPARE(again.session()->reportId(), id);
    }

    void secondWriterIsRefusedAndKeepsACopy()
    {
        const QString file = m_dir.filePath(QStringLiteral("two.sqlite"));
        Workspace first;
        QVERIFY(!first.open(WorkspaceLocation::sqlite(file)).isError());
        importSample(first);
        Workspace second;
        QVERIFY(!second.open(WorkspaceLocation::sqlite(file)).isError());

        MainWindow a;
        a.setWorkspace(&first);
        QVERIFY(a.openLastStoredReport());
        MainWindow b;
        b.setWorkspace(&second);
        QVERIFY(b.openLastStoredReport());

        a.document()->setValue(QStringLiteral("execution.three_public_actual.reception"), QVariant::fromValue(Money::fromWan(7)));
        QTRY_COMPARE(storedReception(file), OptionalMoney(Money::fromWan(7)));

        // B edits the version it loaded before A's save: refused, B is asked, keeps a copy.
        Dialogs::takeShownMessages();
        Dialogs::setNextAnswers({Dialogs::Answer::KeepCopy});
        b.document()->setValue(QStringLiteral("execution.three_public_actual.reception"), QVariant::fromValue(Money::fromWan(8)));
        QStringList shown;
        QTRY_VERIFY((shown += Dialogs::takeShownMessages(), !shown.isEmpty()));
        QVERIFY(shown.first().contains(QStringLiteral("副本")));
        QTRY_COMPARE(storedReception(file), OptionalMoney(Money::fromWan(7))); // A's stays
        QTRY_COMPARE(storedReception(file, QStringLiteral("湘潭市行政审批服务局（副本）")), OptionalMoney(Money::fromWan(8)));
        QCOMPARE(b.document()->report().department, QStringLiteral("湘潭市行政审批服务局（副本）"));
    }

    void reloadTheirsDropsMine()
    {
        const QString file = m_dir.filePath(QStringLiteral("reload.sqlite"));
        Workspace first;
        QVERIFY(!first.open(WorkspaceLocation::sqlite(file)).isError());
        importSample(first);
        Workspace second;
        QVERIFY(!second.open(WorkspaceLocation::sqlite(file)).isError());
        MainWindow a;
        a.setWorkspace(&first);
        QVERIFY(a.openLastStoredReport());
        MainWindow b;
        b.setWorkspace(&second);
        QVERIFY(b.openLastStoredReport());
        a.document()->setValue(QStringLiteral("department"), QStringLiteral("湘潭市行政审批服务局"));
        a.document()->setValue(QStringLiteral("execution.spent.basic"), QVariant::fromValue(Money::fromWan(600)));
        QTRY_VERIFY(!a.isWindowModified());
        Dialogs::setNextAnswers({Dialogs::Answer::Reload});
        b.document()->setValue(QStringLiteral("execution.spent.project"), QVariant::fromValue(Money::fromWan(1)));
        QTRY_COMPARE(b.document()->report().execution.spent.basic, OptionalMoney(Money::fromWan(600)));
        QCOMPARE(b.document()->report().execution.spent.project, OptionalMoney(Money::fromWan(1239, 52)));
    }

    void browserOpensAnotherReport()
    {
        const QString file = m_dir.filePath(QStringLiteral("browse.sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(WorkspaceLocation::sqlite(file)).isError());
        importSample(ws);
        Report other = *ReportJsonReader::readFile(samplePath()).report;
        other.year = 2024;
        const qint64 otherId = ws.importReport(other).id;
        MainWindow w;
        w.setWorkspace(&ws);
        QVERIFY(w.openLastStoredReport());
        QVERIFY(w.browser()->select(QStringLiteral("湘潭市行政审批服务局"), 2024));
        w.browser()->openSelected();
        QCOMPARE(w.session()->reportId(), otherId);
        QCOMPARE(w.document()->report().year, 2024);
        // The stored 2023 report is this one's previous year: the year-on-year rates apply.
        QVERIFY(w.document()->previousYear().has_value());
        QCOMPARE(w.document()->previousYear()->year, 2023);
    }

    void anotherWorkspaceFromTheWindow()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(WorkspaceLocation::sqlite(first)).isError());
        importSample(ws);
        MainWindow w;
        w.setWorkspace(&ws);
        QVERIFY(w.openLastStoredReport());

        // Not a database: refused with a message; the current workspace stays.
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("these are my notes, not a database\n");
        notes.close();
        Dialogs::takeShownMessages();
        QVERIFY(!w.openWorkspace(text));
        QCOMPARE(Dialogs::takeShownMessages().size(), 1);
        QCOMPARE(w.session()->workspace(), &ws);

        // A new file: created (empty), so the window shows the sample as a file.
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        QVERIFY(w.openWorkspace(second));
        QVERIFY(w.session()->workspace() != &ws);
        QCOMPARE(w.session()->workspace()->location().filePath, second);
        QVERIFY(!w.session()->hasReport());
    }

    void openingAFileLeavesTheWorkspaceAlone()
    {
        const QString file = m_dir.filePath(QStringLiteral("file-mode.sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(WorkspaceLocation::sqlite(file)).isError());
        importSample(ws);
        MainWindow w;
        w.setWorkspace(&ws);
        QVERIFY(w.openLastStoredReport());
        const QString json = m_dir.filePath(QStringLiteral("alone.json"));
        QFile::copy(samplePath(), json);
        QFile::setPermissions(json, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(w.openFile(json));
        QVERIFY(!w.session()->hasReport());
        w.document()->setValue(QStringLiteral("execution.three_public_actual.reception"), QVariant::fromValue(Money::fromWan(9)));
        QVERIFY(!w.session()->hasUnsavedChanges());
        QCoreApplication::processEvents(); // the turn of the event loop in which an edit is saved
        QCOMPARE(storedReception(file), OptionalMoney(Money::fromWan(6, 47)));
        w.document()->undoStack()->setClean();
    }

    // Issue 11, a clerk's first hour: 新建报告 created a report without asking when an empty
    // cell happened to be selected, and an unnamed file otherwise.
    void newReportAsksAndCreatesInTheWorkspace()
    {
        const QString file = m_dir.filePath(QStringLiteral("new.sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(WorkspaceLocation::sqlite(file)).isError());
        importSample(ws);
        MainWindow w;
        w.setWorkspace(&ws);
        QVERIFY(w.openLastStoredReport());
        w.show();
        auto *newAction = w.findChild<QAction *>(QStringLiteral("newReportAction"));
        QVERIFY(newAction && newAction->shortcut() == QKeySequence(QKeySequence::New));
        const qint64 before = w.session()->reportId();
        Dialogs::setNextAnswers({Dialogs::Answer::Cancel});
        newAction->trigger();
        QCOMPARE(w.session()->reportId(), before);

        Dialogs::setNextAnswers({Dialogs::Answer::Yes});
        Dialogs::setNextFileNames({QStringLiteral("湘潭市教育局")});
        newAction->trigger();
        QVERIFY(w.session()->reportId() != before);
        QCOMPARE(w.document()->report().department, QStringLiteral("湘潭市教育局"));
        QCOMPARE(w.document()->report().year, 2024); // offered: the year after the selected report
        QVERIFY(ws.load(QStringLiteral("湘潭市教育局"), 2024).ok());
    }

    // Ctrl+S saves to the workspace, also a report opened from a file; a JSON file is an export.
    void saveGoesToTheWorkspaceAndJsonIsAnExport()
    {
        const QString file = m_dir.filePath(QStringLiteral("save.sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(WorkspaceLocation::sqlite(file)).isError());
        importSample(ws);
        MainWindow w;
        w.setWorkspace(&ws);
        QVERIFY(w.openLastStoredReport());
        w.show();
        Report other = *ReportJsonReader::readFile(samplePath()).report;
        other.department = QStringLiteral("湘潭市财政局");
        const QString json = m_dir.filePath(QStringLiteral("finance.json"));
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(ReportJsonWriter::write(other));
        }
        QVERIFY(w.openFile(json));
        QVERIFY(!w.session()->hasReport());
        w.document()->setValue(QStringLiteral("execution.three_public_actual.reception"), QVariant::fromValue(Money::fromWan(9)));
        auto *save = w.findChild<QAction *>(QStringLiteral("saveAction"));
        QVERIFY(save && save->shortcut() == QKeySequence(QKeySequence::Save));
        save->trigger();
        QVERIFY(w.session()->hasReport());
        QCOMPARE(storedReception(file, QStringLiteral("湘潭市财政局")), OptionalMoney(Money::fromWan(9)));
        QVERIFY(w.fileName().isEmpty());
        QVERIFY(!w.isWindowModified());

        // One item, one behaviour: no "save as"; the JSON file is under export.
        for (QAction *a : w.findChildren<QAction *>())
            QVERIFY2(!a->text().contains(QStringLiteral("另存为")), qPrintable(a->text()));
        auto *exportJson = w.findChild<QAction *>(QStringLiteral("exportJsonAction"));
        QVERIFY(exportJson);
        const QString out = m_dir.filePath(QStringLiteral("exported.json"));
        Dialogs::setNextFileNames({out});
        exportJson->trigger();
        QCOMPARE(ReportJsonReader::readFile(out).report->department, QStringLiteral("湘潭市财政局"));
        QVERIFY(w.session()->hasReport()); // still saving to the workspace
    }

    // A toolbar with what clerks use most, icons from the theme or the style, and the status.
    void toolBarHasWhatClerksUseMost()
    {
        const QString file = m_dir.filePath(QStringLiteral("toolbar.sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(WorkspaceLocation::sqlite(file)).isError());
        importSample(ws);
        MainWindow w;
        w.setWorkspace(&ws);
        QVERIFY(w.openLastStoredReport());
        w.show();
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar && bar->isVisible());
        QStringList names;
        for (QAction *a : bar->actions()) {
            if (a->objectName().startsWith(QLatin1String("tool"))) {
                names.append(a->objectName());
                QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
                QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
            }
        }
        QCOMPARE(names, (QStringList{QStringLiteral("toolNew"), QStringLiteral("toolSave"), QStringLiteral("toolExport"),
                                     QStringLiteral("toolPreview"), QStringLiteral("toolSubmit")}));
        auto *status = bar->findChild<QLabel *>(QStringLiteral("toolStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("草稿")), qPrintable(status->text()));

        auto *preview = w.findChild<QAction *>(QStringLiteral("toolPreview"));
        preview->trigger();
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("previewDock"))->isVisible());
        QVERIFY(preview->isChecked());

        auto *submit = w.findChild<QAction *>(QStringLiteral("toolSubmit"));
        QVERIFY(submit->isEnabled());
        submit->trigger();
        QCOMPARE(w.session()->status(), ReportStatus::Submitted);
        QVERIFY(!submit->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("已提交")), qPrintable(status->text()));
    }

    void overviewFromTheWorkspacePanel()
    {
        const QString file = m_dir.filePath(QStringLiteral("overview-panel.sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(WorkspaceLocation::sqlite(file)).isError());
        importSample(ws);
        MainWindow w;
        w.setWorkspace(&ws);
        QVERIFY(w.openLastStoredReport());
        auto *button = w.browser()->findChild<QPushButton *>(QStringLiteral("showOverview"));
        QVERIFY(button);
        button->click();
        QVERIFY(w.overviewWindow() && w.overviewWindow()->isVisible());
        w.overviewWindow()->close();
    }
};

QTEST_MAIN(TestWorkspaceWindow)
#include "tst_workspacewindow.moc"
