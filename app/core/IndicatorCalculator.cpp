#include "IndicatorCalculator.h"

#include "IndicatorCatalog.h"

namespace {

// Why an indicator is 不适用: a code of notApplicableCodes() and the values it quotes.
Reason why(const char *code, QStringList args = {})
{
    Q_ASSERT(IndicatorCalculator::notApplicableCodes().contains(QLatin1String(code)));
    return Reason{QString::fromLatin1(code), std::move(args)};
}

Indicator make(const QString &id)
{
    Indicator i;
    i.id = id;
    return i;
}

// a/b of two amounts; 不适用 when b is zero or negative.
Indicator amountRatio(const QString &id, Money a, Money b, const char *whyZero)
{
    Indicator i = make(id);
    i.numeratorText = a.toWan();
    i.denominatorText = b.toWan();
    if (b.fen() <= 0)
        i.notApplicable = b.isZero() ? why(whyZero) : why("negative_denominator", {b.toWan()});
    else
        i.ratio = Ratio{a.fen(), b.fen()};
    return i;
}

Indicator notApplicable(const QString &id, const char *code)
{
    Indicator i = make(id);
    i.notApplicable = why(code);
    return i;
}

Indicator overflowed(const QString &id)
{
    return notApplicable(id, "overflow");
}

} // namespace

const QStringList &IndicatorCalculator::notApplicableCodes()
{
    static const QStringList codes = {
        QStringLiteral("overflow"),
        QStringLiteral("negative_denominator"),
        QStringLiteral("full_year_budget_zero"),
        QStringLiteral("initial_budget_zero"),
        QStringLiteral("basic_budget_zero"),
        QStringLiteral("project_budget_zero"),
        QStringLiteral("three_public_budget_zero"),
        QStringLiteral("available_zero"),
        QStringLiteral("carryover_out_missing"),
        QStringLiteral("procurement_budget_missing"),
        QStringLiteral("procurement_actual_missing"),
        QStringLiteral("procurement_budget_zero"),
        QStringLiteral("authorized_missing"),
        QStringLiteral("active_missing"),
        QStringLiteral("authorized_zero"),
        QStringLiteral("no_previous_year"),
        QStringLiteral("previous_three_public_actual_zero"),
        QStringLiteral("previous_three_public_budget_zero"),
        QStringLiteral("previous_carryover_missing"),
        QStringLiteral("previous_carryover_zero"),
    };
    return codes;
}

QStringList IndicatorCalculator::ids()
{
    return IndicatorCatalog::ids();
}

namespace {

Indicator procurementRate(const Procurement &p)
{
    const QString id = QStringLiteral("procurement_execution_rate");
    if (!p.budget)
        return notApplicable(id, "procurement_budget_missing");
    if (!p.actual)
        return notApplicable(id, "procurement_actual_missing");
    return amountRatio(id, *p.actual, *p.budget, "procurement_budget_zero");
}

Indicator staffRate(const StaffCounts &staff)
{
    const QString id = QStringLiteral("staff_control_rate");
    if (!staff.active || !staff.authorized)
        return notApplicable(id, !staff.authorized ? "authorized_missing" : "active_missing");
    Indicator i = make(id);
    i.numeratorText = QString::number(*staff.active);
    i.denominatorText = QString::number(*staff.authorized);
    if (*staff.authorized == 0)
        i.notApplicable = why("authorized_zero");
    else
        i.ratio = Ratio{*staff.active, *staff.authorized};
    return i;
}

// “三公经费”变动率 against the previous year's budget (or actual spending).
Indicator threePublicChange(const ReportFigures &f, const Report &previous, const IndicatorSettings &settings)
{
    const QString id = QStringLiteral("three_public_change_rate");
    const bool actualBasis = settings.threePublicChangeBasis == IndicatorSettings::ChangeBasis::Actual;
    bool overflow = false;
    const Money before = ReportFigures::threePublicTotal(
        actualBasis ? previous.execution.threePublicActual : previous.budget.threePublicBudget, &overflow);
    const Money now = actualBasis ? f.threePublicActual : f.threePublicBudget;
    Money change;
    if (overflow || !Money::subtractChecked(now, before, &change))
        return overflowed(id);
    return amountRatio(id, change, before,
                       actualBasis ? "previous_three_public_actual_zero" : "previous_three_public_budget_zero");
}

// 结转结余变动率 against the previous year's 年末结转.
Indicator carryoverChange(const ReportFigures &f, const Report &previous)
{
    const QString id = QStringLiteral("carryover_change_rate");
    const OptionalMoney previousCarryover = previous.execution.carryoverOut;
    Money change;
    if (!f.carryoverOut)
        return notApplicable(id, "carryover_out_missing");
    if (!previousCarryover)
        return notApplicable(id, "previous_carryover_missing");
    if (!Money::subtractChecked(*f.carryoverOut, *previousCarryover, &change))
        return overflowed(id);
    return amountRatio(id, change, *previousCarryover, "previous_carryover_zero");
}

} // namespace

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
                            fullYear ? "full_year_budget_zero" : "initial_budget_zero"));
    list.append(amountRatio(QStringLiteral("basic_control_rate"), f.spentBasic,
                            f.availableBasic, "basic_budget_zero"));
    list.append(amountRatio(QStringLiteral("project_control_rate"), f.spentProject,
                            f.availableProject, "project_budget_zero"));
    list.append(amountRatio(QStringLiteral("three_public_control_rate"), f.threePublicActual,
                            f.threePublicBudget, "three_public_budget_zero"));
    list.append(amountRatio(QStringLiteral("execution_rate"), f.spent, f.available,
                            "available_zero"));
    if (f.carryoverOut)
        list.append(amountRatio(QStringLiteral("carryover_rate"), *f.carryoverOut, f.available,
                                "available_zero"));
    else
        list.append(notApplicable(QStringLiteral("carryover_rate"), "carryover_out_missing"));

    list.append(procurementRate(report.execution.procurement));
    list.append(staffRate(report.profile.staff));
    if (!previous) {
        list.append(notApplicable(QStringLiteral("three_public_change_rate"), "no_previous_year"));
        list.append(notApplicable(QStringLiteral("carryover_change_rate"), "no_previous_year"));
        return list;
    }
    list.append(threePublicChange(f, *previous, settings));
    list.append(carryoverChange(f, *previous));
    return list;
}
