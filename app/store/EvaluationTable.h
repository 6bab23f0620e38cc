#pragma once

#include "OverviewRecord.h"
#include "WorkspaceConnection.h"

#include <QStringList>

// The SQL of jixiao_evaluation: for each report, what the overview shows of its evaluation
// (score, grade, pending manual items, the indicators, finding counts), computed when the
// report is saved so that the overview of a year with 1,000 departments is one narrow query
// instead of 1,000 evaluations. A report's evaluation depends on its stored previous year
// (year-on-year indicators, the carry-over check), so saving a report also refreshes the
// next year's. The workspace evaluates with the built-in scheme and default settings.
// Lines of an older OverviewRecord::EvaluationVersion, or missing, are evaluated when read.
//
// A shared (PostgreSQL) workspace trusts no client (issue 12): a line says what it evaluated
// (its basis: basisOf) and the server says who wrote it. overview() takes a line as it is
// only when the owner or a reviewer wrote it of the content as it is now; any other it
// evaluates again from the content, and marks the record when a line of the same content
// said otherwise (OverviewRecord::storedMismatch). Callers run these inside
// WorkspaceConnection::write/read.
class EvaluationTable
{
public:
    // A line evaluated again by this program, which a trusted reader may store (storeChecked).
    struct Checked
    {
        qint64 reportId = 0;
        OverviewRecord record;
        QString basis;
    };

    static QStringList rateColumns(); // one per indicator id, named after it

    static ReportEvaluation evaluate(const Report &report, const Report *previousYear, const ManualScores &scores);
    // What an evaluation is of: md5 of the report's JSON text, of the previous year's ('' when
    // there is none), of the manual scores (one "item\tscore\treason" line each, in the byte
    // order of the item ids, joined by newlines; '' when there are none), joined by ':'. The
    // server's jixiao_basis is the same (sql/postgres-security-5.sql).
    static QString basisOf(const QByteArray &content, const std::optional<QByteArray> &previousContent,
                           const ManualScores &scores);
    static WorkspaceError refresh(WorkspaceConnection &c, qint64 reportId);
    // Refreshes the report of (department, year + 1), when there is one.
    static WorkspaceError refreshFollowing(WorkspaceConnection &c, const QString &department, int year);
    // The report of (department, year) has gone (deleted, or moved to another department or
    // year): the line of (department, year + 1) is dropped, to be evaluated when read.
    static WorkspaceError clearFollowing(WorkspaceConnection &c, const QString &department, int year);
    static WorkspaceError remove(WorkspaceConnection &c, qint64 reportId);

    // The overview of `year`, by department. `checked`: the lines evaluated again here.
    static WorkspaceError overview(WorkspaceConnection &c, int year, QList<OverviewRecord> *out,
                                   QList<Checked> *checked = nullptr);
    static WorkspaceError storeChecked(WorkspaceConnection &c, const QList<Checked> &lines);
    // The years that have reports, newest first.
    static WorkspaceError years(WorkspaceConnection &c, QList<int> *out);

private:
    // Without a basis: the layout of version 4.
    static WorkspaceError store(WorkspaceConnection &c, qint64 reportId, const OverviewRecord &record,
                                const std::optional<QString> &basis);
    // Evaluates the reports of `records` (indexes `which`) again from their content.
    static WorkspaceError evaluateAgain(WorkspaceConnection &c, QList<OverviewRecord> *records,
                                        const QList<qsizetype> &which, QList<QString> *bases);
};
