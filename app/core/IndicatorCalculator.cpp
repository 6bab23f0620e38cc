#include "IndicatorCalculator.h"

#include "IndicatorCatalog.h"

namespace {

Indicator make(const QString &id)
{
    Indicator i;
    i.id = id;
    i.name = IndicatorCatalog::name(id);
    return i;
}

// a/b of two amounts; 不适用 when b is zero or negative.
Indicator amountRatio(const QString &id, Money a, Money b, const QString &whyZero)
{
    Indicator i = make(id);
    i.numeratorText = a.toWan();
    i.denominatorText = b.toWan();
    if (b.fen() <= 0)
        i.notApplicableReason = b.isZero() ? whyZero
                                           : IndicatorCalculator::tr("分母%1万元为负数").arg(b.toWan());
    else
        i.ratio = Ratio{a.fen(), b.fen()};
    return i;
}

Indicator notApplicable(const QString &id, const QString &why)
{
    Indicator i = make(id);
    i.notApplicableReason = why;
    return i;
}

Indicator overflowed(const QString &id)
{
    return notApplicable(id, IndicatorCalculator::tr("金额合计超出可计算的范围"));
}

} // namespace

QStringList IndicatorCalculator::ids()
{
    return IndicatorCatalog::ids();
}

IndicatorList IndicatorCalculator::compute(const Report &report, const ReportFigures &f,
                                           const Report *previous,
                                           const IndicatorSettings &settings)
{
    IndicatorList list;
    list.reserve(10);
    if (f.overflow) {
        for (const QString &id : ids())
            list.append(overflowed(id));
        return list;
    }
    const bool fullYear = settings.adjustmentDenominator
                          == IndicatorSettings::AdjustmentDenominator::FullYearBudget;
    const bool net = settings.decreaseCounting == IndicatorSettings::DecreaseCounting::Net;
    list.append(amountRatio(QStringLiteral("budget_adjustment_rate"),
                            net ? f.countedAdjustmentsNet : f.countedAdjustments,
                            fullYear ? f.budget : f.initial,
                            fullYear ? tr("全年预算为0") : tr("年初预算为0")));
    list.append(amountRatio(QStringLiteral("basic_control_rate"), f.spentBasic,
                            f.availableBasic, tr("基本支出预算为0")));
    list.append(amountRatio(QStringLiteral("project_control_rate"), f.spentProject,
                            f.availableProject, tr("项目支出预算为0")));
    list.append(amountRatio(QStringLiteral("three_public_control_rate"), f.threePublicActual,
                            f.threePublicBudget, tr("“三公经费”预算为0")));
    list.append(amountRatio(QStringLiteral("execution_rate"), f.spent, f.available,
                            tr("全年预算与上年结转合计为0")));
    if (f.carryoverOut)
        list.append(amountRatio(QStringLiteral("carryover_rate"), *f.carryoverOut, f.available,
                                tr("全年预算与上年结转合计为0")));
    else
        list.append(notApplicable(QStringLiteral("carryover_rate"), tr("未填报年末结转")));

    const Procurement &p = report.execution.procurement;
    if (!p.budget)
        list.append(notApplicable(QStringLiteral("procurement_execution_rate"), tr("未填报政府采购预算")));
    else if (!p.actual)
        list.append(notApplicable(QStringLiteral("procurement_execution_rate"), tr("未填报政府采购实际金额")));
    else
        list.append(amountRatio(QStringLiteral("procurement_execution_rate"), *p.actual, *p.budget,
                                tr("政府采购预算为0")));

    const StaffCounts &staff = report.profile.staff;
    if (!staff.active || !staff.authorized) {
        list.append(notApplicable(QStringLiteral("staff_control_rate"),
                                  !staff.authorized ? tr("未填报编制数") : tr("未填报在职人数")));
    } else {
        Indicator i = make(QStringLiteral("staff_control_rate"));
        i.numeratorText = QString::number(*staff.active);
        i.denominatorText = QString::number(*staff.authorized);
        if (*staff.authorized == 0)
            i.notApplicableReason = tr("编制数为0");
        else
            i.ratio = Ratio{*staff.active, *staff.authorized};
        list.append(i);
    }

    if (!previous) {
        list.append(notApplicable(QStringLiteral("three_public_change_rate"), tr("没有上年度的报告")));
        list.append(notApplicable(QStringLiteral("carryover_change_rate"), tr("没有上年度的报告")));
        return list;
    }
    const bool actualBasis = settings.threePublicChangeBasis == IndicatorSettings::ChangeBasis::Actual;
    bool overflow = false;
    const Money before = ReportFigures::threePublicTotal(
        actualBasis ? previous->execution.threePublicActual : previous->budget.threePublicBudget, &overflow);
    const Money now = actualBasis ? f.threePublicActual : f.threePublicBudget;
    Money change;
    if (overflow || !Money::subtractChecked(now, before, &change))
        list.append(overflowed(QStringLiteral("three_public_change_rate")));
    else
        list.append(amountRatio(QStringLiteral("three_public_change_rate"), change, before,
                                actualBasis ? tr("上年“三公经费”实际支出为0") : tr("上年“三公经费”预算为0")));

    const OptionalMoney previousCarryover = previous->execution.carryoverOut;
    if (!f.carryoverOut)
        list.append(notApplicable(QStringLiteral("carryover_change_rate"), tr("未填报年末结转")));
    else if (!previousCarryover)
        list.append(notApplicable(QStringLiteral("carryover_change_rate"), tr("上年度报告未填报年末结转")));
    else if (!Money::subtractChecked(*f.carryoverOut, *previousCarryover, &change))
        list.append(overflowed(QStringLiteral("carryover_change_rate")));
    else
        list.append(amountRatio(QStringLiteral("carryover_change_rate"), change, *previousCarryover,
                                tr("上年年末结转为0")));
    return list;
}
