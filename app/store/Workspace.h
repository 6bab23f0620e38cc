#pragma once

#include "ReportWriter.h"
#include "WorkspaceConnection.h"
#include "WorkspaceError.h"
#include "WorkspaceLocation.h"
#include "WorkspaceRecords.h"

#include <QCoreApplication>

// A workspace: any number of reports, one per (department, year), with their history,
// status and review comments, in a SQLite file or a PostgreSQL database. The same code
// serves both (dialect differences: SqlDialect).
//
// Every write is one transaction and is on disk when the call returns successfully.
// Writers never overwrite each other silently: each report has a revision, a save names the
// revision it was made from, and a stale one is refused (SaveResult::isConflict()); the
// caller then reloads, or keeps its version as a copy (saveAsCopy), or — after asking —
// saves over it with the current revision (the other version stays in history).
// After any failure nothing was written and the caller still holds its edit.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    struct Options
    {
        int busyTimeoutMs = 2000; // SQLite writes take milliseconds: longer is another program
        int connectTimeoutSeconds = 5;
        bool createIfMissing = true;
        QString userName;              // who saves; default: login name @ host
        int historyMergeSeconds = 600; // one history entry per person per 10 minutes of saves
    };

    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Says clearly when the Qt SQL plugin for an engine is not installed.
    static WorkspaceError checkDriver(WorkspaceLocation::Engine engine);
    static QString defaultUserName();

    // Connects, recognises the workspace (or refuses), and migrates its schema forward.
    WorkspaceError open(const WorkspaceLocation &location, const Options &options);
    WorkspaceError open(const WorkspaceLocation &location);
    void close();
    bool isOpen() const { return m_connection.isOpen(); }
    bool isReadOnly() const { return m_connection.isReadOnly(); }
    const WorkspaceLocation &location() const { return m_connection.location(); }
    const Options &options() const { return m_options; }

    // Reading.
    WorkspaceError list(QList<ReportSummary> *reports);
    LoadResult load(qint64 id);
    LoadResult load(const QString &department, int year);

    // Writing. Each returns the new revision; on failure nothing was written.
    SaveResult create(const Report &report);
    // `saveId` names a chain of edits not yet confirmed (ReportAutoSaver keeps one until a
    // save is acknowledged): if an earlier try was committed but its answer lost, a retry
    // with the same id goes on from it instead of conflicting with itself. Empty: a fresh id.
    SaveResult save(qint64 id, int baseRevision, const Report &report, const QString &saveId = {});
    // Keeps `report` as a new report named "<department>（副本）" (or （副本2）, …) for the same
    // year: the way out of a conflict that loses nothing.
    SaveResult saveAsCopy(const Report &report, qint64 originalId = 0);
    // Adds the report, or replaces the stored one of the same department and year.
    SaveResult importReport(const Report &report);
    // Removes the report; its last state stays in history (deletedReports, restore).
    SaveResult remove(qint64 id, int expectedRevision);
    // Puts a report back to a state from its history; a deleted report comes back under its
    // old id (expectedRevision is then not used).
    SaveResult restore(qint64 historyId, int expectedRevision);
    SaveResult restoreAsCopy(qint64 historyId);
    // This year's report from last year's (see ReportCarryForward).
    SaveResult newFromLastYear(const QString &department, int year);
    SaveResult setStatus(qint64 id, int expectedRevision, ReportStatus status);

    // History, newest first; the report as it was at an entry; reports deleted and not
    // restored (their last entry each).
    WorkspaceError history(qint64 reportId, QList<HistoryEntry> *entries);
    LoadResult historyState(qint64 historyId);
    WorkspaceError deletedReports(QList<HistoryEntry> *entries);

    // Review comments (never exported).
    WorkspaceError addComment(qint64 reportId, const QString &fieldPath, const QString &text, qint64 *id = nullptr);
    WorkspaceError comments(qint64 reportId, QList<ReportComment> *out);
    WorkspaceError setCommentResolved(qint64 commentId, bool resolved);

    // SQLite: PRAGMA integrity_check ("ok" when sound); PostgreSQL: a catalogue query.
    WorkspaceError integrityCheck(QString *result);
    // For tests and diagnostics.
    WorkspaceConnection &connection() { return m_connection; }

private:
    ReportWriter writer();
    LoadResult loadWhere(qint64 id, const QString &department, int year);

    WorkspaceConnection m_connection;
    Options m_options;
};
