#pragma once

#include "SqlDialect.h"
#include "SqliteFileHold.h"
#include "WorkspaceError.h"
#include "WorkspaceLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>

// One database connection of a workspace: opens it (telling the user clearly why not),
// runs statements with their errors classified, and runs writes as transactions. A
// PostgreSQL connection that drops is reopened and the work tried once more; writes are
// idempotent (save ids), so a retry after a commit whose answer was lost is harmless.
// A SQLite connection checks before each read or write, and after each commit, that this
// process still holds the file as SQLite needs (SqliteFileHold): when not, it reopens the
// file, and a commit that went into a -wal nobody else reads is done again; when even
// that fails, the write fails (IoError) instead of being acknowledged.
class WorkspaceConnection
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceConnection)
public:
    struct Options
    {
        int busyTimeoutMs = 2000;      // wait for another writer this long, then say so
        int connectTimeoutSeconds = 5; // PostgreSQL
        bool createIfMissing = true;   // SQLite: create the file (and its directory)
    };

    WorkspaceConnection();
    ~WorkspaceConnection();
    WorkspaceConnection(const WorkspaceConnection &) = delete;
    WorkspaceConnection &operator=(const WorkspaceConnection &) = delete;

    static WorkspaceError checkDriver(WorkspaceLocation::Engine engine);

    // Connects; does not write anything (the schema is looked at and migrated afterwards).
    WorkspaceError open(const WorkspaceLocation &location, const Options &options);
    // PRAGMAs / SETs; called after the file has been recognised as a workspace.
    WorkspaceError setUpSession();
    void close();

    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    const SqlDialect &dialect() const { return m_dialect; }
    const WorkspaceLocation &location() const { return m_location; }
    const Options &options() const { return m_options; }
    QSqlDatabase database() const;

    // Prepares `sql` (placeholders "?"), binds `values` in order and executes it.
    WorkspaceError run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    // A statement without values (DDL, PRAGMA, transaction control).
    WorkspaceError runPlain(const QString &sql);
    WorkspaceError errorFrom(const QSqlError &error);

    // `work` inside one write transaction: committed when it returns no error, rolled back
    // otherwise.
    WorkspaceError write(const std::function<WorkspaceError()> &work);
    // `work` that only reads, with the same reconnect-once rule.
    WorkspaceError read(const std::function<WorkspaceError()> &work);

private:
    WorkspaceError openSqlite();
    WorkspaceError openPostgres();
    WorkspaceError connectionFailure(const QSqlError &error);
    WorkspaceError reconnect();
    WorkspaceError notConnected();
    WorkspaceError failed(const QSqlError &error);
    bool alive();
    WorkspaceError keepFileHeld();
    WorkspaceError reopenFile(SqliteFileHold::State state);
    WorkspaceError confirmCommit(bool *redo);
    WorkspaceError fileNotHeld(const QString &detail) const;
    QString where() const { return m_location.displayName(); }

    QString m_name;
    WorkspaceLocation m_location;
    Options m_options;
    SqlDialect m_dialect;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_lost = false;
    bool m_inTransaction = false;
    bool m_holdsFile = false; // SQLite, writable, session set up: its lock is to be kept
};
