#pragma once

#include "WorkspaceError.h"
#include "WorkspaceLocation.h"

#include <QSqlError>
#include <QStringList>

// Everything that differs between SQLite and PostgreSQL, in one place. The rest of the
// storage code speaks the SQL both understand (BIGINT, TEXT, RETURNING, ? placeholders).
class SqlDialect
{
public:
    explicit SqlDialect(WorkspaceLocation::Engine engine = WorkspaceLocation::Engine::Sqlite) : m_engine(engine) {}

    WorkspaceLocation::Engine engine() const { return m_engine; }
    bool isSqlite() const { return m_engine == WorkspaceLocation::Engine::Sqlite; }
    QString driverName() const;

    // QSqlDatabase::setConnectOptions() for the connection.
    QString connectOptions(int busyTimeoutMs, int connectTimeoutSeconds, bool readOnly) const;
    // Run once per connection after opening (and after inspecting the file).
    QStringList sessionSetup(int busyTimeoutMs) const;

    // Primary key that is never reused, even after the newest row is deleted: history keeps
    // a deleted report's id, and restoring puts the report back under it.
    QString identityColumn() const;
    // Starts a write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE), so
    // two writers wait for each other at the start (busy timeout) instead of failing at
    // commit.
    QString beginWrite() const;
    // Appended to the SELECT that reads a row about to be updated.
    QString lockRowSuffix() const;
    // Serialises concurrent schema creation/migration (a statement, or empty).
    QString migrationLock() const;
    // SELECT of the names of the tables in the database (no parameters).
    QString listTables() const;
    // SQLite files belong to one program; a PostgreSQL database may be shared with others.
    bool ownsWholeDatabase() const { return isSqlite(); }

    // Maps the driver's error to a kind. SQLite gives its result code, PostgreSQL its
    // SQLSTATE; a PostgreSQL error without one is a connection-level problem.
    WorkspaceError::Kind classify(const QSqlError &error) const;

private:
    WorkspaceLocation::Engine m_engine;
};
