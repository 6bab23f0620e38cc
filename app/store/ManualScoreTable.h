#pragma once

#include "ScoreCard.h"
#include "WorkspaceConnection.h"
#include "WorkspaceRecords.h"

// The SQL of jixiao_manual_score: the scores a person gave to the items that cannot be
// computed (score and reason, ScoreCard.h), kept per report beside its content. Callers run
// these inside WorkspaceConnection::write/read.
class ManualScoreTable
{
public:
    static WorkspaceError load(WorkspaceConnection &c, qint64 reportId, ManualScores *out);
    // Makes the stored scores equal `scores`: only the items that differ are written, and
    // `changes` (optional) receives each as manual_scores.<item id>, old → new (null when
    // there was none / is none any more), as the audit trail records it.
    static WorkspaceError save(WorkspaceConnection &c, qint64 reportId, const ManualScores &scores,
                               const QString &user, QList<AuditEntry::Change> *changes);
    // {"score_centi": 150 or null, "reason": "…"}: the form of a score in the audit trail.
    static QJsonValue json(const ManualScore &score);
};
