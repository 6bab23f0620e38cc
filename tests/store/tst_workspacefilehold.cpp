// Issue 11, defect 1: saves silently lost on a SQLite workspace. Something in the window's
// process opened and closed the workspace file (a file dialog sniffing the folder), which
// drops every POSIX lock the process had on it; the next program to close its connection
// then took itself for the last one and deleted the -wal and -shm, and the window went on
// committing into deleted files. A save must detect that, reopen the file and be done
// again, so that other programs (and the window after a kill) read it.
#include "SqliteFileHold.h"
#include "StoreTestEnvironment.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

class TestWorkspaceFileHold : public QObject
{
    Q_OBJECT

    StoreTestEnvironment m_env;

    // Opens and closes the file in this process, as a file dialog's MIME sniffing did.
    static void sniff(const QString &file)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(16).left(6), QByteArray("SQLite"));
    }
    // Another program on the workspace (store_writer_child): its output line.
    static QString other(const WorkspaceLocation &location, const QStringList &arguments)
    {
        QProcess child;
        child.start(QStringLiteral(STORE_WRITER_CHILD), QStringList{location.toString()} + arguments);
        if (!child.waitForFinished(60000))
            return QStringLiteral("TIMEOUT");
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }
    static bool walDeleted(const QString &file)
    {
        return !QFile::exists(file + QStringLiteral("-wal"));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // SQLite only: no server

    void aClosedDescriptorIsSeen()
    {
        const WorkspaceLocation location = m_env.freshLocation(QStringLiteral("sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(location).isError());
        QVERIFY(ws.create(StoreTestEnvironment::sampleReport()).ok());
        QCOMPARE(SqliteFileHold::check(location.filePath), SqliteFileHold::State::Held);
        sniff(location.filePath);
        QCOMPARE(SqliteFileHold::check(location.filePath), SqliteFileHold::State::LockLost);
        // The other program now believes it is the last one and removes the -wal.
        QCOMPARE(other(location, {QStringLiteral("list")}), QStringLiteral("REPORTS 1"));
        QVERIFY(walDeleted(location.filePath));
        QCOMPARE(SqliteFileHold::check(location.filePath), SqliteFileHold::State::FileReplaced);
    }

    void aSaveAfterTheLossReachesOtherPrograms()
    {
        const WorkspaceLocation location = m_env.freshLocation(QStringLiteral("sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(location).isError());
        Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        QVERIFY(created.ok());
        report.preamble = QStringLiteral("丢锁之前的修改");
        SaveResult saved = ws.save(created.id, created.revision, report);
        QVERIFY(saved.ok());

        sniff(location.filePath);
        QCOMPARE(other(location, {QStringLiteral("list")}), QStringLiteral("REPORTS 1"));
        report.preamble = QStringLiteral("丢锁之后的修改");
        saved = ws.save(created.id, saved.revision, report);
        QVERIFY2(saved.ok(), qPrintable(saved.error.text()));
        const QString id = QString::number(created.id);
        QCOMPARE(other(location, {QStringLiteral("preamble"), id}), QStringLiteral("PREAMBLE 丢锁之后的修改"));
        // The reopened connection holds the file again: the next save is an ordinary one.
        QCOMPARE(SqliteFileHold::check(location.filePath), SqliteFileHold::State::Held);
        report.preamble = QStringLiteral("再下一次修改");
        QVERIFY(ws.save(created.id, saved.revision, report).ok());
        QCOMPARE(other(location, {QStringLiteral("preamble"), id}), QStringLiteral("PREAMBLE 再下一次修改"));
    }

    void aCommitIntoADeletedWalIsDoneAgain()
    {
        // The loss happens while the write is under way: only the check after the commit
        // can see that it went into a -wal nobody else reads.
        const WorkspaceLocation location = m_env.freshLocation(QStringLiteral("sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(location).isError());
        int runs = 0;
        const WorkspaceError e = ws.connection().write([&]() -> WorkspaceError {
            if (++runs == 1) {
                sniff(location.filePath);
                if (other(location, {QStringLiteral("list")}) != QLatin1String("REPORTS 0") || !walDeleted(location.filePath))
                    return WorkspaceError::of(WorkspaceError::Other, QStringLiteral("the set-up did not lose the -wal"));
            }
            QSqlQuery q;
            return ws.connection().run(q, QStringLiteral("INSERT OR REPLACE INTO jixiao_meta (key, value) VALUES (?, ?)"),
                                       {QStringLiteral("probe"), QStringLiteral("acknowledged")});
        });
        QVERIFY2(!e.isError(), qPrintable(e.text()));
        QCOMPARE(runs, 2);
        QCOMPARE(other(location, {QStringLiteral("meta"), QStringLiteral("probe")}), QStringLiteral("META acknowledged"));
    }

    void aLostLockAloneNeedsNoSecondCommit()
    {
        // The files are still the ones others read: the commit is there, it is not repeated
        // (a create done twice would be refused as a duplicate of itself).
        const WorkspaceLocation location = m_env.freshLocation(QStringLiteral("sqlite"));
        Workspace ws;
        QVERIFY(!ws.open(location).isError());
        int runs = 0;
        const WorkspaceError e = ws.connection().write([&]() -> WorkspaceError {
            if (++runs == 1)
                sniff(location.filePath);
            QSqlQuery q;
            return ws.connection().run(q, QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES (?, ?)"),
                                       {QStringLiteral("once"), QStringLiteral("yes")});
        });
        QVERIFY2(!e.isError(), qPrintable(e.text()));
        QCOMPARE(runs, 1);
        QCOMPARE(SqliteFileHold::check(location.filePath), SqliteFileHold::State::Held);
        QCOMPARE(other(location, {QStringLiteral("meta"), QStringLiteral("once")}), QStringLiteral("META yes"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFileHold)
#include "tst_workspacefilehold.moc"
