#pragma once

#include "Report.h"
#include "TextLanguage.h"

#include <QFont>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// 年中预算调整 by item: one horizontal bar per row, in the report's order from the top;
// 调增 to the right, 调减 to the left of zero; 除外调整 in their own colour (a second bar
// set, so the legend says which is which). Built by ChartBuilder, its texts in `language`.
class AdjustmentsChart
{
public:
    // Beyond this many rows the rest are summed into one bar ("其余N项"): a chart of
    // hundreds of bars says nothing and costs a frame.
    static constexpr int MaxBars = 40;
    static constexpr int NameChars = 14; // axis label length before an ellipsis

    static std::unique_ptr<QChart> build(const Report &report, const QFont &font, TextLanguage language);
    // The hover text of one row: number, full name, amount, category, excluded or not, reason.
    static QString toolTip(int row, const BudgetAdjustment &adjustment, TextLanguage language);
};
