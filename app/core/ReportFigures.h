#pragma once

#include "Report.h"

// The totals every indicator, check and sentence is built from (domain.md, "Figures").
// A missing part of a sum counts as 0. If a sum leaves the representable range, `overflow`
// is set and the totals must not be used.
struct ReportFigures
{
    Money carryoverInBasic, carryoverInProject, carryoverIn; // C0b, C0p, C0
    Money initialBasic, initialProject, initial;             // B0b, B0p
    Money adjustedBasic, adjustedProject, adjustedTransfer;  // Σa per category
    Money increases, decreases;     // Σ of 调增 (positive) and of 调减 (as a positive amount)
    Money excludedAdjustments;      // Σ|a| of 除外调整 rows
    Money countedAdjustments;       // Σ|a| of the other rows (预算调整率's numerator)
    Money countedAdjustmentsNet;    // |Σa| of the other rows, transfers by |a| (a local variant)
    Money budgetBasic, budgetProject, budget; // Bb, Bp, B (全年预算)
    Money availableBasic, availableProject, available; // Bb + C0b, Bp + C0p, B + C0
    Money spentBasic, spentProject, spent;    // Eb, Ep, E
    Money recovered;                          // R
    OptionalMoney carryoverOut;               // C1 as entered
    Money expectedCarryoverOut;               // C0 + B − E − R
    Money threePublicBudget, threePublicActual; // TPb, TPa
    bool overflow = false;

    static ReportFigures of(const Report &report);
    static Money threePublicTotal(const ThreePublicAmounts &amounts, bool *overflow);

    bool operator==(const ReportFigures &) const = default;
};
