#pragma once

#include "WorkspaceLocation.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

// A throwaway PostgreSQL server for tests and benchmarks: initdb into a temporary
// directory, pg_ctl on a free port with its own socket directory, stopped and removed at
// the end. As root the server runs as the `postgres` user (runuser), otherwise as the
// current user. Password login (scram) over TCP, trust over the socket.
class PostgresTestServer
{
public:
    PostgresTestServer();
    ~PostgresTestServer();

    // The directory of initdb/pg_ctl, or empty when no server binaries are installed
    // ($JIXIAO_PG_BINDIR when set, else /usr/lib/postgresql/*/bin).
    static QString binDir();

    bool start(QString *why);
    // The tests run with fsync off (speed); a benchmark wants a server that syncs like a
    // real one. Call before start().
    void setDurable(bool durable) { m_durable = durable; }
    // 40 by default; a benchmark of many sessions needs more. Call before start().
    void setMaxConnections(int n) { m_maxConnections = n; }
    bool stop(bool immediate = false); // the data stays: start() again brings it back
    // pg_ctl stop -m smart, without waiting: until its last client leaves, the server
    // refuses new connections ("the database system is shutting down"), then it stops.
    // waitStopped() waits for that.
    bool beginSmartShutdown(QString *why);
    bool waitStopped(QString *why);
    // pg_ctl restart -m fast: every client connection is dropped, the server comes back.
    bool restart(QString *why);
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    // The server's log (its standard error): what it wrote about each failed statement.
    QString logFile() const;
    QString socketDir() const;
    static QString userName() { return QStringLiteral("jixiao"); }
    static QString password() { return QStringLiteral("jixiao-test-pw"); }

    // A new, empty database on the server.
    bool createDatabase(const QString &name, QString *why);
    // Ends every client connection to `database` (a connection dropping mid-work).
    bool terminateConnections(const QString &database, QString *why);
    // Login over TCP with the password.
    WorkspaceLocation location(const QString &database) const;
    // Login through the socket directory.
    WorkspaceLocation socketLocation(const QString &database) const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *why, int timeoutMs = 60000);
    bool admin(const QString &sql, QString *why);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
    bool m_durable = false;
    int m_maxConnections = 40;
};
