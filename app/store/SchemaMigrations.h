#pragma once

#include "WorkspaceConnection.h"

// The workspace schema and its history. The version is stored in jixiao_meta; opening a
// workspace runs the missing steps forward, in one transaction, and refuses a version newer
// than the program knows (nothing is written then). Version 1 was the first release
// (reports and history); version 2 added the browser's columns (title, status, totals in
// 分), history summaries, save ids and review comments; version 3 an index that holds every
// listed column, so that listing never reads the reports' JSON (SQLite would otherwise walk
// each report's overflow pages: 108 ms → see bench/store_bench.cpp). Version 4 (review,
// issue 6): the workflow statuses (draft/submitted/returned/approved, with the reviewer's
// note), users and roles, the audit trail, manual scores, each report's evaluation summary
// for the overview, and on PostgreSQL the security of PostgresSecurity; on SQLite triggers
// keep the audit trail append-only and an approved report's content unchanged. Version 5
// (issue 12, a workspace that trusts no client): evaluation lines say what they evaluated
// and who wrote them; on PostgreSQL the server works out the listed columns from the
// content and the workflow checks a current evaluation (sql/postgres-security-5.sql).
// Version 6 (PostgreSQL only): append-only history written as the server says, content
// that names its own row, renames audited (sql/postgres-security-6.sql). Version 7
// (PostgreSQL only): passwords as SCRAM verifiers, set only for the logins the workspace
// created, and no privileged login taken in (sql/postgres-security-7.sql). Version 8
// (PostgreSQL only): every function's search_path pinned, group roles named after the
// database's oid, clerks see only their own user row, new reports only as drafts, reviewers
// change only the status (sql/postgres-security-8.sql). Version 9 (PostgreSQL only): the
// same rules at a lower cost (sql/postgres-security-9.sql). Version 10: the self-evaluation
// table's total and grade in the evaluation lines. Version 11: a submitted report's content,
// title, department and year are fixed until a reviewer returns it (a trigger on SQLite,
// sql/postgres-security-11.sql on PostgreSQL; refused as JXSUB). Version 12: a submitted
// report is neither deleted nor scored until a reviewer returns it (JXSUB), an approved one's
// scores are fixed on SQLite too (JXLCK), a score moved between reports counts for both
// (triggers on SQLite, sql/postgres-security-12.sql on PostgreSQL).
//
// Every step is frozen text: statements() gives exactly what a step runs (a PostgreSQL
// step's security script included), never built from today's code (the indicators, the
// dialect), and tests/data/schema/ holds a checked-in copy of each that tst_schemahistory
// compares. A change of schema is a new step. What is derived from the reports' content
// (listed columns, evaluation lines) is a cache, computed by today's program: not history.
class SchemaMigrations
{
public:
    static constexpr int CurrentVersion = 12;
    static constexpr int NoWorkspace = -1;

    enum class Engine { Sqlite, Postgres };

    // The version found: 0 for an empty database, NoWorkspace for someone else's.
    static WorkspaceError inspect(WorkspaceConnection &c, int *version);
    // Brings the schema to `targetVersion` (tests build old workspaces with a lower one).
    static WorkspaceError migrate(WorkspaceConnection &c, int targetVersion = CurrentVersion);

    // The SQL of step `step` (1 … CurrentVersion) on `engine`, run in this order, with the
    // placeholders of PostgresSecurity (@schema@, @copy_mark@) unfilled; empty for a step
    // that does nothing on the engine.
    static QStringList statements(int step, Engine engine);

private:
    static WorkspaceError runStep(WorkspaceConnection &c, int step);
    static QStringList step1(Engine engine);
    static QStringList step2(Engine engine);
    static QStringList step3();
    static QStringList step4(Engine engine);
    static QStringList step5(Engine engine);
};
