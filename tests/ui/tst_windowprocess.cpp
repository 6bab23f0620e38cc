// Issue 11's blocker, reproduced the way it was found: the window on `w.sqlite` in the
// current folder, 文件 › 导出 (Ctrl+E) opens its dialog in that folder and is cancelled,
// `jixiao list --db w.sqlite` runs in a second process, an edit is made and the window
// says 已保存到工作区, the window is killed with SIGKILL. Reopened, the workspace holds the
// edit. (Before the fix the dialog's MIME sniffing of w.sqlite dropped the window's locks,
// `jixiao list` deleted the -wal, and the acknowledged edit went into a deleted file.)
// Right after the dialog the window must still hold the file (the dialog's fix); the
// edit after `jixiao list` must survive the kill (the dialog's fix, and the save's own
// check, SqliteFileHold, either of which keeps it).
#include "ReportJsonReader.h"
#include "Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Waits for a line starting with `prefix` from the child; returns it (empty on timeout).
QString waitForLine(QProcess &child, const QString &prefix, QByteArray *seen)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const QStringList lines = QString::fromUtf8(*seen).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(prefix) || line.startsWith(QLatin1String("ERROR")) || line.startsWith(QLatin1String("FAILED")))
                return line;
        }
        if (waited.elapsed() > 30000 || child.state() != QProcess::Running)
            return QString();
        child.waitForReadyRead(1000);
        seen->append(child.readAllStandardOutput());
    }
}

} // namespace

class TestWindowProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void lastAcknowledgedEditSurvivesTheExportDialogAndAKill()
    {
        const QString file = m_dir.filePath(QStringLiteral("w.sqlite"));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("报告")));
        {
            Workspace ws;
            QVERIFY(!ws.open(WorkspaceLocation::sqlite(file)).isError());
            const ReportJsonReader::Result sample
                = ReportJsonReader::readFile(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
            QVERIFY(ws.importReport(*sample.report).ok());
        }
        QProcess window;
        window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        window.start(QStringLiteral(WINDOW_PROCESS_CHILD), {file, m_dir.filePath(QStringLiteral("settings"))});
        QVERIFY(window.waitForStarted());
        QByteArray seen;
        QCOMPARE(waitForLine(window, QStringLiteral("READY"), &seen), QStringLiteral("READY"));

        window.write("export-dialog\n");
        QCOMPARE(waitForLine(window, QStringLiteral("DIALOG-CANCELLED"), &seen), QStringLiteral("DIALOG-CANCELLED"));
        // The dialog listed the folder without opening the workspace file: the locks stay.
        window.write("hold\n");
        QCOMPARE(waitForLine(window, QStringLiteral("HOLD"), &seen), QStringLiteral("HOLD held"));

        QProcess list; // a second program on the same workspace, from the same folder
        list.setWorkingDirectory(m_dir.path());
        list.start(QStringLiteral(JIXIAO_BINARY), {QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("w.sqlite")});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        QVERIFY(list.readAllStandardOutput().contains("湘潭市行政审批服务局"));

        const QString edit = QStringLiteral("导出对话框之后的修改");
        window.write((QStringLiteral("edit ") + edit + QLatin1Char('\n')).toUtf8());
        QCOMPARE(waitForLine(window, QStringLiteral("ACK"), &seen), QStringLiteral("ACK 已保存到工作区"));
        window.kill();
        QVERIFY(window.waitForFinished());

        Workspace reopened;
        QVERIFY(!reopened.open(WorkspaceLocation::sqlite(file)).isError());
        const LoadResult stored = reopened.load(QStringLiteral("湘潭市行政审批服务局"), 2023);
        QVERIFY(stored.ok());
        QCOMPARE(stored.stored->report.preamble, edit);
        QString integrity;
        QVERIFY(!reopened.integrityCheck(&integrity).isError());
        QCOMPARE(integrity, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestWindowProcess)
#include "tst_windowprocess.moc"
