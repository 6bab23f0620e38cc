#pragma once

#include "Report.h"
#include "ReportEvaluation.h"

#include <QCoreApplication>

// The readable result of `jixiao check`: indicators with formulas, findings, score.
class EvaluationSummary
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationSummary)
public:
    static QString text(const Report &report, const ReportEvaluation &evaluation);

private:
    // The sections of the text, each starting with an empty line.
    static QString indicators(const ReportEvaluation &e);
    static QString balance(const ReportFigures &f);
    static QString findings(const ReportEvaluation &e);
    static QString score(const ScoreCard &s);
    static QString table(const Report &report, const SelfEvaluation &t);
};
