#include "ReportChangeEffects.h"

#include "AuditTable.h"
#include "EvaluationTable.h"
#include "ManualScoreTable.h"
#include "ReportChangeSummary.h"
#include "ReportJsonReader.h"

ReportChangeEffects::ReportChangeEffects(WorkspaceConnection &connection, const QString &userName)
    : m_c(connection), m_user(userName)
{
}

WorkspaceError ReportChangeEffects::created(const ReportTable::Row &row)
{
    if (WorkspaceError e = audit(AuditEntry::Action::Create, row, row.summary.status); e.isError())
        return e;
    if (WorkspaceError e = EvaluationTable::refresh(m_c, row.summary.id); e.isError())
        return e;
    return EvaluationTable::refreshFollowing(m_c, row.summary.department, row.summary.year);
}

WorkspaceError ReportChangeEffects::edited(const ReportTable::Row &stored, const ReportTable::Row &row,
                                           const QList<AuditEntry::Change> &scoreChanges)
{
    const bool contentChanged = row.content != stored.content;
    if (contentChanged) {
        QList<AuditEntry::Change> changes;
        for (const ReportChangeSummary::FieldChange &c : ReportChangeSummary::fieldChanges(stored.content, row.content))
            changes.append({c.path, c.before, c.after});
        if (WorkspaceError e = audit(AuditEntry::Action::Edit, row, stored.summary.status, changes); e.isError())
            return e;
    }
    for (const AuditEntry::Change &change : scoreChanges) { // one entry per item, as the trigger writes them
        if (WorkspaceError e = audit(AuditEntry::Action::ManualScore, row, row.summary.status, {change}); e.isError())
            return e;
    }
    if (WorkspaceError e = EvaluationTable::refresh(m_c, row.summary.id); e.isError())
        return e;
    if (!contentChanged)
        return {};
    if (WorkspaceError e = EvaluationTable::refreshFollowing(m_c, row.summary.department, row.summary.year); e.isError())
        return e;
    // Moved to another department or year: the report after its old place has no previous
    // year now. Its line is dropped (and evaluated when read) rather than written here: a
    // clerk writes a line only with the report it evaluates or the one before it.
    if (row.summary.department != stored.summary.department || row.summary.year != stored.summary.year)
        return EvaluationTable::clearFollowing(m_c, stored.summary.department, stored.summary.year);
    return {};
}

WorkspaceError ReportChangeEffects::removed(const ReportTable::Row &stored)
{
    if (WorkspaceError e = audit(AuditEntry::Action::Delete, stored, stored.summary.status); e.isError())
        return e;
    if (WorkspaceError e = EvaluationTable::remove(m_c, stored.summary.id); e.isError())
        return e;
    return EvaluationTable::clearFollowing(m_c, stored.summary.department, stored.summary.year); // as when moved
}

WorkspaceError ReportChangeEffects::statusChanged(const ReportTable::Row &row, ReportStatus from)
{
    return audit(AuditEntry::Action::Status, row, from, {}, row.summary.statusNote);
}

WorkspaceError ReportChangeEffects::audit(AuditEntry::Action action, const ReportTable::Row &row, ReportStatus from,
                                          const QList<AuditEntry::Change> &changes, const QString &note)
{
    if (!m_c.dialect().isSqlite())
        return {}; // PostgreSQL: the database's triggers write the audit trail, as its owner
    AuditEntry a;
    a.reportId = row.summary.id;
    a.department = row.summary.department;
    a.year = row.summary.year;
    a.at = QDateTime::currentDateTimeUtc();
    a.actor = m_user;
    a.action = action;
    a.revision = row.summary.revision;
    a.fromStatus = from;
    a.toStatus = row.summary.status;
    a.note = note;
    a.changes = changes;
    return AuditTable::append(m_c, a);
}

WorkspaceError ReportChangeEffects::errorsOf(WorkspaceConnection &c, const ReportTable::Row &stored, int *errors)
{
    const ReportJsonReader::Result read = ReportJsonReader::read(stored.content);
    if (!read.ok())
        return WorkspaceError(WorkspaceError::InvalidReport, read.message());
    std::optional<ReportTable::Row> previousRow;
    if (WorkspaceError e = ReportTable::findByKey(c, stored.summary.department, stored.summary.year - 1, false, &previousRow);
        e.isError())
        return e;
    std::optional<Report> previous;
    if (previousRow) {
        const ReportJsonReader::Result p = ReportJsonReader::read(previousRow->content);
        if (p.ok())
            previous = *p.report;
    }
    ManualScores scores;
    if (WorkspaceError e = ManualScoreTable::load(c, stored.summary.id, &scores); e.isError())
        return e;
    *errors = EvaluationTable::evaluate(*read.report, previous ? &*previous : nullptr, scores).errorCount();
    return {};
}
