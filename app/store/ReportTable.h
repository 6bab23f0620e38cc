#pragma once

#include "WorkspaceConnection.h"
#include "WorkspaceRecords.h"

#include <QByteArray>
#include <optional>

// The SQL of the jixiao_report table: one row per (department, year) holding the report's
// JSON text (exactly what ReportJsonWriter writes) plus the columns the browser lists and
// sorts by, amounts as BIGINT 分. Callers run these inside WorkspaceConnection::write/read.
class ReportTable
{
public:
    struct Row
    {
        ReportSummary summary;
        QByteArray content; // UTF-8 JSON of the exchange format
        QString lastSaveId; // the save that produced this revision (makes retries idempotent)
    };

    // A row for `report` (department, year, title and totals taken from it).
    static Row rowFor(const Report &report);

    static WorkspaceError list(WorkspaceConnection &c, QList<ReportSummary> *out);
    static WorkspaceError find(WorkspaceConnection &c, qint64 id, bool forUpdate, std::optional<Row> *out);
    static WorkspaceError findByKey(WorkspaceConnection &c, const QString &department, int year,
                                    bool forUpdate, std::optional<Row> *out);
    // Inserts; row.summary.id > 0 puts it back under that id (restoring a deleted report).
    static WorkspaceError insert(WorkspaceConnection &c, const Row &row, qint64 *id);
    // Updates the row if it still has `expectedRevision`; *updated says whether it did.
    // Every column but the status (and its note), which only updateStatus changes.
    static WorkspaceError update(WorkspaceConnection &c, const Row &row, int expectedRevision, bool *updated);
    // The status, its note and the revision stamp (what a reviewer may change).
    static WorkspaceError updateStatus(WorkspaceConnection &c, const Row &row, int expectedRevision, bool *updated);
    // Only the revision stamp (revision, updated_at/by, last save id): a change kept beside
    // the content, such as the manual scores.
    static WorkspaceError touch(WorkspaceConnection &c, const Row &row, int expectedRevision, bool *updated);
    static WorkspaceError remove(WorkspaceConnection &c, qint64 id);
    // Fills title and totals of every row from its content (schema migration 2).
    static WorkspaceError refreshColumns(WorkspaceConnection &c);
};
