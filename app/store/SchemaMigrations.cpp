#include "SchemaMigrations.h"

#include "EvaluationTable.h"
#include "PostgresSecurity.h"
#include "ReportTable.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

WorkspaceError runAll(WorkspaceConnection &c, const QStringList &statements)
{
    for (const QString &s : statements) {
        if (WorkspaceError e = c.runPlain(s); e.isError())
            return e;
    }
    return {};
}

WorkspaceError storeVersion(WorkspaceConnection &c, int version)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("DELETE FROM jixiao_meta WHERE key = ?"), {QStringLiteral("schema_version")});
        e.isError())
        return e;
    return c.run(q, QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES (?, ?)"),
                 {QStringLiteral("schema_version"), QString::number(version)});
}

} // namespace

WorkspaceError SchemaMigrations::inspect(WorkspaceConnection &c, int *version)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, c.dialect().listTables()); e.isError())
        return e;
    bool meta = false;
    bool foreign = false;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name == QLatin1String("jixiao_meta"))
            meta = true;
        else if (!name.startsWith(QLatin1String("jixiao_")) && !name.startsWith(QLatin1String("sqlite_")))
            foreign = true;
    }
    if (!meta) {
        *version = foreign && c.dialect().ownsWholeDatabase() ? NoWorkspace : 0;
        return {};
    }
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT value FROM jixiao_meta WHERE key = ?"), {QStringLiteral("schema_version")});
        e.isError())
        return e;
    *version = q.next() ? q.value(0).toString().toInt() : 0;
    return {};
}

WorkspaceError SchemaMigrations::migrate(WorkspaceConnection &c, int targetVersion)
{
    int found = 0;
    if (WorkspaceError e = inspect(c, &found); e.isError())
        return e;
    if (found == NoWorkspace)
        return WorkspaceError::of(WorkspaceError::NotAWorkspace, c.location().displayName());
    if (found > CurrentVersion)
        return WorkspaceError::newerSchema(c.location().displayName(), found, CurrentVersion);
    if (found >= targetVersion)
        return {};
    return c.write([&]() -> WorkspaceError {
        if (const QString lock = c.dialect().migrationLock(); !lock.isEmpty()) {
            if (WorkspaceError e = c.runPlain(lock); e.isError())
                return e;
        }
        int version = 0; // again, inside the transaction: another program may have just done it
        if (WorkspaceError e = inspect(c, &version); e.isError())
            return e;
        for (int step = version + 1; step <= targetVersion; ++step) {
            if (WorkspaceError e = runStep(c, step); e.isError())
                return e;
        }
        return version < targetVersion ? storeVersion(c, targetVersion) : WorkspaceError();
    });
}

WorkspaceError SchemaMigrations::runStep(WorkspaceConnection &c, int step)
{
    switch (step) {
    case 1:
        return step1(c);
    case 2:
        return step2(c);
    case 3:
        return step3(c);
    case 4:
        return step4(c);
    case 5:
        return step5(c);
    case 6:
        return step6(c);
    case 7:
        return step7(c);
    case 8:
        return step8(c);
    case 9:
        return step9(c);
    default:
        return WorkspaceError(WorkspaceError::Other, QStringLiteral("no schema step %1").arg(step));
    }
}

WorkspaceError SchemaMigrations::step1(WorkspaceConnection &c)
{
    const QString id = c.dialect().identityColumn();
    return runAll(c, {
        QStringLiteral("CREATE TABLE jixiao_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES ('application', 'jixiao')"),
        QStringLiteral("CREATE TABLE jixiao_report (id %1, department TEXT NOT NULL, year INTEGER NOT NULL, "
                       "revision INTEGER NOT NULL, content TEXT NOT NULL, updated_at BIGINT NOT NULL, "
                       "updated_by TEXT NOT NULL DEFAULT '', UNIQUE (department, year))").arg(id),
        QStringLiteral("CREATE TABLE jixiao_history (id %1, report_id BIGINT NOT NULL, department TEXT NOT NULL, "
                       "year INTEGER NOT NULL, revision INTEGER NOT NULL, action TEXT NOT NULL, "
                       "content TEXT NOT NULL, saved_at BIGINT NOT NULL, saved_by TEXT NOT NULL DEFAULT '')").arg(id),
        QStringLiteral("CREATE INDEX jixiao_history_report ON jixiao_history (report_id, id)"),
    });
}

