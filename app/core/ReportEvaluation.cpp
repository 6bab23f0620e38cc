#include "ReportEvaluation.h"

#include "FindingCatalog.h"
#include "IndicatorCalculator.h"
#include "ReportChecker.h"
#include "ScoringEngine.h"

#include <algorithm>

ReportEvaluation ReportEvaluation::of(const Report &report, const Inputs &inputs)
{
    ReportEvaluation e;
    e.figures = ReportFigures::of(report);
    e.indicators = IndicatorCalculator::compute(report, e.figures, inputs.previousYear, inputs.settings);
    for (const RefusedInput &refused : inputs.refusedInputs)
        e.findings.append(FindingCatalog::make("invalid_input", {refused.text}, {refused.path}));
    e.findings += ReportChecker::check(report, e.figures, e.indicators, inputs.previousYear);
    static const ScoringScheme builtIn = ScoringSchemeReader::builtIn();
    const ScoringScheme &scheme = inputs.scheme ? *inputs.scheme : builtIn;
    e.score = ScoringEngine::score(scheme, report, e.figures, e.indicators, inputs.manualScores);
    e.table = SelfEvaluation::of(report, e.figures, scheme);
    // Errors first, then warnings: the table's errors after the checker's.
    const auto firstWarning = std::find_if(e.findings.cbegin(), e.findings.cend(),
                                           [](const Finding &f) { return !f.isError(); });
    qsizetype at = firstWarning - e.findings.cbegin();
    for (const Finding &f : e.table.findings)
        e.findings.insert(f.isError() ? at++ : e.findings.size(), f);
    return e;
}
