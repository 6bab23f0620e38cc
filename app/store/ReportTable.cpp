#include "ReportTable.h"

#include "ReportFigures.h"
#include "ReportJsonReader.h"
#include "ReportJsonWriter.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString summaryColumns = QStringLiteral(
    "id, department, year, revision, title, status, budget_fen, spent_fen, carryover_out_fen, "
    "updated_at, updated_by, status_note");

QVariant fen(const OptionalMoney &m)
{
    return m ? QVariant(m->fen()) : QVariant(QMetaType(QMetaType::LongLong));
}

OptionalMoney money(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return Money::fromFen(v.toLongLong());
}

ReportSummary summaryFrom(const QSqlQuery &q)
{
    ReportSummary s;
    s.id = q.value(0).toLongLong();
    s.department = q.value(1).toString();
    s.year = q.value(2).toInt();
    s.revision = q.value(3).toInt();
    s.title = q.value(4).toString();
    s.status = reportStatusFromKey(q.value(5).toString());
    s.budget = money(q.value(6));
    s.spent = money(q.value(7));
    s.carryoverOut = money(q.value(8));
    s.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    s.updatedBy = q.value(10).toString();
    s.statusNote = q.value(11).toString();
    return s;
}

void fillColumns(const Report &report, ReportSummary *s)
{
    s->department = report.department;
    s->year = report.year;
    s->title = report.title;
    const ReportFigures f = ReportFigures::of(report);
    if (f.overflow) {
        s->budget = s->spent = s->carryoverOut = std::nullopt;
        return;
    }
    s->budget = f.budget;
    s->spent = f.spent;
    s->carryoverOut = f.carryoverOut;
}

WorkspaceError fetchOne(WorkspaceConnection &c, const QString &where, const QVariantList &values,
                        bool forUpdate, std::optional<ReportTable::Row> *out)
{
    QSqlQuery q;
    const QString sql = QStringLiteral("SELECT %1, content, last_save_id FROM jixiao_report WHERE %2%3")
                            .arg(summaryColumns, where, forUpdate ? c.dialect().lockRowSuffix() : QString());
    if (WorkspaceError e = c.run(q, sql, values); e.isError())
        return e;
    out->reset();
    if (q.next()) {
        ReportTable::Row row;
        row.summary = summaryFrom(q);
        row.content = q.value(12).toString().toUtf8();
        row.lastSaveId = q.value(13).toString();
        *out = row;
    }
    return {};
}

} // namespace

ReportTable::Row ReportTable::rowFor(const Report &report)
{
    Row row;
    fillColumns(report, &row.summary);
    row.content = ReportJsonWriter::write(report);
    return row;
}

WorkspaceError ReportTable::list(WorkspaceConnection &c, QList<ReportSummary> *out)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT %1 FROM jixiao_report ORDER BY department, year").arg(summaryColumns));
        e.isError())
        return e;
    out->clear();
    while (q.next())
        out->append(summaryFrom(q));
    return {};
}

WorkspaceError ReportTable::find(WorkspaceConnection &c, qint64 id, bool forUpdate, std::optional<Row> *out)
{
    return fetchOne(c, QStringLiteral("id = ?"), {id}, forUpdate, out);
}

WorkspaceError ReportTable::findByKey(WorkspaceConnection &c, const QString &department, int year, bool forUpdate,
                                      std::optional<Row> *out)
{
    return fetchOne(c, QStringLiteral("department = ? AND year = ?"), {department, year}, forUpdate, out);
}

WorkspaceError ReportTable::insert(WorkspaceConnection &c, const Row &row, qint64 *id)
{
    const ReportSummary &s = row.summary;
    QVariantList values{s.department, s.year, s.revision, QString::fromUtf8(row.content), s.title,
                        reportStatusKey(s.status), fen(s.budget), fen(s.spent), fen(s.carryoverOut),
                        s.updatedAt.toMSecsSinceEpoch(), s.updatedBy, row.lastSaveId, s.statusNote};
    QString columns = QStringLiteral("department, year, revision, content, title, status, budget_fen, spent_fen, "
                                     "carryover_out_fen, updated_at, updated_by, last_save_id, status_note");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (s.id > 0) {
        columns.prepend(QStringLiteral("id, "));
        marks.prepend(QStringLiteral("?, "));
        values.prepend(s.id);
    }
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("INSERT INTO jixiao_report (%1) VALUES (%2) RETURNING id").arg(columns, marks), values);
        e.isError())
        return e;
    *id = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

