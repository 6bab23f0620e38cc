#pragma once

#include "PostgresTestServer.h"
#include "Workspace.h"

#include <QTemporaryDir>

// What the storage suites share: the engines every test runs on (Qt Test global data,
// rows "sqlite" and "postgresql"), a fresh empty workspace per test, and the throwaway
// PostgreSQL server. Use in initTestCase_data(), initTestCase(), init(), cleanupTestCase().
class StoreTestEnvironment
{
public:
    static void addEngineRows();
    // Starts the server. False when PostgreSQL is installed and did not start, or is not
    // installed in CI (CI=true): a failure. Not installed elsewhere, its rows are skipped.
    bool start();
    bool postgresAvailable() const { return m_postgresStarted; }
    QString postgresProblem() const { return m_postgresProblem; }
    PostgresTestServer &postgres() { return m_postgres; }

    // A new empty workspace location on `engine` ("sqlite" | "postgresql").
    WorkspaceLocation freshLocation(const QString &engine);
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    // The sample report and one with every field and unknown keys at several levels.
    static Report sampleReport();
    static QByteArray sampleJson();
    static QByteArray everyFieldJson();

private:
    QTemporaryDir m_dir;
    PostgresTestServer m_postgres;
    bool m_postgresStarted = false;
    QString m_postgresProblem;
    int m_counter = 0;
};

// A raw connection of "another program" to a workspace (to hold locks, change the schema).
class OtherConnection
{
public:
    explicit OtherConnection(const WorkspaceLocation &location);
    ~OtherConnection();
    bool exec(const QString &sql);
    // Takes the lock a writer needs, in a transaction left open until release().
    bool lockForWriting();
    bool release() { return exec(QStringLiteral("ROLLBACK")); }

private:
    const QString m_name = QStringLiteral("other-connection");
    bool m_sqlite;
};

// In init(): skips PostgreSQL rows when the server could not be started (with the reason).
#define STORE_INIT_ENGINE(env)                                                                    \
    QFETCH_GLOBAL(QString, engine);                                                               \
    if (engine == QLatin1String("postgresql") && !(env).postgresAvailable())                      \
        QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: ") + (env).postgresProblem()))
