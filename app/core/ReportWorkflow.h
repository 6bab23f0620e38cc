#pragma once

#include "ReportStatus.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <optional>

// What a person may do in a workspace. On a private SQLite file the single user has every
// role; on PostgreSQL the workspace's users table gives each login its roles (and the
// database enforces them, see app/store/PostgresSecurity).
enum class WorkspaceRole {
    Clerk = 0x1,    // 填报人员: edits the reports of one department, submits them
    Reviewer = 0x2, // 审核人员: returns, approves, reopens, comments
    Admin = 0x4,    // 管理员: manages the workspace's users
};
Q_DECLARE_FLAGS(WorkspaceRoles, WorkspaceRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(WorkspaceRoles)

QString workspaceRoleKey(WorkspaceRole role); // clerk | reviewer | admin
std::optional<WorkspaceRole> workspaceRoleFromKey(const QString &key);
QString workspaceRoleText(WorkspaceRole role); // 填报人员 | 审核人员 | 管理员
QList<WorkspaceRole> allWorkspaceRoles();

// The approval workflow: which status changes exist, who may make them, and what they need.
//   草稿 → 已提交     clerk, the report has no errors
//   已提交 → 已退回   reviewer, with a comment saying why
//   已提交 → 已审核   reviewer, the report has no errors (evaluated again from its content)
//   已退回 → 已提交   clerk, the report has no errors
//   已审核 → 草稿     reviewer (reopening: the report becomes editable again)
// An approved report is read-only; a submitted one's content (title, department, year) and
// manual scores are fixed, and it is not deleted, until a reviewer returns it. The store applies these rules on both engines, and the
// database's triggers apply the same table (keep them in step).
class ReportWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ReportWorkflow)
public:
    enum class Action { Submit, Return, Approve, Reopen };
    enum class Problem { None, NotATransition, NotYourRole, HasErrors, CommentRequired };
    struct Verdict
    {
        Problem problem = Problem::None;
        QString message; // a sentence for the person, empty when allowed
        bool allowed() const { return problem == Problem::None; }
    };

    static ReportStatus targetOf(Action action);
    static std::optional<Action> actionFor(ReportStatus from, ReportStatus to);
    static WorkspaceRole roleFor(Action action);
    static QString actionText(Action action); // 提交, 退回, 审核通过, 重新打开
    static bool isReadOnly(ReportStatus status) { return status == ReportStatus::Approved; }
    // A report waiting for its reviewer: what the reviewer reads is what was submitted, until
    // it is returned (or approved, then reopened). Its content (schema step 11) and its manual
    // scores cannot change, nor can it be deleted (step 12): the database refuses them too.
    // Its status moves by the table above.
    static bool isUnderReview(ReportStatus status) { return status == ReportStatus::Submitted; }
    // The window locks both.
    static bool isLockedInWindow(ReportStatus status) { return isUnderReview(status) || isReadOnly(status); }
    // Figures read from the department's tables (jixiao fill --db) go only into a report
    // that is being written: not one waiting for its reviewer (已提交) or approved.
    static bool acceptsFilledFigures(ReportStatus status)
    {
        return status == ReportStatus::Draft || status == ReportStatus::Returned;
    }

    // May someone with `roles` for this report (Clerk only when it is of their department)
    // move it from `from` to `to`? `errorCount`: the report's errors now; `comment`: the
    // reviewer's reason when returning.
    static Verdict check(ReportStatus from, ReportStatus to, WorkspaceRoles roles, int errorCount,
                         const QString &comment);
    // The actions open to `roles` from `from` (for the window's buttons), errors aside.
    static QList<Action> available(ReportStatus from, WorkspaceRoles roles);
};
