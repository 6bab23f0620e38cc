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
// Callers run these inside WorkspaceConnection::write/read.
class EvaluationTable
{
public:
    static QStringList rateColumns(); // one per indicator id, named after it

    static ReportEvaluation evaluate(const Report &report, const Report *previousYear, const ManualScores &scores);
    static WorkspaceError refresh(WorkspaceConnection &c, qint64 reportId);
    // Refreshes the report of (department, year + 1), when there is one.
    static WorkspaceError refreshFollowing(WorkspaceConnection &c, const QString &department, int year);
    static WorkspaceError remove(WorkspaceConnection &c, qint64 reportId);
    // Every report (schema migration).
    static WorkspaceError refreshAll(WorkspaceConnection &c);

    // The overview of `year`, by department.
    static WorkspaceError overview(WorkspaceConnection &c, int year, QList<OverviewRecord> *out);
    // The years that have reports, newest first.
    static WorkspaceError years(WorkspaceConnection &c, QList<int> *out);

private:
    static WorkspaceError store(WorkspaceConnection &c, qint64 reportId, const OverviewRecord &record);
    // Evaluates a stored report now (a missing or outdated line).
    static WorkspaceError evaluateStored(WorkspaceConnection &c, OverviewRecord *record);
};
