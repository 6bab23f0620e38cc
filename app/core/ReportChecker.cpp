#include "ReportChecker.h"

#include "FieldNames.h"

namespace {

class Collector
{
public:
    FindingList errors;
    FindingList warnings;

    void error(const char *code, QStringList fields, const QString &message)
    {
        errors.append({QString::fromLatin1(code), Finding::Severity::Error, std::move(fields), message});
    }
    void warning(const char *code, QStringList fields, const QString &message)
    {
        warnings.append({QString::fromLatin1(code), Finding::Severity::Warning, std::move(fields), message});
    }
};

QString path(const char *p)
{
    return QString::fromLatin1(p);
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
        if (a.value && a.value->isNegative()) {
            const QString p = path(a.path);
            c.error("negative_amount", {p},
                    ReportChecker::tr("%1为负数（%2万元）：除年中预算调整和年末结转外，金额不能为负。")
                        .arg(FieldNames::label(p), a.value->toWan()));
        }
    }
}

void checkBalance(const ReportFigures &f, Collector &c)
{
    if (!f.carryoverOut || *f.carryoverOut == f.expectedCarryoverOut)
        return;
    Money difference;
    if (!Money::subtractChecked(*f.carryoverOut, f.expectedCarryoverOut, &difference))
        return;
    const QStringList fields = {path("execution.carryover_out"), path("budget.carryover_in"),
                                path("budget.initial"), path("budget.adjustments"),
                                path("execution.spent"), path("execution.recovered")};
    if (f.recovered.isZero()) {
        c.error("balance_mismatch", fields,
                ReportChecker::tr("资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 = %4万元，"
                                  "而填报的年末结转为%5万元，相差%6万元。")
                    .arg(f.carryoverIn.toWan(), f.budget.toWan(), f.spent.toWan(),
                         f.expectedCarryoverOut.toWan(), f.carryoverOut->toWan(), difference.toWan()));
    } else {
        c.error("balance_mismatch", fields,
                ReportChecker::tr("资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 − 财政收回%4 = %5万元，"
                                  "而填报的年末结转为%6万元，相差%7万元。")
                    .arg(f.carryoverIn.toWan(), f.budget.toWan(), f.spent.toWan(), f.recovered.toWan(),
                         f.expectedCarryoverOut.toWan(), f.carryoverOut->toWan(), difference.toWan()));
    }
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
        c.warning("three_public_item_over_budget", {actualPath, budgetPath},
                  ReportChecker::tr("%1%2万元超过了预算%3万元。")
                      .arg(FieldNames::label(actualPath), actual.toWan(), budget.toWan()));
    }
}

void checkAdjustments(const Report &r, const IndicatorList &indicators, Collector &c)
{
    const QList<BudgetAdjustment> &rows = r.budget.adjustments;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows[i].reason.trimmed().isEmpty())
            continue;
        const QString p = QStringLiteral("budget.adjustments[%1].reason").arg(i);
        const QString item = rows[i].item.trimmed().isEmpty() ? ReportChecker::tr("（未命名）") : rows[i].item;
        c.warning("adjustment_without_reason", {p},
                  rows[i].excluded
                      ? ReportChecker::tr("第%1项年中预算调整“%2”列为除外调整，但没有写明除外的依据。").arg(i + 1).arg(item)
                      : ReportChecker::tr("第%1项年中预算调整“%2”没有写明调整原因。").arg(i + 1).arg(item));
    }
    const Indicator *rate = findIndicator(indicators, QStringLiteral("budget_adjustment_rate"));
    if (rate && rate->ratio && rate->ratio->comparePercent(3000) > 0) {
        c.warning("adjustment_rate_over_30", {path("budget.adjustments")},
                  ReportChecker::tr("预算调整率为%1%，超过30%，需要说明原因。").arg(rate->valueText()));
    }
}

} // namespace

QStringList ReportChecker::errorCodes()
{
    return {QStringLiteral("missing_department"), QStringLiteral("year_out_of_range"),
            QStringLiteral("amount_overflow"), QStringLiteral("negative_amount"),
            QStringLiteral("negative_carryover"), QStringLiteral("balance_mismatch"),
            QStringLiteral("three_public_over_total"), QStringLiteral("procurement_over_spending")};
}

