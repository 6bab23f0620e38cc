#include "ManualScoreTable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

QJsonValue ManualScoreTable::json(const ManualScore &score)
{
    return QJsonObject{{QStringLiteral("score_centi"), score.scoreCenti ? QJsonValue(double(*score.scoreCenti)) : QJsonValue()},
                       {QStringLiteral("reason"), score.reason}};
}

WorkspaceError ManualScoreTable::load(WorkspaceConnection &c, qint64 reportId, ManualScores *out)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT item_id, score_centi, reason FROM jixiao_manual_score "
                                                   "WHERE report_id = ?"),
                                 {reportId});
        e.isError())
        return e;
    out->clear();
    while (q.next()) {
        ManualScore s;
        if (!q.value(1).isNull())
            s.scoreCenti = q.value(1).toLongLong();
        s.reason = q.value(2).toString();
        out->insert(q.value(0).toString(), s);
    }
    return {};
}

WorkspaceError ManualScoreTable::save(WorkspaceConnection &c, qint64 reportId, const ManualScores &scores,
                                      const QString &user, QList<AuditEntry::Change> *changes)
{
    ManualScores stored;
    if (WorkspaceError e = load(c, reportId, &stored); e.isError())
        return e;
    QStringList items = stored.keys();
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (!stored.contains(it.key()))
            items.append(it.key());
    }
    items.sort();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &item : items) {
        const std::optional<ManualScore> before = stored.contains(item) ? std::optional(stored.value(item)) : std::nullopt;
        const std::optional<ManualScore> after = scores.contains(item) ? std::optional(scores.value(item)) : std::nullopt;
        if (before == after)
            continue;
        QSqlQuery q;
        WorkspaceError e;
        if (!after) {
            e = c.run(q, QStringLiteral("DELETE FROM jixiao_manual_score WHERE report_id = ? AND item_id = ?"),
                      {reportId, item});
        } else {
            const QVariant score = after->scoreCenti ? QVariant(*after->scoreCenti) : QVariant(QMetaType(QMetaType::LongLong));
            e = c.run(q,
                      QStringLiteral("INSERT INTO jixiao_manual_score (report_id, item_id, score_centi, reason, "
                                     "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, item_id) "
                                     "DO UPDATE SET score_centi = excluded.score_centi, reason = excluded.reason, "
                                     "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                      {reportId, item, score, after->reason, now, user});
        }
        if (e.isError())
            return e;
        if (changes)
            changes->append({QStringLiteral("manual_scores.") + item, before ? json(*before) : QJsonValue(),
                             after ? json(*after) : QJsonValue()});
    }
    return {};
}
