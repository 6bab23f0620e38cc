#include "ReportFigures.h"

namespace {

// Adds with overflow detection; once overflowed, the flag stays set.
struct Sum
{
    bool *overflow;
    Money add(Money a, Money b) const
    {
        Money r;
        if (!Money::addChecked(a, b, &r))
            *overflow = true;
        return r;
    }
    Money subtract(Money a, Money b) const
    {
        Money r;
        if (!Money::subtractChecked(a, b, &r))
            *overflow = true;
        return r;
    }
};

Money given(const OptionalMoney &m)
{
    return m.value_or(Money());
}

} // namespace

Money ReportFigures::threePublicTotal(const ThreePublicAmounts &a, bool *overflow)
{
    const Sum s{overflow};
    return s.add(s.add(given(a.reception), given(a.vehicles)), given(a.overseas));
}

ReportFigures ReportFigures::of(const Report &report)
{
    ReportFigures f;
    const Sum s{&f.overflow};
    const Budget &b = report.budget;
    const Execution &e = report.execution;

    f.carryoverInBasic = given(b.carryoverIn.basic);
    f.carryoverInProject = given(b.carryoverIn.project);
    f.carryoverIn = s.add(f.carryoverInBasic, f.carryoverInProject);
    f.initialBasic = given(b.initial.basic);
    f.initialProject = given(b.initial.project);
    f.initial = s.add(f.initialBasic, f.initialProject);

    Money net;
    for (const BudgetAdjustment &a : b.adjustments) {
        const Money amount = given(a.amount);
        switch (a.category) {
        case AdjustmentCategory::Basic:
            f.adjustedBasic = s.add(f.adjustedBasic, amount);
            break;
        case AdjustmentCategory::Project:
            f.adjustedProject = s.add(f.adjustedProject, amount);
            break;
        case AdjustmentCategory::Transfer:
            f.adjustedTransfer = s.add(f.adjustedTransfer, amount);
            break;
        }
        if (a.category != AdjustmentCategory::Transfer) {
            if (amount.isNegative())
                f.decreases = s.add(f.decreases, amount.abs());
            else
                f.increases = s.add(f.increases, amount);
        }
        // A transfer moves money between basic and project: counted once.
        Money &bucket = a.excluded ? f.excludedAdjustments : f.countedAdjustments;
        bucket = s.add(bucket, amount.abs());
        if (!a.excluded)
            net = s.add(net, a.category == AdjustmentCategory::Transfer ? amount.abs() : amount);
    }
    f.countedAdjustmentsNet = net.abs();

    f.budgetBasic = s.subtract(s.add(f.initialBasic, f.adjustedBasic), f.adjustedTransfer);
    f.budgetProject = s.add(s.add(f.initialProject, f.adjustedProject), f.adjustedTransfer);
    f.budget = s.add(f.budgetBasic, f.budgetProject);
    f.availableBasic = s.add(f.budgetBasic, f.carryoverInBasic);
    f.availableProject = s.add(f.budgetProject, f.carryoverInProject);
    f.available = s.add(f.budget, f.carryoverIn);

    f.spentBasic = given(e.spent.basic);
    f.spentProject = given(e.spent.project);
    f.spent = s.add(f.spentBasic, f.spentProject);
    f.recovered = given(e.recovered);
    f.carryoverOut = e.carryoverOut;
    f.expectedCarryoverOut = s.subtract(s.subtract(f.available, f.spent), f.recovered);

    f.threePublicBudget = threePublicTotal(b.threePublicBudget, &f.overflow);
    f.threePublicActual = threePublicTotal(e.threePublicActual, &f.overflow);
    return f;
}
