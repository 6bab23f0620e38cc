#include "HistoryTable.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString columns = QStringLiteral(
    "id, report_id, department, year, revision, action, summary, status, started_at, saved_at, saved_by");

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry h;
    h.id = q.value(0).toLongLong();
    h.reportId = q.value(1).toLongLong();
    h.department = q.value(2).toString();
    h.year = q.value(3).toInt();
    h.revision = q.value(4).toInt();
    h.action = HistoryEntry::actionFromKey(q.value(5).toString());
    h.summary = q.value(6).toString();
    h.status = reportStatusFromKey(q.value(7).toString());
    h.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    h.savedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    h.savedBy = q.value(10).toString();
    return h;
}

} // namespace

WorkspaceError HistoryTable::append(WorkspaceConnection &c, const HistoryEntry &h, const QByteArray &content, qint64 *id)
{
    QSqlQuery q;
    const WorkspaceError e = c.run(
        q,
        QStringLiteral("INSERT INTO jixiao_history (report_id, department, year, revision, action, summary, status, "
                       "started_at, saved_at, saved_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {h.reportId, h.department, h.year, h.revision, HistoryEntry::actionKey(h.action), h.summary,
         reportStatusKey(h.status), h.startedAt.toMSecsSinceEpoch(), h.savedAt.toMSecsSinceEpoch(), h.savedBy,
         QString::fromUtf8(content)});
    if (!e.isError() && id)
        *id = q.next() ? q.value(0).toLongLong() : 0;
    return e;
}

WorkspaceError HistoryTable::merge(WorkspaceConnection &c, const HistoryEntry &h, const QByteArray &content)
{
    QSqlQuery q;
    return c.run(q,
                 QStringLiteral("UPDATE jixiao_history SET department = ?, year = ?, revision = ?, summary = ?, "
                                "status = ?, saved_at = ?, content = ? WHERE id = ?"),
                 {h.department, h.year, h.revision, h.summary, reportStatusKey(h.status),
                  h.savedAt.toMSecsSinceEpoch(), QString::fromUtf8(content), h.id});
}

WorkspaceError HistoryTable::latest(WorkspaceConnection &c, qint64 reportId, std::optional<HistoryEntry> *out)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q,
                                 QStringLiteral("SELECT %1 FROM jixiao_history WHERE report_id = ? ORDER BY id DESC LIMIT 1")
                                     .arg(columns),
                                 {reportId});
        e.isError())
        return e;
    out->reset();
    if (q.next())
        *out = entryFrom(q);
    return {};
}

WorkspaceError HistoryTable::contentBefore(WorkspaceConnection &c, qint64 reportId, qint64 historyId,
                                           std::optional<QByteArray> *out)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q,
                                 QStringLiteral("SELECT content FROM jixiao_history WHERE report_id = ? AND id < ? "
                                                "ORDER BY id DESC LIMIT 1"),
                                 {reportId, historyId});
        e.isError())
        return e;
    out->reset();
    if (q.next())
        *out = q.value(0).toString().toUtf8();
    return {};
}

WorkspaceError HistoryTable::maxRevision(WorkspaceConnection &c, qint64 reportId, int *revision)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT MAX(revision) FROM jixiao_history WHERE report_id = ?"), {reportId});
        e.isError())
        return e;
    *revision = q.next() ? q.value(0).toInt() : 0;
    return {};
}

WorkspaceError HistoryTable::list(WorkspaceConnection &c, qint64 reportId, QList<HistoryEntry> *out)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT %1 FROM jixiao_history WHERE report_id = ? ORDER BY id DESC").arg(columns),
                                 {reportId});
        e.isError())
        return e;
    out->clear();
    while (q.next())
        out->append(entryFrom(q));
    return {};
}

WorkspaceError HistoryTable::entry(WorkspaceConnection &c, qint64 historyId, std::optional<HistoryEntry> *out,
                                   QByteArray *content)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT %1, content FROM jixiao_history WHERE id = ?").arg(columns), {historyId});
        e.isError())
        return e;
    out->reset();
    if (q.next()) {
        *out = entryFrom(q);
        if (content)
            *content = q.value(11).toString().toUtf8();
    }
    return {};
}

WorkspaceError HistoryTable::deleted(WorkspaceConnection &c, QList<HistoryEntry> *out)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(
            q,
            QStringLiteral("SELECT %1 FROM jixiao_history h WHERE h.action = ? "
                           "AND NOT EXISTS (SELECT 1 FROM jixiao_report r WHERE r.id = h.report_id) "
                           "AND h.id = (SELECT MAX(h2.id) FROM jixiao_history h2 WHERE h2.report_id = h.report_id) "
                           "ORDER BY h.id DESC")
                .arg(columns),
            {HistoryEntry::actionKey(HistoryEntry::Action::Delete)});
        e.isError())
        return e;
    out->clear();
    while (q.next())
        out->append(entryFrom(q));
    return {};
}
