// Bad situations, each with a clear message and nothing overwritten: on SQLite and on a
// real PostgreSQL server (global data rows), plus those that only one engine can have.
#include "SchemaMigrations.h"
#include "StoreTestEnvironment.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class WorkspaceProblemsTest : public QObject
{
    Q_OBJECT

    StoreTestEnvironment m_env;
    QString m_engine;
    WorkspaceLocation m_location;

    bool isSqlite() const { return m_engine == QLatin1String("sqlite"); }
    qint64 withOneReport()
    {
        Workspace ws;
        if (ws.open(m_location).isError())
            return 0;
        return ws.create(StoreTestEnvironment::sampleReport()).id;
    }

private Q_SLOTS:
    void initTestCase_data() { StoreTestEnvironment::addEngineRows(); }
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.postgresProblem())); }
    void init()
    {
        STORE_INIT_ENGINE(m_env);
        m_engine = engine;
        m_location = m_env.freshLocation(engine);
    }

    void newerSchemaIsRefusedUntouched()
    {
        QVERIFY(withOneReport() > 0);
        {
            WorkspaceConnection c;
            QCOMPARE(c.open(m_location, {}).text(), QString());
            QSqlQuery q;
            QCOMPARE(c.run(q, QStringLiteral("UPDATE jixiao_meta SET value = ? WHERE key = ?"),
                           {QStringLiteral("99"), QStringLiteral("schema_version")}).text(),
                     QString());
        }
        const QByteArray before = isSqlite() ? fileHash(m_location.filePath) : QByteArray();
        Workspace ws;
        const WorkspaceError e = ws.open(m_location);
        QCOMPARE(e.kind, WorkspaceError::NewerSchema);
        QVERIFY2(e.message.contains(QStringLiteral("99")) && e.message.contains(QStringLiteral("升级")), qPrintable(e.message));
        QVERIFY(!ws.isOpen());
        if (isSqlite())
            QCOMPARE(fileHash(m_location.filePath), before);
        WorkspaceConnection c;
        QCOMPARE(c.open(m_location, {}).text(), QString());
        int version = 0;
        QVERIFY(!SchemaMigrations::inspect(c, &version).isError());
        QCOMPARE(version, 99);
    }

    void lockedByAnotherProgram()
    {
        const qint64 id = withOneReport();
        Workspace ws;
        Workspace::Options o;
        o.busyTimeoutMs = 300;
        QCOMPARE(ws.open(m_location, o).text(), QString());
        Report report = ws.load(id).stored->report;
        report.preamble = QStringLiteral("等锁的修改");
        {
            OtherConnection other(m_location);
            QVERIFY(other.lockForWriting());
            QElapsedTimer timer;
            timer.start();
            const SaveResult busy = ws.save(id, 1, report, QStringLiteral("s1"));
            QCOMPARE(busy.error.kind, WorkspaceError::Busy);
            QVERIFY(busy.error.isTransient());
            QVERIFY2(busy.error.message.contains(QStringLiteral("占用")), qPrintable(busy.error.message));
            QVERIFY2(timer.elapsed() >= 250, QByteArray::number(timer.elapsed()));
            QVERIFY(other.release());
        }
        const SaveResult retried = ws.save(id, 1, report, QStringLiteral("s1"));
        QVERIFY2(retried.ok(), qPrintable(retried.error.text()));
        QCOMPARE(ws.load(id).stored->report.preamble, QStringLiteral("等锁的修改"));
    }

    void notADatabase_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("a report file") << StoreTestEnvironment::sampleJson();
        QTest::newRow("text") << QByteArray("这不是数据库\n").repeated(100);
        QTest::newRow("binary") << QByteArray(4096, '\x7f');
    }
    void notADatabase()
    {
        if (!isSqlite())
            QSKIP("a file problem: SQLite only");
        QFETCH(QByteArray, bytes);
        QFile f(m_location.filePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        Workspace ws;
        const WorkspaceError e = ws.open(m_location);
        QCOMPARE(e.kind, WorkspaceError::NotADatabase);
        QVERIFY2(e.message.contains(QStringLiteral("不是工作区")), qPrintable(e.message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    void databaseOfAnotherProgram()
    {
        if (!isSqlite())
            QSKIP("a shared PostgreSQL database may hold other programs' tables");
        {
            OtherConnection other(m_location);
            QVERIFY(other.exec(QStringLiteral("CREATE TABLE customers (name TEXT)")));
        }
        const QByteArray before = fileHash(m_location.filePath);
        Workspace ws;
        const WorkspaceError e = ws.open(m_location);
        QCOMPARE(e.kind, WorkspaceError::NotAWorkspace);
        QVERIFY(e.message.contains(QStringLiteral("其他程序")));
        QCOMPARE(fileHash(m_location.filePath), before);
    }

    void readOnlyFile()
    {
        if (!isSqlite())
            QSKIP("a file problem: SQLite only (PostgreSQL: see permissionDenied)");
        const qint64 id = withOneReport();
        QFile::setPermissions(m_location.filePath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = fileHash(m_location.filePath);
        {
            Workspace ws;
            QCOMPARE(ws.open(m_location).text(), QString());
            QVERIFY(ws.isReadOnly());
            QList<ReportSummary> list;
            QVERIFY(!ws.list(&list).isError());
            QCOMPARE(list.size(), 1);
            Report report = ws.load(id).stored->report;
            report.preamble = QStringLiteral("改不了");
            const SaveResult refused = ws.save(id, 1, report);
            QCOMPARE(refused.error.kind, WorkspaceError::ReadOnly);
            QVERIFY2(refused.error.message.contains(QStringLiteral("只读")), qPrintable(refused.error.message));
            QCOMPARE(ws.create(report).error.kind, WorkspaceError::ReadOnly);
        }
        QCOMPARE(fileHash(m_location.filePath), before);
        QFile::setPermissions(m_location.filePath, QFile::ReadOwner | QFile::WriteOwner);
    }

    void diskFull()
    {
        if (!isSqlite())
            QSKIP("SQLITE_FULL is reproduced with max_page_count; a full PostgreSQL disk cannot be made here");
        const qint64 id = withOneReport();
        Workspace ws;
        QCOMPARE(ws.open(m_location).text(), QString());
        QSqlQuery q(ws.connection().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        // The same SQLITE_FULL a full disk gives, without filling the disk.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        Report report = ws.load(id).stored->report;
        report.preamble = QString(200000, QChar(0x7ee9)); // 绩…, far more than two pages
        const SaveResult full = ws.save(id, 1, report, QStringLiteral("big"));
        QCOMPARE(full.error.kind, WorkspaceError::DiskFull);
        QVERIFY(full.error.isTransient());
        QVERIFY2(full.error.message.contains(QStringLiteral("磁盘")), qPrintable(full.error.message));
        QCOMPARE(ws.load(id).stored->summary.revision, 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        const SaveResult retried = ws.save(id, 1, report, QStringLiteral("big"));
        QVERIFY2(retried.ok(), qPrintable(retried.error.text()));
        QString integrity;
        QVERIFY(!ws.integrityCheck(&integrity).isError());
        QCOMPARE(integrity, QStringLiteral("ok"));
    }

    void missingFileWhenNotCreating()
    {
        if (!isSqlite())
            QSKIP("SQLite only");
        Workspace ws;
        Workspace::Options o;
        o.createIfMissing = false;
        QCOMPARE(ws.open(m_location, o).kind, WorkspaceError::FileMissing);
        QVERIFY(!QFile::exists(m_location.filePath));
    }

    void wrongPassword()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only");
        WorkspaceLocation l = m_location;
        l.password = QStringLiteral("wrong");
        Workspace ws;
        const WorkspaceError e = ws.open(l);
        QCOMPARE(e.kind, WorkspaceError::AuthenticationFailed);
        QVERIFY2(e.message.contains(QStringLiteral("密码")), qPrintable(e.message));
        QVERIFY(!e.message.contains(QStringLiteral("wrong"))); // never shows a password
    }

    void serverDown()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only");
        WorkspaceLocation l = m_location;
        l.port = 1; // nothing listens there
        Workspace ws;
        WorkspaceError e = ws.open(l);
        QCOMPARE(e.kind, WorkspaceError::ServerUnreachable);
        QVERIFY2(e.message.contains(QStringLiteral("无法连接")), qPrintable(e.message));
        l = m_env.postgres().socketLocation(m_location.databaseName);
        l.host += QStringLiteral("/nowhere");
        QCOMPARE(ws.open(l).kind, WorkspaceError::ServerUnreachable);
    }

    void databaseMissing()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only");
        Workspace ws;
        const WorkspaceError e = ws.open(m_env.postgres().location(QStringLiteral("no_such_db")));
        QCOMPARE(e.kind, WorkspaceError::DatabaseMissing);
    }

    void socketDirectoryAsHost()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only");
        const qint64 id = withOneReport();
        const QString typed = QStringLiteral("postgresql://") + PostgresTestServer::userName() + QLatin1Char('@')
            + QString::fromLatin1(QUrl::toPercentEncoding(m_env.postgres().socketDir())) + QLatin1Char(':')
            + QString::number(m_env.postgres().port()) + QLatin1Char('/') + m_location.databaseName;
        Workspace ws;
        QCOMPARE(ws.open(WorkspaceLocation::parse(typed)).text(), QString());
        QVERIFY(ws.load(id).ok());
    }

    void connectionDropsBetweenSaves()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only");
        const qint64 id = withOneReport();
        Workspace ws;
        QCOMPARE(ws.open(m_location).text(), QString());
        Report report = ws.load(id).stored->report;
        QString why;
        QVERIFY2(m_env.postgres().terminateConnections(m_location.databaseName, &why), qPrintable(why));
        report.preamble = QStringLiteral("断线后的修改");
        const SaveResult saved = ws.save(id, 1, report); // reconnects by itself
        QVERIFY2(saved.ok(), qPrintable(saved.error.text()));
        QCOMPARE(ws.load(id).stored->report.preamble, QStringLiteral("断线后的修改"));
    }

    void serverGoesAwayWhileEditing()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only");
        const qint64 id = withOneReport();
        Workspace ws;
        QCOMPARE(ws.open(m_location).text(), QString());
        Report report = ws.load(id).stored->report;
        QVERIFY(m_env.postgres().stop(true));
        report.preamble = QStringLiteral("服务器停机时的修改");
        const SaveResult lost = ws.save(id, 1, report, QStringLiteral("pending-edit"));
        QString why;
        const bool restarted = m_env.postgres().start(&why);
        QCOMPARE(lost.error.kind, WorkspaceError::ConnectionLost);
        QVERIFY(lost.error.isTransient());
        QVERIFY2(lost.error.message.contains(QStringLiteral("连接中断")), qPrintable(lost.error.message));
        QVERIFY2(restarted, qPrintable(why));
        // The edit stayed with the caller; the retry (same save id) goes through.
        const SaveResult retried = ws.save(id, 1, report, QStringLiteral("pending-edit"));
        QVERIFY2(retried.ok(), qPrintable(retried.error.text()));
        QCOMPARE(retried.revision, 2);
        QCOMPARE(ws.load(id).stored->report.preamble, QStringLiteral("服务器停机时的修改"));
    }

    // Found by workspace_load_bench: a session that lost its connection while the server was
    // shutting down (pg_ctl restart) was refused a new one ("the database system is shutting
    // down") and took that for a permanent failure, so the edit was given up instead of kept
    // and retried.
    void serverShuttingDownWhileEditing()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only");
        const qint64 id = withOneReport();
        Workspace ws;
        QCOMPARE(ws.open(m_location).text(), QString());
        Report report = ws.load(id).stored->report;
        PostgresTestServer &server = m_env.postgres();
        QString why;
        {
            // A client that keeps the server in its smart shutdown, and ends our session.
            const QString name = QStringLiteral("lingering-client");
            QSqlDatabase lingering = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            lingering.setHostName(server.socketDir());
            lingering.setPort(server.port());
            lingering.setDatabaseName(QStringLiteral("postgres"));
            lingering.setUserName(PostgresTestServer::userName());
            QVERIFY2(lingering.open(), qPrintable(lingering.lastError().text()));
            QVERIFY2(server.beginSmartShutdown(&why), qPrintable(why));
            QSqlQuery end(lingering);
            QVERIFY2(end.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                                  .arg(m_location.databaseName)),
                     qPrintable(end.lastError().text()));
            report.preamble = QStringLiteral("服务器关闭时的修改");
            const SaveResult refused = ws.save(id, 1, report, QStringLiteral("pending-edit"));
            QCOMPARE(refused.error.kind, WorkspaceError::ConnectionLost);
            QVERIFY(refused.error.isTransient());
            end = QSqlQuery();
            lingering.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lingering-client"));
        QVERIFY2(server.waitStopped(&why), qPrintable(why));
        QVERIFY2(server.start(&why), qPrintable(why));
        const SaveResult retried = ws.save(id, 1, report, QStringLiteral("pending-edit"));
        QVERIFY2(retried.ok(), qPrintable(retried.error.text()));
        QCOMPARE(ws.load(id).stored->report.preamble, QStringLiteral("服务器关闭时的修改"));
    }

    void driverCheck()
    {
        QCOMPARE(Workspace::checkDriver(m_location.engine).kind, WorkspaceError::None);
        const WorkspaceError missing = WorkspaceError::driverMissing(QStringLiteral("QPSQL"));
        QCOMPARE(missing.kind, WorkspaceError::DriverMissing);
        QVERIFY(missing.message.contains(QStringLiteral("libqt6sql6-psql")));
        QVERIFY(WorkspaceError::driverMissing(QStringLiteral("QSQLITE")).message.contains(QStringLiteral("libqt6sql6-sqlite")));
    }
};

QTEST_GUILESS_MAIN(WorkspaceProblemsTest)
#include "tst_workspaceproblems.moc"
