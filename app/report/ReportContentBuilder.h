#pragma once

#include "ReportBlock.h"
#include "ReportEvaluation.h"

// The whole document in the order of the published reports (domain.md, "The report"):
// title block, preamble, 一 to 五 (the generated sections from ReportTextBuilder, the
// narrative sections as the clerk wrote them, paragraphs kept), signature, the appendix
// (score table, indicator table) and, for a draft, the findings.
class ReportContentBuilder
{
public:
    ReportContentBuilder(const Report &report, const ReportEvaluation &evaluation);
    ReportBlocks blocks() const;

    // "湘潭市行政审批服务局2023年度部门整体支出预算绩效自评报告" (also the PDF's title).
    static QString documentTitle(const Report &report);
    // "2023年度部门整体支出预算绩效自评报告": the title line under the department.
    static QString titleLine(const Report &report);

private:
    void overview(ReportBlocks &out) const;
    void targets(ReportBlocks &out) const;
    void titledTexts(ReportBlocks &out, const QList<TitledText> &items) const;
    void signature(ReportBlocks &out) const;

    const Report &m_report;
    const ReportEvaluation &m_evaluation;
};
