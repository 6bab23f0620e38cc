#pragma once

#include "Report.h"
#include "ReportStatus.h"
#include "ReportWorkflow.h"
#include "ScoreCard.h"
#include "WorkspaceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <optional>

// The value types of the workspace API. Status, history and comments live only in the
// workspace: they are never part of an exported report.

// One row of the workspace browser: enough to list, search and sort without reading the
// report itself. Amounts are the report's totals (全年预算 B, 全年支出 E, 年末结转 C1).
struct ReportSummary
{
    qint64 id = 0;
    QString department;
    int year = 0;
    int revision = 0; // +1 on every change; a save names the revision it started from
    QString title;
    ReportStatus status = ReportStatus::Draft;
    QString statusNote; // the reviewer's reason when the report was returned
    OptionalMoney budget;
    OptionalMoney spent;
    OptionalMoney carryoverOut;
    QDateTime updatedAt; // UTC
    QString updatedBy;
};

struct StoredReport
{
    ReportSummary summary;
    Report report;
    ManualScores manualScores; // by score item id (ScoringScheme), kept with the report
};

// One saved state of a report. Saves by one person within a few minutes share one entry
// (see Workspace::Options::historyMergeSeconds); every other change has its own.
struct HistoryEntry
{
    Q_DECLARE_TR_FUNCTIONS(HistoryEntry)
public:
    enum class Action { Create, Save, Import, Copy, Restore, Delete, Status, CarryForward };
    static QString actionKey(Action action);
    static Action actionFromKey(const QString &key);
    QString actionText() const; // 新建, 修改, 导入, …

    qint64 id = 0;
    qint64 reportId = 0;
    QString department; // as it was then
    int year = 0;
    int revision = 0;   // the report's revision after this change
    Action action = Action::Save;
    QString summary;    // what changed, in words
    ReportStatus status = ReportStatus::Draft;
    QDateTime startedAt; // first save merged into this entry (UTC)
    QDateTime savedAt;   // last one (UTC)
    QString savedBy;
};

// A remark of a reviewer on a report, one of its sections or one of its fields.
struct ReportComment
{
    qint64 id = 0;
    qint64 reportId = 0;
    // A field (budget.adjustments[2].reason), a section (budget), or empty for the whole
    // report: the paths of the exchange format, as ReportDocument and FieldNames use them.
    QString fieldPath;
    QString author; // who wrote it (on PostgreSQL the database login, set by the database)
    QDateTime createdAt; // UTC
    QString text;
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt; // UTC; invalid while open
};

// A person of the workspace and what they may do. On SQLite the one user has every role;
// on PostgreSQL `login` is a database login and the database enforces the roles.
struct WorkspaceUser
{
    QString login;
    QString displayName;
    QString department; // the department a clerk writes for
    WorkspaceRoles roles;
    bool owner = false; // owns the workspace (SQLite file, PostgreSQL schema): every role

    // The roles this person has for a report of `department`: Clerk only for their own
    // department (and its copies, "<department>（副本…）").
    WorkspaceRoles rolesFor(const QString &reportDepartment) const;
    bool mayEdit(const QString &reportDepartment) const { return rolesFor(reportDepartment).testFlag(WorkspaceRole::Clerk); }
    bool mayReview() const { return roles.testFlag(WorkspaceRole::Reviewer); }
    bool mayManageUsers() const { return roles.testFlag(WorkspaceRole::Admin); }
    // "张三（clerk_a）" or the login alone.
    QString name() const;
    bool operator==(const WorkspaceUser &) const = default;
    // The rule of rolesFor, shared with the PostgreSQL policies (jixiao_in_department).
    static bool inDepartment(const QString &reportDepartment, const QString &userDepartment);
};

// One entry of the audit trail: who did what to a report, when, and for edits which fields
// changed from what to what. Nobody can change or delete these from the program (SQLite:
// triggers refuse it; PostgreSQL: no grants, rows written by the database's own triggers).
struct AuditEntry
{
    enum class Action { Create, Edit, Status, Delete, ManualScore };
    static QString actionKey(Action action); // create | edit | status | delete | score
    static Action actionFromKey(const QString &key);
    QString actionText() const;

    struct Change
    {
        QString path;      // budget.initial.basic; manual_scores.<item id> for manual scores
        QJsonValue before; // null when there was none
        QJsonValue after;
        bool operator==(const Change &) const = default;
    };

    qint64 id = 0;
    qint64 reportId = 0;
    QString department;
    int year = 0;
    QDateTime at; // UTC
    QString actor;
    Action action = Action::Edit;
    int revision = 0;
    ReportStatus fromStatus = ReportStatus::Draft; // Status (and Delete: the last status)
    ReportStatus toStatus = ReportStatus::Draft;
    QString note; // Status: the reviewer's comment (returning)
    QList<Change> changes;
};

struct LoadResult
{
    std::optional<StoredReport> stored;
    WorkspaceError error;
    bool ok() const { return stored.has_value(); }
};

struct SaveResult
{
    enum class Outcome {
        Failed,   // see error; nothing was written
        Saved,    // the report now has `revision`
        Added,    // a new report was created (import, new, copy, restore of a deleted one)
        Replaced, // import replaced the stored report of the same department and year
        Unchanged, // nothing to write: the stored report is already like this
        Removed,
    };
    Outcome outcome = Outcome::Failed;
    qint64 id = 0;
    int revision = 0;
    QString department; // as stored (a copy gets a new name)
    WorkspaceError error;
    // On a conflict: the report as it is now stored (who saved it, when, which revision).
    std::optional<ReportSummary> current;

    bool ok() const { return outcome != Outcome::Failed; }
    bool isConflict() const { return error.kind == WorkspaceError::Conflict; }
};
