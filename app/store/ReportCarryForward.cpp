#include "ReportCarryForward.h"

#include "ReportFigures.h"

BasicProjectAmounts ReportCarryForward::carryoverIn(const Report &lastYear)
{
    BasicProjectAmounts in;
    const OptionalMoney c1 = lastYear.execution.carryoverOut;
    if (!c1)
        return in;
    const ReportFigures f = ReportFigures::of(lastYear);
    Money basicLeft;
    if (f.overflow || !Money::subtractChecked(f.availableBasic, f.spentBasic, &basicLeft))
        basicLeft = Money();
    Money basic = basicLeft;
    if (basic.isNegative() || c1->isNegative())
        basic = Money();
    else if (basic > *c1)
        basic = *c1;
    in.basic = basic;
    in.project = Money::fromFen(c1->fen() - basic.fen()); // |basic| ≤ |C1|: no overflow
    return in;
}

Report ReportCarryForward::from(const Report &lastYear, int year)
{
    Report r;
    r.department = lastYear.department;
    r.year = year;
    r.title = lastYear.title;
    r.profile = lastYear.profile;
    r.management = lastYear.management;
    r.signature.name = lastYear.signature.name;
    r.budget.carryoverIn = carryoverIn(lastYear);
    return r;
}
