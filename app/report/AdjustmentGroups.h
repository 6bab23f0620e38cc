#pragma once

#include "Report.h"

#include <QList>

// The year's budget adjustments (年中预算调整) as the report lists them: 调增 first, then
// 调减, then structural transfers (结构调整), each group in the order of the JSON rows, with
// one running number （1）…（n） per row so later sentences can refer to them.
struct AdjustmentGroups
{
    struct Row
    {
        int index = 0;  // position in report.budget.adjustments
        int number = 0; // the printed （n）
        const BudgetAdjustment *adjustment = nullptr;
        Money amount() const { return adjustment->amount.value_or(Money()); }
    };

    QList<Row> increases;
    QList<Row> decreases;
    QList<Row> transfers;

    bool isEmpty() const { return increases.isEmpty() && decreases.isEmpty() && transfers.isEmpty(); }
    QList<Row> all() const { return increases + decreases + transfers; } // numbering order

    // The report must outlive the groups (rows point into it).
    static AdjustmentGroups of(const Report &report);
};
