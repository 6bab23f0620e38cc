#pragma once

#include "ReportBlock.h"
#include "ReportEvaluation.h"

struct SelfEvaluationForm;

// The appendix (附件): the self-evaluation score table (自评表) with the total and grade —
// saying so when it is provisional — and the indicator table with definitions and the
// printed formulas.
class ReportAppendix
{
public:
    ReportAppendix(const Report &report, const ReportEvaluation &evaluation);
    ReportBlocks blocks() const;
    // The appendices' names in order (附件1, 附件2 and, when the report carries it, 附件3), and
    // the 附件说明 under the body that lists them ("附件：1.…\n2.…").
    QStringList titles() const;
    ReportBlock note() const;

    ReportTable scoreTable() const;
    QString scoreSummary() const; // "自评得分83.00分，等级为“良”。…"
    ReportTable indicatorTable() const;
    static ReportTable targetTable(const Report &report); // 绩效目标表, for section 三（二）
    // The standard self-evaluation table (附件3, when the report has indicator rows or an
    // overall goal), laid out as the published forms (SelfEvaluationForm): two tables that
    // print as one — department, execution and goal; then the indicator grid from its header
    // row, which repeats at the top of every further page, as a printed form's does.
    static QList<ReportTable> selfEvaluationTables(const SelfEvaluationForm &form);

private:
    const Report &m_report;
    const ReportEvaluation &m_evaluation;
};
