#pragma once

#include "WorkspaceConnection.h"

#include <QString>

// Who may do what in a PostgreSQL workspace, enforced by the database: row-level security
// per department, column grants for reviewers, triggers for the workflow, the read-only
// rule and the audit trail, and functions for managing users. The SQL, with the design
// written out, is app/store/sql/postgres-security.sql (built in as a resource).
class PostgresSecurity
{
public:
    // Installs everything (schema migration 4, run as the owner in its transaction), and
    // creates the group roles when the owner may create roles.
    static WorkspaceError install(WorkspaceConnection &c);
    // Runs sql/postgres-security-<version>.sql, the PostgreSQL part of a later schema step
    // (frozen text like the step itself), as the owner in the migration's transaction.
    static WorkspaceError upgrade(WorkspaceConnection &c, int version);
    // Creates the group roles and their grants (needs CREATEROLE; idempotent).
    static WorkspaceError setUpRoles(WorkspaceConnection &c);
    // The prefix of this database's group roles (…_clerk, _reviewer, _admin): since schema
    // version 8 jx_<database>_<its oid>, before it jx_<database>.
    static WorkspaceError rolePrefix(WorkspaceConnection &c, QString *prefix);
    // The script with its placeholders (@schema@, @copy_mark@) filled in.
    static QString script(const QString &quotedSchema);

private:
    static QString resource(const QString &name, const QString &quotedSchema);
    static WorkspaceError quotedSchema(WorkspaceConnection &c, QString *schema);
};
