#include "ReportChecker.h"

#include "FindingCatalog.h"

#include <algorithm>

namespace {

class Collector
{
public:
    FindingList errors;
    FindingList warnings;

    // A finding of `code` (FindingCatalog): its fields from the catalog unless given here.
    void add(const char *code, QStringList args, QStringList fields = {}, const char *form = nullptr)
    {
        Finding f = FindingCatalog::make(code, std::move(args), std::move(fields), form);
        (f.isError() ? errors : warnings).append(std::move(f));
    }
};

QString path(const char *p)
{
    return QString::fromLatin1(p);
}

QString number(qint64 n)
{
    return QString::number(n);
}

void checkNegativeAmounts(const Report &r, Collector &c)
{
    const struct { const char *path; const OptionalMoney &value; } amounts[] = {
        {"budget.carryover_in.basic", r.budget.carryoverIn.basic},
        {"budget.carryover_in.project", r.budget.carryoverIn.project},
        {"budget.initial.basic", r.budget.initial.basic},
        {"budget.initial.project", r.budget.initial.project},
        {"budget.three_public_budget.reception", r.budget.threePublicBudget.reception},
        {"budget.three_public_budget.vehicles", r.budget.threePublicBudget.vehicles},
        {"budget.three_public_budget.overseas", r.budget.threePublicBudget.overseas},
        {"execution.spent.basic", r.execution.spent.basic},
        {"execution.spent.project", r.execution.spent.project},
        {"execution.recovered", r.execution.recovered},
        {"execution.three_public_actual.reception", r.execution.threePublicActual.reception},
        {"execution.three_public_actual.vehicles", r.execution.threePublicActual.vehicles},
        {"execution.three_public_actual.overseas", r.execution.threePublicActual.overseas},
        {"execution.procurement.budget", r.execution.procurement.budget},
        {"execution.procurement.actual", r.execution.procurement.actual},
    };
    for (const auto &a : amounts) {
        if (a.value && a.value->isNegative())
            c.add("negative_amount", {a.value->toWan()}, {path(a.path)});
    }
}

void checkBalance(const ReportFigures &f, Collector &c)
{
    if (!f.carryoverOut || *f.carryoverOut == f.expectedCarryoverOut)
        return;
    Money difference;
    if (!Money::subtractChecked(*f.carryoverOut, f.expectedCarryoverOut, &difference))
        return;
    QStringList args(FindingCatalog::BalanceArgCount);
    args[FindingCatalog::BalanceCarryoverIn] = f.carryoverIn.toWan();
    args[FindingCatalog::BalanceBudget] = f.budget.toWan();
    args[FindingCatalog::BalanceSpent] = f.spent.toWan();
    args[FindingCatalog::BalanceRecovered] = f.recovered.toWan();
    args[FindingCatalog::BalanceExpected] = f.expectedCarryoverOut.toWan();
    args[FindingCatalog::BalanceEntered] = f.carryoverOut->toWan();
    // Under a cent of 万元 the difference still shows: "0.0045", not "0.00".
    args[FindingCatalog::BalanceDifference] = difference.toWanToFen();
    c.add("balance_mismatch", args, {}, f.recovered.isZero() ? nullptr : "recovered");
}

void checkThreePublicItems(const Report &r, Collector &c)
{
    const struct { const char *key; const OptionalMoney &budget; const OptionalMoney &actual; } items[] = {
        {"reception", r.budget.threePublicBudget.reception, r.execution.threePublicActual.reception},
        {"vehicles", r.budget.threePublicBudget.vehicles, r.execution.threePublicActual.vehicles},
        {"overseas", r.budget.threePublicBudget.overseas, r.execution.threePublicActual.overseas},
    };
    for (const auto &item : items) {
        const Money budget = item.budget.value_or(Money());
        const Money actual = item.actual.value_or(Money());
        if (actual <= budget)
            continue;
        const QString actualPath = QStringLiteral("execution.three_public_actual.") + QLatin1String(item.key);
        const QString budgetPath = QStringLiteral("budget.three_public_budget.") + QLatin1String(item.key);
        c.add("three_public_item_over_budget", {actual.toWan(), budget.toWan()}, {actualPath, budgetPath});
    }
}

void checkAdjustments(const Report &r, const IndicatorList &indicators, Collector &c)
{
    const QList<BudgetAdjustment> &rows = r.budget.adjustments;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows[i].reason.trimmed().isEmpty())
            continue;
        const QString item = rows[i].item.trimmed().isEmpty() ? QString() : rows[i].item; // empty: worded 未命名
        c.add("adjustment_without_reason", {number(i + 1), item},
              {QStringLiteral("budget.adjustments[%1].reason").arg(i)}, rows[i].excluded ? "excluded" : nullptr);
    }
    const Indicator *rate = findIndicator(indicators, QStringLiteral("budget_adjustment_rate"));
    if (rate && rate->ratio && rate->ratio->comparePercent(3000) > 0)
        c.add("adjustment_rate_over_30", {rate->valueText()});
}