WorkspaceError ReportTable::update(WorkspaceConnection &c, const Row &row, int expectedRevision, bool *updated)
{
    const ReportSummary &s = row.summary;
    QSqlQuery q;
    const WorkspaceError e = c.run(
        q,
        QStringLiteral("UPDATE jixiao_report SET department = ?, year = ?, revision = ?, content = ?, title = ?, "
                       "budget_fen = ?, spent_fen = ?, carryover_out_fen = ?, updated_at = ?, "
                       "updated_by = ?, last_save_id = ? WHERE id = ? AND revision = ?"),
        {s.department, s.year, s.revision, QString::fromUtf8(row.content), s.title,
         fen(s.budget), fen(s.spent), fen(s.carryoverOut), s.updatedAt.toMSecsSinceEpoch(), s.updatedBy,
         row.lastSaveId, s.id, expectedRevision});
    *updated = !e.isError() && q.numRowsAffected() == 1;
    return e;
}

WorkspaceError ReportTable::updateStatus(WorkspaceConnection &c, const Row &row, int expectedRevision, bool *updated)
{
    // Only the columns a reviewer may change (PostgreSQL grants reviewers no other).
    const ReportSummary &s = row.summary;
    QSqlQuery q;
    const WorkspaceError e = c.run(
        q,
        QStringLiteral("UPDATE jixiao_report SET status = ?, status_note = ?, revision = ?, updated_at = ?, "
                       "updated_by = ?, last_save_id = ? WHERE id = ? AND revision = ?"),
        {reportStatusKey(s.status), s.statusNote, s.revision, s.updatedAt.toMSecsSinceEpoch(), s.updatedBy,
         row.lastSaveId, s.id, expectedRevision});
    *updated = !e.isError() && q.numRowsAffected() == 1;
    return e;
}

WorkspaceError ReportTable::touch(WorkspaceConnection &c, const Row &row, int expectedRevision, bool *updated)
{
    const ReportSummary &s = row.summary;
    QSqlQuery q;
    const WorkspaceError e = c.run(
        q,
        QStringLiteral("UPDATE jixiao_report SET revision = ?, updated_at = ?, updated_by = ?, last_save_id = ? "
                       "WHERE id = ? AND revision = ?"),
        {s.revision, s.updatedAt.toMSecsSinceEpoch(), s.updatedBy, row.lastSaveId, s.id, expectedRevision});
    *updated = !e.isError() && q.numRowsAffected() == 1;
    return e;
}

WorkspaceError ReportTable::remove(WorkspaceConnection &c, qint64 id)
{
    QSqlQuery q;
    return c.run(q, QStringLiteral("DELETE FROM jixiao_report WHERE id = ?"), {id});
}

WorkspaceError ReportTable::refreshColumns(WorkspaceConnection &c)
{
    QList<std::pair<qint64, QByteArray>> rows;
    {
        QSqlQuery q;
        if (WorkspaceError e = c.run(q, QStringLiteral("SELECT id, content FROM jixiao_report")); e.isError())
            return e;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8()});
    }
    for (const auto &[id, content] : rows) {
        const ReportJsonReader::Result r = ReportJsonReader::read(content);
        if (!r.ok())
            continue; // left as it is; listing shows the stored department and year
        ReportSummary s;
        fillColumns(*r.report, &s);
        QSqlQuery q;
        if (WorkspaceError e = c.run(q,
                                     QStringLiteral("UPDATE jixiao_report SET title = ?, budget_fen = ?, spent_fen = ?, "
                                                    "carryover_out_fen = ? WHERE id = ?"),
                                     {s.title, fen(s.budget), fen(s.spent), fen(s.carryoverOut), id});
            e.isError())
            return e;
    }
    return {};
}
