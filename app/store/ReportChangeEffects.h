#pragma once

#include "ReportTable.h"
#include "WorkspaceConnection.h"
#include "WorkspaceRecords.h"

// What follows every write of a report row, in the same transaction: the entry of the audit
// trail (on SQLite; on PostgreSQL the database's triggers write it, so that no client can
// forge it), and the evaluation lines of the overview — the report's own and the next
// year's, whose year-on-year indicators read this one. Used by ReportWriter.
class ReportChangeEffects
{
public:
    ReportChangeEffects(WorkspaceConnection &connection, const QString &userName);

    WorkspaceError created(const ReportTable::Row &row);
    // `row` replaced `stored` (content and/or manual scores, one new revision).
    WorkspaceError edited(const ReportTable::Row &stored, const ReportTable::Row &row,
                          const QList<AuditEntry::Change> &scoreChanges);
    WorkspaceError removed(const ReportTable::Row &stored);
    WorkspaceError statusChanged(const ReportTable::Row &row, ReportStatus from);

    // The errors of a stored report now (with its stored previous year and manual scores).
    static WorkspaceError errorsOf(WorkspaceConnection &c, const ReportTable::Row &stored, int *errors);

private:
    WorkspaceError audit(AuditEntry::Action action, const ReportTable::Row &row, ReportStatus from,
                         const QList<AuditEntry::Change> &changes = {}, const QString &note = {});

    WorkspaceConnection &m_c;
    QString m_user;
};
