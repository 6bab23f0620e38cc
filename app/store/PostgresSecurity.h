#pragma once

#include "WorkspaceConnection.h"

#include <QString>

// Who may do what in a PostgreSQL workspace, enforced by the database: row-level security
// per department, column grants for reviewers, triggers for the workflow, the read-only
// rule and the audit trail, and functions for managing users. The SQL, with the design
// written out, is app/store/sql/postgres-security-4.sql and the later steps'
// postgres-security-<version>.sql (built in as resources, frozen: SchemaMigrations runs them).
class PostgresSecurity
{
public:
    // The script of schema step `version` (4, 5, …) as it is built in, with its placeholders
    // (@schema@, @copy_mark@) unfilled; empty when the step has none.
    static QString stepScript(int version);
    // `sql` with its placeholders filled in: @schema@ the workspace's schema (quoted),
    // @copy_mark@ CopyName::mark().
    static QString filled(const QString &sql, const QString &quotedSchema);
    // The workspace's schema, quoted for SQL.
    static WorkspaceError quotedSchema(WorkspaceConnection &c, QString *schema);
    // Creates the group roles and their grants (needs CREATEROLE; idempotent).
    static WorkspaceError setUpRoles(WorkspaceConnection &c);
    // The prefix of this database's group roles (…_clerk, _reviewer, _admin): since schema
    // version 8 jx_<database>_<its oid>, before it jx_<database>.
    static WorkspaceError rolePrefix(WorkspaceConnection &c, QString *prefix);
};