WorkspaceError SchemaMigrations::step2(WorkspaceConnection &c)
{
    const QString id = c.dialect().identityColumn();
    const WorkspaceError e = runAll(c, {
        QStringLiteral("ALTER TABLE jixiao_report ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE jixiao_report ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'"),
        QStringLiteral("ALTER TABLE jixiao_report ADD COLUMN budget_fen BIGINT"),
        QStringLiteral("ALTER TABLE jixiao_report ADD COLUMN spent_fen BIGINT"),
        QStringLiteral("ALTER TABLE jixiao_report ADD COLUMN carryover_out_fen BIGINT"),
        QStringLiteral("ALTER TABLE jixiao_report ADD COLUMN last_save_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE jixiao_history ADD COLUMN summary TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE jixiao_history ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'"),
        QStringLiteral("ALTER TABLE jixiao_history ADD COLUMN started_at BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE jixiao_history SET started_at = saved_at"),
        QStringLiteral("CREATE TABLE jixiao_comment (id %1, report_id BIGINT NOT NULL, field_path TEXT NOT NULL "
                       "DEFAULT '', author TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, body TEXT NOT NULL, "
                       "resolved INTEGER NOT NULL DEFAULT 0)").arg(id),
        QStringLiteral("CREATE INDEX jixiao_comment_report ON jixiao_comment (report_id, id)"),
    });
    if (e.isError())
        return e;
    return ReportTable::refreshColumns(c);
}

WorkspaceError SchemaMigrations::step3(WorkspaceConnection &c)
{
    return c.runPlain(QStringLiteral(
        "CREATE INDEX jixiao_report_list ON jixiao_report (department, year, id, revision, title, status, "
        "budget_fen, spent_fen, carryover_out_fen, updated_at, updated_by)"));
}

WorkspaceError SchemaMigrations::step4(WorkspaceConnection &c)
{
    const QString id = c.dialect().identityColumn();
    // The indicators of version 4, frozen: a migration is history and never reads today's
    // IndicatorCatalog (a new indicator gets its column in a step of its own).
    const QString rates = QStringLiteral(
        ", budget_adjustment_rate BIGINT, basic_control_rate BIGINT, project_control_rate BIGINT, "
        "three_public_control_rate BIGINT, execution_rate BIGINT, carryover_rate BIGINT, "
        "procurement_execution_rate BIGINT, staff_control_rate BIGINT, three_public_change_rate BIGINT, "
        "carryover_change_rate BIGINT");
    const QString renameStatus = QStringLiteral(
        "UPDATE %1 SET status = CASE status WHEN 'review' THEN 'submitted' WHEN 'final' THEN 'approved' "
        "ELSE status END");
    WorkspaceError e = runAll(c, {
        QStringLiteral("ALTER TABLE jixiao_report ADD COLUMN status_note TEXT NOT NULL DEFAULT ''"),
        renameStatus.arg(QStringLiteral("jixiao_report")),
        renameStatus.arg(QStringLiteral("jixiao_history")),
        QStringLiteral("ALTER TABLE jixiao_comment ADD COLUMN resolved_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE jixiao_comment ADD COLUMN resolved_at BIGINT"),
        QStringLiteral("CREATE TABLE jixiao_user (login TEXT PRIMARY KEY, display_name TEXT NOT NULL DEFAULT '', "
                       "department TEXT NOT NULL DEFAULT '', clerk INTEGER NOT NULL DEFAULT 0, "
                       "reviewer INTEGER NOT NULL DEFAULT 0, admin INTEGER NOT NULL DEFAULT 0, "
                       "created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE jixiao_audit (id %1, report_id BIGINT NOT NULL, department TEXT NOT NULL, "
                       "year INTEGER NOT NULL, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, "
                       "revision INTEGER NOT NULL DEFAULT 0, from_status TEXT NOT NULL DEFAULT '', "
                       "to_status TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                       "changes TEXT NOT NULL DEFAULT '[]')").arg(id),
        QStringLiteral("CREATE INDEX jixiao_audit_report ON jixiao_audit (report_id, id)"),
        QStringLiteral("CREATE TABLE jixiao_manual_score (report_id BIGINT NOT NULL, item_id TEXT NOT NULL, "
                       "score_centi BIGINT, reason TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL, "
                       "updated_by TEXT NOT NULL DEFAULT '', PRIMARY KEY (report_id, item_id))"),
        // One narrow row per report, written when it is saved: the overview of a year reads
        // these instead of evaluating every report.
        QStringLiteral("CREATE TABLE jixiao_evaluation (report_id BIGINT PRIMARY KEY, version INTEGER NOT NULL, "
                       "score_centi BIGINT NOT NULL, grade TEXT NOT NULL, pending INTEGER NOT NULL, "
                       "error_count INTEGER NOT NULL, warning_count INTEGER NOT NULL%1)").arg(rates),
        QStringLiteral("CREATE INDEX jixiao_report_year ON jixiao_report (year, department, id, revision, status, "
                       "budget_fen, spent_fen, carryover_out_fen)"),
        // The listing's covering index (version 3) with the reviewer's note added.
        QStringLiteral("DROP INDEX jixiao_report_list"),
        QStringLiteral("CREATE INDEX jixiao_report_list ON jixiao_report (department, year, id, revision, title, "
                       "status, budget_fen, spent_fen, carryover_out_fen, updated_at, updated_by, status_note)"),
    });
    if (e.isError())
        return e;
    if (c.dialect().isSqlite()) {
        // The file is the user's own; these keep the program (and a careless SQL client)
        // from rewriting the audit trail or an approved report.
        e = runAll(c, {
            QStringLiteral("CREATE TRIGGER jixiao_audit_no_update BEFORE UPDATE ON jixiao_audit "
                           "BEGIN SELECT RAISE(ABORT, 'JXAUD: the audit trail cannot be changed'); END"),
            QStringLiteral("CREATE TRIGGER jixiao_audit_no_delete BEFORE DELETE ON jixiao_audit "
                           "BEGIN SELECT RAISE(ABORT, 'JXAUD: the audit trail cannot be deleted'); END"),
            QStringLiteral("CREATE TRIGGER jixiao_report_locked BEFORE UPDATE ON jixiao_report "
                           "WHEN OLD.status = 'approved' AND (NEW.content IS NOT OLD.content "
                           "OR NEW.department IS NOT OLD.department OR NEW.year IS NOT OLD.year) "
                           "BEGIN SELECT RAISE(ABORT, 'JXLCK: the report is approved'); END"),
            QStringLiteral("CREATE TRIGGER jixiao_report_locked_delete BEFORE DELETE ON jixiao_report "
                           "WHEN OLD.status = 'approved' "
                           "BEGIN SELECT RAISE(ABORT, 'JXLCK: the report is approved'); END"),
        });
    } else {
        e = PostgresSecurity::install(c);
    }
    if (e.isError())
        return e;
    return EvaluationTable::refreshAll(c);
}

