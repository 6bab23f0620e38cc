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
};
