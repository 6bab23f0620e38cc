#pragma once

#include "SelfEvaluation.h"
#include "TextLanguage.h"

// The words of the self-evaluation table (自评表) at the edges: 指标性质 and tier names, the
// summary line, the ceiling said plainly and what is still pending. The printed table is
// Chinese; the window and the command line use the program's language.
class SelfEvaluationText
{
public:
    static QString directionLabel(TargetDirection direction, TextLanguage language = TextLanguage::Program);
    static QString tierLabel(QualitativeTier tier, TextLanguage language = TextLanguage::Program);

    // "自评表：预算执行9.94分 + 绩效指标89.19分 = 总分99.13分，等级：优" (the command line).
    static QString summary(const SelfEvaluation &table, TextLanguage language = TextLanguage::Program);
    // What is still missing, or empty: "2项绩效指标待评".
    static QString pending(const SelfEvaluation &table, TextLanguage language = TextLanguage::Program);
    // The ceiling in force, or empty: "预算执行率为75.00%，低于80%，总分最高89分：已由93.20分降为89分。"
    static QString ceiling(const SelfEvaluation &table, TextLanguage language = TextLanguage::Program);
    // The window's line: the total and grade when complete; while something is pending, the
    // points so far and what is pending, and no grade.
    static QString windowTotal(const SelfEvaluation &table, const QString &gradeShown,
                               TextLanguage language = TextLanguage::Program);

    static QString points(qint64 centi); // 994 → "9.94"
    static QString optionalPoints(const std::optional<qint64> &centi, TextLanguage language = TextLanguage::Program); // none → 待评
};
