#include "AdjustmentGroups.h"

AdjustmentGroups AdjustmentGroups::of(const Report &report)
{
    AdjustmentGroups g;
    const QList<BudgetAdjustment> &rows = report.budget.adjustments;
    for (int i = 0; i < rows.size(); ++i) {
        const Row row{i, 0, &rows[i]};
        if (rows[i].category == AdjustmentCategory::Transfer)
            g.transfers.append(row);
        else if (row.amount().isNegative())
            g.decreases.append(row);
        else
            g.increases.append(row);
    }
    int number = 0;
    for (QList<Row> *group : {&g.increases, &g.decreases, &g.transfers}) {
        for (Row &row : *group)
            row.number = ++number;
    }
    return g;
}
