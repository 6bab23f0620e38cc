#pragma once

// The choices that vary by locality, kept in one named place (domain.md).
struct IndicatorSettings
{
    // “三公经费”变动率: the budget basis of 财预〔2013〕53号 by default; some localities
    // compare actual spending.
    enum class ChangeBasis { Budget, Actual };
    ChangeBasis threePublicChangeBasis = ChangeBasis::Budget;

    // 预算调整率's denominator: 年初预算 (default) or 全年预算.
    enum class AdjustmentDenominator { InitialBudget, FullYearBudget };
    AdjustmentDenominator adjustmentDenominator = AdjustmentDenominator::InitialBudget;

    // Whether 调减 count by their absolute value (default) or net against 调增.
    enum class DecreaseCounting { Absolute, Net };
    DecreaseCounting decreaseCounting = DecreaseCounting::Absolute;

    bool operator==(const IndicatorSettings &) const = default;
};
