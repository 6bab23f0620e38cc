#pragma once

#include <QList>
#include <QString>

// Where a report stands in the office's workflow (issue 6): a clerk writes it (草稿) and
// submits it (已提交); a reviewer returns it with a comment (已退回) or approves it (已审核).
// An approved report is read-only until a reviewer reopens it (back to 草稿). The rules of
// who may move it where are in ReportWorkflow.
enum class ReportStatus { Draft, Submitted, Returned, Approved };

// The stored key: "draft" | "submitted" | "returned" | "approved". Keys written by the first
// workspaces ("review", "final") are read as submitted and approved.
QString reportStatusKey(ReportStatus status);
ReportStatus reportStatusFromKey(const QString &key);
// 草稿 | 已提交 | 已退回 | 已审核 (shown to people).
QString reportStatusText(ReportStatus status);
QList<ReportStatus> allReportStatuses();