WorkspaceError SchemaMigrations::step5(WorkspaceConnection &c)
{
    // Issue 12: each evaluation line says what it evaluated and who wrote it (PostgreSQL
    // sets evaluated_by; readers trust only the owner's and the reviewers' lines of the
    // content as it is). On PostgreSQL the server also works out the listed columns.
    const WorkspaceError e = runAll(c, {
        QStringLiteral("ALTER TABLE jixiao_evaluation ADD COLUMN basis TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE jixiao_evaluation ADD COLUMN evaluated_by TEXT NOT NULL DEFAULT ''"),
    });
    if (e.isError() || c.dialect().isSqlite())
        return e;
    return PostgresSecurity::upgrade(c, 5);
}

WorkspaceError SchemaMigrations::step6(WorkspaceConnection &c)
{
    // Issue 12: append-only history, content of its own row, renames audited. PostgreSQL
    // only (a SQLite file is its one user's).
    return c.dialect().isSqlite() ? WorkspaceError() : PostgresSecurity::upgrade(c, 6);
}

WorkspaceError SchemaMigrations::step7(WorkspaceConnection &c)
{
    // Issue 12: passwords only as SCRAM verifiers, only for the logins the workspace
    // created; no privileged login taken in. PostgreSQL only.
    return c.dialect().isSqlite() ? WorkspaceError() : PostgresSecurity::upgrade(c, 7);
}

WorkspaceError SchemaMigrations::step8(WorkspaceConnection &c)
{
    // Issue 12: pinned search_path, group roles of this database alone, clerks' view of
    // the people, drafts only from clerks, status only from reviewers. PostgreSQL only.
    return c.dialect().isSqlite() ? WorkspaceError() : PostgresSecurity::upgrade(c, 8);
}

WorkspaceError SchemaMigrations::step9(WorkspaceConnection &c)
{
    // Issue 12, what the checks cost: the same rules, planned once per session, and the
    // overview's trust asked once per query. PostgreSQL only.
    return c.dialect().isSqlite() ? WorkspaceError() : PostgresSecurity::upgrade(c, 9);
}
