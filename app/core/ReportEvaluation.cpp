#include "ReportEvaluation.h"

#include "FindingCatalog.h"
#include "IndicatorCalculator.h"
#include "ReportChecker.h"
#include "ScoringEngine.h"

ReportEvaluation ReportEvaluation::of(const Report &report, const Inputs &inputs)
{
    ReportEvaluation e;
    e.figures = ReportFigures::of(report);
    e.indicators = IndicatorCalculator::compute(report, e.figures, inputs.previousYear, inputs.settings);
    for (const RefusedInput &refused : inputs.refusedInputs)
        e.findings.append(FindingCatalog::make("invalid_input", {refused.text}, {refused.path}));
    e.findings += ReportChecker::check(report, e.figures, e.indicators, inputs.previousYear);
    static const ScoringScheme builtIn = ScoringSchemeReader::builtIn();
    e.score = ScoringEngine::score(inputs.scheme ? *inputs.scheme : builtIn, report, e.figures,
                                   e.indicators, inputs.manualScores);
    return e;
}
