#pragma once

#include "ReportBlock.h"
#include "ReportEvaluation.h"

// Section 三、部门整体支出绩效情况 down to （一）部门整体支出绩效分析: 1.预算执行 with one
// numbered item per indicator and its printed formula, and 2.预算管理 (the clerk's
// management items, then 政府采购完成情况). Figures come from the evaluation only.
class PerformanceAnalysisText
{
public:
    PerformanceAnalysisText(const Report &report, const ReportEvaluation &evaluation);
    ReportBlocks blocks() const;

private:
    void budgetAdjustmentRate(ReportBlocks &out) const;
    void controlRate(ReportBlocks &out, bool basic) const;
    void fundBalance(ReportBlocks &out) const;
    void threePublicControl(ReportBlocks &out) const;
    void executionRate(ReportBlocks &out) const;
    void carryoverRate(ReportBlocks &out) const;
    void management(ReportBlocks &out) const;
    QString procurement() const;

    // The formula line of an indicator, or its 不适用 sentence.
    void appendRate(ReportBlocks &out, const QString &id) const;
    const Indicator *indicator(const QString &id) const;

    const Report &m_report;
    const ReportEvaluation &m_evaluation;
};
