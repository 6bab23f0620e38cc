#pragma once

#include "Finding.h"
#include "Indicator.h"
#include "IndicatorSettings.h"
#include "RefusedInput.h"
#include "ReportFigures.h"
#include "ScoreCard.h"
#include "ScoringScheme.h"
#include "SelfEvaluation.h"

// Everything computed from one report: figures, indicators, findings and the score.
// One call does it all; the model layer calls it after every edit.
struct ReportEvaluation
{
    ReportFigures figures;
    IndicatorList indicators;
    FindingList findings;
    ScoreCard score;
    SelfEvaluation table; // the standard self-evaluation table (自评表); its findings are in `findings`

    int errorCount() const { return countErrors(findings); }
    int warningCount() const { return int(findings.size()) - errorCount(); }
    bool operator==(const ReportEvaluation &) const = default;

    struct Inputs
    {
        const Report *previousYear = nullptr;
        IndicatorSettings settings;
        const ScoringScheme *scheme = nullptr; // the built-in scheme when null
        ManualScores manualScores;
        // Texts the window's fields refused: each an invalid_input error, first in the list.
        RefusedInputList refusedInputs;
    };
    static ReportEvaluation of(const Report &report, const Inputs &inputs);
    static ReportEvaluation of(const Report &report) { return of(report, Inputs()); }
};
