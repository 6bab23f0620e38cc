#pragma once

#include "WorkspaceConnection.h"
#include "WorkspaceRecords.h"

#include <QByteArray>
#include <optional>

// The SQL of jixiao_history: every saved state of every report, with who, when and what
// changed. A deleted report's last state stays here under its id, which is how a delete is
// undone. Callers run these inside WorkspaceConnection::write/read.
class HistoryTable
{
public:
    static WorkspaceError append(WorkspaceConnection &c, const HistoryEntry &entry, const QByteArray &content,
                                 qint64 *id = nullptr);
    // Folds a further save into an existing entry (same person, a few minutes apart).
    static WorkspaceError merge(WorkspaceConnection &c, const HistoryEntry &entry, const QByteArray &content);
    static WorkspaceError latest(WorkspaceConnection &c, qint64 reportId, std::optional<HistoryEntry> *out);
    // The state saved by the entry before `historyId` of the same report.
    static WorkspaceError contentBefore(WorkspaceConnection &c, qint64 reportId, qint64 historyId,
                                        std::optional<QByteArray> *out);
    static WorkspaceError maxRevision(WorkspaceConnection &c, qint64 reportId, int *revision);
    // Newest first.
    static WorkspaceError list(WorkspaceConnection &c, qint64 reportId, QList<HistoryEntry> *out);
    static WorkspaceError entry(WorkspaceConnection &c, qint64 historyId, std::optional<HistoryEntry> *out,
                                QByteArray *content);
    // The last entry of each report that was deleted and not restored, newest first.
    static WorkspaceError deleted(WorkspaceConnection &c, QList<HistoryEntry> *out);
};
