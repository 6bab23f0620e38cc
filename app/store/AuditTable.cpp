#include "AuditTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

QString AuditTable::changesJson(const QList<AuditEntry::Change> &changes)
{
    QJsonArray array;
    for (const AuditEntry::Change &c : changes)
        array.append(QJsonObject{{QStringLiteral("path"), c.path}, {QStringLiteral("old"), c.before},
                                 {QStringLiteral("new"), c.after}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<AuditEntry::Change> AuditTable::changesFrom(const QString &json)
{
    QList<AuditEntry::Change> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("old")),
                    o.value(QStringLiteral("new"))});
    }
    return out;
}

WorkspaceError AuditTable::append(WorkspaceConnection &c, const AuditEntry &a)
{
    const bool statusChange = a.action == AuditEntry::Action::Status || a.action == AuditEntry::Action::Delete
        || a.action == AuditEntry::Action::Edit || a.action == AuditEntry::Action::ManualScore;
    QSqlQuery q;
    return c.run(q,
                 QStringLiteral("INSERT INTO jixiao_audit (report_id, department, year, at, actor, action, revision, "
                                "from_status, to_status, note, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {a.reportId, a.department, a.year, a.at.toMSecsSinceEpoch(), a.actor, AuditEntry::actionKey(a.action),
                  a.revision, statusChange ? reportStatusKey(a.fromStatus) : QString(),
                  a.action == AuditEntry::Action::Delete ? QString() : reportStatusKey(a.toStatus), a.note,
                  changesJson(a.changes)});
}

WorkspaceError AuditTable::list(WorkspaceConnection &c, qint64 reportId, QList<AuditEntry> *out)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q,
                                 QStringLiteral("SELECT id, report_id, department, year, at, actor, action, revision, "
                                                "from_status, to_status, note, changes FROM jixiao_audit "
                                                "WHERE report_id = ? ORDER BY id"),
                                 {reportId});
        e.isError())
        return e;
    out->clear();
    while (q.next()) {
        AuditEntry a;
        a.id = q.value(0).toLongLong();
        a.reportId = q.value(1).toLongLong();
        a.department = q.value(2).toString();
        a.year = q.value(3).toInt();
        a.at = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        a.actor = q.value(5).toString();
        a.action = AuditEntry::actionFromKey(q.value(6).toString());
        a.revision = q.value(7).toInt();
        a.fromStatus = reportStatusFromKey(q.value(8).toString());
        a.toStatus = reportStatusFromKey(q.value(9).toString());
        a.note = q.value(10).toString();
        a.changes = changesFrom(q.value(11).toString());
        out->append(a);
    }
    return {};
}