QStringList ReportChecker::warningCodes()
{
    return {QStringLiteral("overspent_basic"), QStringLiteral("overspent_project"),
            QStringLiteral("three_public_over_budget"), QStringLiteral("three_public_item_over_budget"),
            QStringLiteral("adjustment_without_reason"), QStringLiteral("adjustment_rate_over_30"),
            QStringLiteral("reception_persons_below_batches"),
            QStringLiteral("carryover_mismatch_previous_year")};
}

FindingList ReportChecker::check(const Report &r, const ReportFigures &f,
                                 const IndicatorList &indicators, const Report *previous)
{
    Collector c;
    if (r.department.trimmed().isEmpty())
        c.error("missing_department", {path("department")}, tr("未填写部门名称。"));
    if (r.year < 2000 || r.year > 2100)
        c.error("year_out_of_range", {path("year")}, tr("年度%1不在2000—2100年之间。").arg(r.year));
    if (f.overflow) {
        c.error("amount_overflow", {},
                tr("金额合计超出了可计算的范围（单项金额过大），无法计算指标和核对账目。"));
        return c.errors;
    }
    checkNegativeAmounts(r, c);
    if (f.carryoverOut && f.carryoverOut->isNegative())
        c.error("negative_carryover", {path("execution.carryover_out")},
                tr("年末结转为负数（%1万元）。").arg(f.carryoverOut->toWan()));
    checkBalance(f, c);
    if (f.threePublicBudget > f.budget)
        c.error("three_public_over_total", {path("budget.three_public_budget")},
                tr("“三公经费”预算%1万元超过了全年预算%2万元。").arg(f.threePublicBudget.toWan(), f.budget.toWan()));
    if (f.threePublicActual > f.spent)
        c.error("three_public_over_total", {path("execution.three_public_actual")},
                tr("“三公经费”实际支出%1万元超过了全年支出%2万元。").arg(f.threePublicActual.toWan(), f.spent.toWan()));
    const OptionalMoney &procured = r.execution.procurement.actual;
    if (procured && *procured > f.spent)
        c.error("procurement_over_spending", {path("execution.procurement.actual")},
                tr("政府采购实际金额%1万元超过了全年支出%2万元。").arg(procured->toWan(), f.spent.toWan()));

    if (f.spentBasic > f.availableBasic)
        c.warning("overspent_basic", {path("execution.spent.basic")},
                  tr("全年基本支出%1万元超过了基本支出预算%2万元（全年预算加上年结转）。")
                      .arg(f.spentBasic.toWan(), f.availableBasic.toWan()));
    if (f.spentProject > f.availableProject)
        c.warning("overspent_project", {path("execution.spent.project")},
                  tr("全年项目支出%1万元超过了项目支出预算%2万元（全年预算加上年结转）。")
                      .arg(f.spentProject.toWan(), f.availableProject.toWan()));
    if (f.threePublicActual > f.threePublicBudget) {
        const Indicator *rate = findIndicator(indicators, QStringLiteral("three_public_control_rate"));
        c.warning("three_public_over_budget", {path("execution.three_public_actual"), path("budget.three_public_budget")},
                  rate && rate->applies()
                      ? tr("“三公经费”实际支出%1万元超过了预算%2万元，控制率为%3%。")
                            .arg(f.threePublicActual.toWan(), f.threePublicBudget.toWan(), rate->valueText())
                      : tr("“三公经费”实际支出%1万元超过了预算%2万元。")
                            .arg(f.threePublicActual.toWan(), f.threePublicBudget.toWan()));
    }
    checkThreePublicItems(r, c);
    checkAdjustments(r, indicators, c);
    const std::optional<int> &batches = r.execution.receptionBatches;
    const std::optional<int> &persons = r.execution.receptionPersons;
    if (batches && persons && *persons < *batches)
        c.warning("reception_persons_below_batches",
                  {path("execution.reception_persons"), path("execution.reception_batches")},
                  tr("公务接待人次（%1人）少于接待批次（%2次）：每批次至少接待一人。").arg(*persons).arg(*batches));
    if (previous && previous->execution.carryoverOut && *previous->execution.carryoverOut != f.carryoverIn)
        c.warning("carryover_mismatch_previous_year", {path("budget.carryover_in")},
                  tr("本年度的上年结转%1万元与%2年度报告的年末结转%3万元不一致。")
                      .arg(f.carryoverIn.toWan())
                      .arg(previous->year)
                      .arg(previous->execution.carryoverOut->toWan()));

    FindingList all = c.errors;
    all.append(c.warnings);
    return all;
}
