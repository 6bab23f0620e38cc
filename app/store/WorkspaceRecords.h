#pragma once

#include "Report.h"
#include "WorkspaceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// The value types of the workspace API. Status, history and comments live only in the
// workspace: they are never part of an exported report.

// Where a report stands in the office's workflow.
enum class ReportStatus { Draft, Review, Final };
QString reportStatusKey(ReportStatus status); // "draft" | "review" | "final" (stored)
ReportStatus reportStatusFromKey(const QString &key);
QString reportStatusText(ReportStatus status); // 草稿 | 待审核 | 定稿 (shown)

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

// A remark of a reviewer on a report (or one of its fields).
struct ReportComment
{
    qint64 id = 0;
    qint64 reportId = 0;
    QString fieldPath; // e.g. budget.adjustments[2].reason; empty for the whole report
    QString author;
    QDateTime createdAt;
    QString text;
    bool resolved = false;
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
