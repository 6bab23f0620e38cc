#pragma once

#include "WorkspaceConnection.h"
#include "WorkspaceRecords.h"

// The SQL of jixiao_audit, the audit trail. On SQLite the program appends the entries
// (triggers refuse any UPDATE or DELETE of them); on PostgreSQL only the database's own
// triggers write them, as the owner, so append() is not used there. Callers run these
// inside WorkspaceConnection::write/read.
class AuditTable
{
public:
    static WorkspaceError append(WorkspaceConnection &c, const AuditEntry &entry);
    // Oldest first.
    static WorkspaceError list(WorkspaceConnection &c, qint64 reportId, QList<AuditEntry> *out);
    static QString changesJson(const QList<AuditEntry::Change> &changes);
    static QList<AuditEntry::Change> changesFrom(const QString &json);
};
