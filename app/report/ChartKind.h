#pragma once

// Every chart the program draws: the document's three (ReportChart, ReportBlock.h) and those
// only the review screens show (built by ChartBuilder as well, so both look alike).
enum class ChartKind {
    BudgetComposition,     // 预算构成 (pie)
    BudgetAgainstSpending, // 预算与支出: basic / project / total
    ThreePublic,           // “三公经费” budget against actual, in 万元
    ThreePublicControl,    // “三公经费” actual as % of budget per item, with the 100% line
    Adjustments,           // 年中预算调整 by item, 除外调整 distinguished
    Trend                  // several years: budget, spending, 年末结转 and the main rates
};

inline constexpr ChartKind allChartKinds[] = {ChartKind::BudgetComposition, ChartKind::BudgetAgainstSpending,
                                              ChartKind::ThreePublic,       ChartKind::ThreePublicControl,
                                              ChartKind::Adjustments,       ChartKind::Trend};
