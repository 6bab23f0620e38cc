#pragma once

#include "HistoryTable.h"
#include "ReportTable.h"
#include "ScoreCard.h"
#include "WorkspaceConnection.h"

#include <QCoreApplication>
#include <functional>

// The write operations of a workspace, each one transaction that changes the report row,
// checks the revision it was given, and records the change in history. Each first checks
// what the person may do (WorkspaceUser: their department, their role; the workflow of
// ReportWorkflow; an approved report is read-only) and says so clearly; on PostgreSQL the
// database enforces the same again (PostgresSecurity). Each keeps the report's evaluation
// line (EvaluationTable) and, on SQLite, the audit trail (on PostgreSQL its triggers do).
// Used by Workspace.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    ReportWriter(WorkspaceConnection &connection, const WorkspaceUser &user, const QString &userName,
                 int historyMergeSeconds);

    SaveResult create(const Report &report, HistoryEntry::Action action, const QString &summary);
    // Either or both of the report and its manual scores; one revision for both.
    SaveResult save(qint64 id, int baseRevision, const Report *report, const ManualScores *scores,
                    const QString &saveId);
    SaveResult saveAsCopy(const Report &report, const QString &summary);
    SaveResult importReport(const Report &report);
    SaveResult remove(qint64 id, int expectedRevision);
    SaveResult restore(qint64 historyId, int expectedRevision);
    SaveResult restoreAsCopy(qint64 historyId);
    SaveResult setStatus(qint64 id, int expectedRevision, ReportStatus status, const QString &comment);

    static QString newSaveId();

private:
    using Row = ReportTable::Row;
    SaveResult run(const std::function<WorkspaceError(SaveResult &)> &work);
    WorkspaceError insert(Row row, HistoryEntry::Action action, const QString &summary, SaveResult &r);
    WorkspaceError replace(const Row &stored, Row row, HistoryEntry::Action action, const QString &summary,
                           SaveResult &r, const ManualScores *scores = nullptr);
    WorkspaceError mayEdit(const QString &department) const;
    // What a write does to a stored report: the refusal names it.
    enum class Change { Content, ManualScores, Deletion };
    WorkspaceError notLocked(const Row &stored, Change change) const;
    WorkspaceError record(HistoryEntry::Action action, const Row &row, const QByteArray &before,
                          const QString &summary);
    WorkspaceError copyName(const QString &department, int year, QString *name);
    WorkspaceError readHistory(qint64 historyId, HistoryEntry *entry, Report *report);
    WorkspaceError conflict(const Row &stored, int baseRevision, SaveResult &r) const;
    WorkspaceError duplicate(const QString &department, int year) const;
    WorkspaceError notFound() const;
    void stamp(Row &row) const;
    static void done(SaveResult &r, SaveResult::Outcome outcome, const ReportSummary &summary);

    WorkspaceConnection &m_c;
    const WorkspaceUser &m_person;
    QString m_user;
    int m_mergeSeconds;
};