bool hasText(const QString &text)
{
    return !text.trimmed().isEmpty();
}

// The clerk's own sections that the report prints under a heading of their own: one
// warning for each that would print empty (a heading and nothing under it).
void checkEmptySections(const Report &r, Collector &c)
{
    const auto anyText = [](const auto &list, auto text) {
        return std::any_of(list.cbegin(), list.cend(), text);
    };
    const struct { const char *path; bool filled; } sections[] = {
        {"profile.overview", hasText(r.profile.overview)},
        {"profile.functions", anyText(r.profile.functions, hasText)},
        {"management", anyText(r.management, [](const ManagementItem &m) { return hasText(m.indicator) || hasText(m.text) || m.compliant; })},
        {"targets", anyText(r.targets, [](const TargetGroup &g) { return hasText(g.title) || std::any_of(g.points.cbegin(), g.points.cend(), hasText); })
                        || !r.targetIndicators.isEmpty()},
        {"problems", hasText(r.problemsIntro) || anyText(r.problems, [](const TitledText &t) { return hasText(t.title) || hasText(t.text); })},
        {"measures", anyText(r.measures, [](const TitledText &t) { return hasText(t.title) || hasText(t.text); })},
    };
    for (const auto &section : sections) {
        if (!section.filled)
            c.add("section_empty", {}, {path(section.path)});
    }
}

} // namespace

QStringList ReportChecker::errorCodes()
{
    return FindingCatalog::codes(Finding::Severity::Error);
}

QStringList ReportChecker::warningCodes()
{
    return FindingCatalog::codes(Finding::Severity::Warning);
}

FindingList ReportChecker::check(const Report &r, const ReportFigures &f,
                                 const IndicatorList &indicators, const Report *previous)
{
    Collector c;
    if (r.department.trimmed().isEmpty())
        c.add("missing_department", {});
    if (r.year < 2000 || r.year > 2100)
        c.add("year_out_of_range", {number(r.year)});
    if (f.overflow) {
        c.add("amount_overflow", {});
        return c.errors;
    }
    checkNegativeAmounts(r, c);
    if (f.carryoverOut && f.carryoverOut->isNegative())
        c.add("negative_carryover", {f.carryoverOut->toWan()});
    checkBalance(f, c);
    if (f.threePublicBudget > f.budget)
        c.add("three_public_over_total", {f.threePublicBudget.toWan(), f.budget.toWan()},
              {path("budget.three_public_budget")});
    if (f.threePublicActual > f.spent)
        c.add("three_public_over_total", {f.threePublicActual.toWan(), f.spent.toWan()},
              {path("execution.three_public_actual")}, "actual");
    const OptionalMoney &procured = r.execution.procurement.actual;
    if (procured && *procured > f.spent)
        c.add("procurement_over_spending", {procured->toWan(), f.spent.toWan()});

    if (f.spentBasic > f.availableBasic)
        c.add("overspent_basic", {f.spentBasic.toWan(), f.availableBasic.toWan()});
    if (f.spentProject > f.availableProject)
        c.add("overspent_project", {f.spentProject.toWan(), f.availableProject.toWan()});
    if (f.threePublicActual > f.threePublicBudget) {
        const Indicator *rate = findIndicator(indicators, QStringLiteral("three_public_control_rate"));
        if (rate && rate->applies())
            c.add("three_public_over_budget",
                  {f.threePublicActual.toWan(), f.threePublicBudget.toWan(), rate->valueText()}, {}, "rate");
        else
            c.add("three_public_over_budget", {f.threePublicActual.toWan(), f.threePublicBudget.toWan()});
    }
    checkThreePublicItems(r, c);
    checkAdjustments(r, indicators, c);
    const std::optional<int> &batches = r.execution.receptionBatches;
    const std::optional<int> &persons = r.execution.receptionPersons;
    if (batches && persons && *persons < *batches)
        c.add("reception_persons_below_batches", {number(*persons), number(*batches)});
    if (previous && previous->execution.carryoverOut && *previous->execution.carryoverOut != f.carryoverIn)
        c.add("carryover_mismatch_previous_year",
              {f.carryoverIn.toWan(), number(previous->year), previous->execution.carryoverOut->toWan()});
    checkEmptySections(r, c);

    FindingList all = c.errors;
    all.append(c.warnings);
    return all;
}
