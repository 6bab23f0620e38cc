#pragma once

#include "OverviewRecord.h"
#include "WorkspaceConnection.h"
#include "WorkspaceError.h"
#include "WorkspaceLocation.h"
#include "WorkspaceRecords.h"

#include <QCoreApplication>

class ReportWriter; // the SQL stays inside the store (app/report has a ReportTable of its own)

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
//
// Review (issue 6): each report has a status (ReportWorkflow: 草稿 → 已提交 → 已退回 /
// 已审核, reopened to 草稿), manual scores, review comments and an audit trail nobody can
// edit. Who may do what comes from currentUser(): on SQLite the one user has every role; on
// PostgreSQL each person is a database login with their roles, and the database enforces
// them too (PostgresSecurity), so a refusal arrives as PermissionDenied / ReportLocked /
// NotAllowed with a sentence saying why.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    struct Options
    {
        int busyTimeoutMs = 2000; // SQLite writes take milliseconds: longer is another program
        int connectTimeoutSeconds = 5;
        bool createIfMissing = true;
        QString userName;              // who saves; default: login name @ host (SQLite), the
                                       // database login (PostgreSQL; always, unless the owner)
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

    // Who is connected and what they may do.
    const WorkspaceUser &currentUser() const { return m_user; }
    // The status changes open to the current user for a report (the window's buttons);
    // errors are checked when the change is made.
    QList<ReportWorkflow::Action> availableActions(const ReportSummary &report) const;

    // Writing. Each returns the new revision; on failure nothing was written. Refused with
    // PermissionDenied when the report is not the current user's to edit (another
    // department, or not a clerk), with ReportLocked while it is approved.
    SaveResult create(const Report &report);
    // `saveId` names a chain of edits not yet confirmed (ReportAutoSaver keeps one until a
    // save is acknowledged): if an earlier try was committed but its answer lost, a retry
    // with the same id goes on from it instead of conflicting with itself. Empty: a fresh id.
    SaveResult save(qint64 id, int baseRevision, const Report &report, const QString &saveId = {});
    // The report and its manual scores in one save (one revision); as save().
    SaveResult save(qint64 id, int baseRevision, const Report &report, const ManualScores &scores,
                    const QString &saveId = {});
    // Only the manual scores (score item id → score and reason, ScoreCard.h): a change of
    // the report like an edit (a new revision, the same conflict rules, in the audit trail).
    SaveResult saveManualScores(qint64 id, int baseRevision, const ManualScores &scores, const QString &saveId = {});
    WorkspaceError manualScores(qint64 reportId, ManualScores *out);
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
    // Moves a report along the workflow (ReportWorkflow). Refused with NotAllowed when it is
    // not a step of it, when submitting a report with errors (evaluated now, with the stored
    // previous year), or when returning without a comment; with PermissionDenied when the
    // step is not the current user's (submit: a clerk of the department; the others: a
    // reviewer). `comment`: the reviewer's reason (required to return), kept as the
    // report's statusNote and in the audit trail.
    SaveResult setStatus(qint64 id, int expectedRevision, ReportStatus status, const QString &comment = {});

    // History, newest first; the report as it was at an entry; reports deleted and not
    // restored (their last entry each).
    WorkspaceError history(qint64 reportId, QList<HistoryEntry> *entries);
    LoadResult historyState(qint64 historyId);
    WorkspaceError deletedReports(QList<HistoryEntry> *entries);

    // Review comments (never exported) on the whole report (empty path), a section
    // ("budget") or a field ("budget.adjustments[2].reason"). Reviewers and the report's
    // clerks may write them; the author and time are the current user and now.
    WorkspaceError addComment(qint64 reportId, const QString &fieldPath, const QString &text, qint64 *id = nullptr);
    WorkspaceError comments(qint64 reportId, QList<ReportComment> *out);
    WorkspaceError setCommentResolved(qint64 commentId, bool resolved);

    // The audit trail of a report, oldest first: every creation, edit (the fields, old →
    // new), status change (with the reviewer's comment), manual score and deletion.
    WorkspaceError auditTrail(qint64 reportId, QList<AuditEntry> *out);

    // The overview of a year: one line per department, from what was stored when each
    // report was saved (fast for 1,000 departments). Only the reports the current user may
    // read (PostgreSQL: a clerk sees their department). On PostgreSQL a stored line is taken
    // only when the owner or a reviewer wrote it of the content as it is; any other is
    // evaluated again from the content (OverviewRecord::storedMismatch when they disagree)
    // and, for the owner and reviewers, kept for the next time.
    WorkspaceError overview(int year, QList<OverviewRecord> *out);
    WorkspaceError overviewYears(QList<int> *years); // newest first

    // The people of the workspace (PostgreSQL; on SQLite the list is empty and the one user
    // has every role). setUser adds a person or changes their roles, creating their database
    // login when it does not exist yet (then `password` is required); removeUser takes them
    // out of the workspace. Administrators and the owner only.
    WorkspaceError users(QList<WorkspaceUser> *out);
    WorkspaceError setUser(const WorkspaceUser &user, const QString &password = {});
    WorkspaceError removeUser(const QString &login);
    // PostgreSQL: whether a database login of that name exists on the server (setting the
    // password of one changes it for every database there).
    WorkspaceError loginExists(const QString &login, bool *exists);
    // Creates the group roles when the migration could not (run by a login with CREATEROLE).
    WorkspaceError setUpRoles();

    // SQLite: PRAGMA integrity_check ("ok" when sound); PostgreSQL: a catalogue query.
    WorkspaceError integrityCheck(QString *result);
    // For tests and diagnostics.
    WorkspaceConnection &connection() { return m_connection; }

private:
    ReportWriter writer();
    LoadResult loadWhere(qint64 id, const QString &department, int year);

    WorkspaceError identify();
    WorkspaceError notAUser(const QString &login) const;
    WorkspaceError usersAreOnPostgres() const;

    WorkspaceConnection m_connection;
    Options m_options;
    WorkspaceUser m_user;
};
