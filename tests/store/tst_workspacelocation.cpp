#include "WorkspaceLocation.h"

#include <QDir>
#include <QTest>

class WorkspaceLocationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postgres_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("full") << "postgresql://clerk:s3cret@db.example.org:5433/jixiao" << "db.example.org" << 5433 << "jixiao" << "clerk" << "s3cret";
        QTest::newRow("no password, default port") << "postgresql://clerk@10.0.0.5/ws" << "10.0.0.5" << 5432 << "ws" << "clerk" << "";
        QTest::newRow("postgres:// too") << "postgres://u@h/d" << "h" << 5432 << "d" << "u" << "";
        QTest::newRow("encoded password") << "postgresql://u:p%40ss%3Aw@h:1/d" << "h" << 1 << "d" << "u" << "p@ss:w";
        QTest::newRow("socket directory, encoded") << "postgresql://u@%2Fvar%2Frun%2Fpostgresql/d" << "/var/run/postgresql" << 5432 << "d" << "u" << "";
        QTest::newRow("socket directory with port") << "postgresql://u@%2Ftmp%2Fsock:54329/d" << "/tmp/sock" << 54329 << "d" << "u" << "";
        QTest::newRow("host parameter") << "postgresql:///d?host=/tmp/sock&user=u" << "/tmp/sock" << 5432 << "d" << "u" << "";
        QTest::newRow("IPv6") << "postgresql://u@[::1]:5000/d" << "::1" << 5000 << "d" << "u" << "";
        QTest::newRow("no host") << "postgresql://u@/d" << "localhost" << 5432 << "d" << "u" << "";
    }
    void postgres()
    {
        QFETCH(QString, text);
        QString problem;
        const WorkspaceLocation l = WorkspaceLocation::parse(text, &problem);
        QVERIFY2(l.isValid(), qPrintable(problem));
        QCOMPARE(l.engine, WorkspaceLocation::Engine::Postgres);
        QTEST(l.host, "host");
        QTEST(l.port, "port");
        QTEST(l.databaseName, "database");
        QTEST(l.userName, "user");
        QTEST(l.password, "password");
        QVERIFY(!l.displayName().contains(QStringLiteral("s3cret")));
        QCOMPARE(WorkspaceLocation::parse(l.toString()), l); // what child processes get
    }

    void optionsArePassedOn()
    {
        const WorkspaceLocation l = WorkspaceLocation::parse(QStringLiteral("postgresql://u@h/d?sslmode=require"));
        QCOMPARE(l.options, QStringList{QStringLiteral("sslmode=require")});
        QCOMPARE(WorkspaceLocation::parse(l.toString()), l);
    }

    void sqliteFile()
    {
        const WorkspaceLocation l = WorkspaceLocation::parse(QStringLiteral("工作区.sqlite"));
        QCOMPARE(l.engine, WorkspaceLocation::Engine::Sqlite);
        QCOMPARE(l.filePath, QDir::current().absoluteFilePath(QStringLiteral("工作区.sqlite")));
        QCOMPARE(WorkspaceLocation::parse(QStringLiteral("/a/b/../c.db")).filePath, QStringLiteral("/a/c.db"));
        QCOMPARE(l.displayName(), QDir::toNativeSeparators(l.filePath));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "  ";
        QTest::newRow("no database") << "postgresql://u@h:5432/";
        QTest::newRow("bad port") << "postgresql://u@h:abc/d";
        QTest::newRow("port out of range") << "postgresql://u@h:70000/d";
        QTest::newRow("other scheme") << "mysql://u@h/d";
    }
    void refused()
    {
        QFETCH(QString, text);
        QString problem;
        QVERIFY(!WorkspaceLocation::parse(text, &problem).isValid());
        QVERIFY(!problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(WorkspaceLocationTest)
#include "tst_workspacelocation.moc"
