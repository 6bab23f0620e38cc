#pragma once

#include "ReportBlock.h"
#include "ReportEvaluation.h"

// The sentences of the report that carry figures, generated from the data in the phrasing
// of the published reports (the seed): section 二 (部门整体支出管理和使用基本情况) and
// section 三（一） (部门整体支出绩效分析), plus the findings of a draft. Every amount and rate
// comes from the evaluation (ReportFigures, IndicatorList); nothing is computed here, so the
// sentences can never disagree with the tables and the checks.
class ReportTextBuilder
{
public:
    // Both must outlive the builder.
    ReportTextBuilder(const Report &report, const ReportEvaluation &evaluation);

    ReportBlocks budgetSection() const;       // 二、…, with its charts
    ReportBlocks performanceAnalysis() const; // 三、… and （一）部门整体支出绩效分析
    ReportBlocks draftNotice() const;         // empty unless the report has errors

    // Sections 二 and 三（一） and the draft notice as plain text, one block per line
    // (the golden-file tests compare this).
    QString plainText() const;

    bool isDraft() const { return m_evaluation.errorCount() > 0; }

private:
    QString initialBudget() const;
    QString adjustments() const;
    QString fullYearBudget() const;
    QString execution() const;
    QString balance() const;
    QStringList threePublic() const;

    const Report &m_report;
    const ReportEvaluation &m_evaluation;
};
