#include "BudgetPage.h"

#include "ReportFigures.h"

#include <QFormLayout>

QString wanText(const Money &m)
{
    return m.toWan();
}

BudgetPage::BudgetPage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("预算"), parent)
{
    QFormLayout *carryover = addSection(tr("上年结转"));
    addMoney(carryover, tr("基本支出结转(&C)："), QStringLiteral("budget.carryover_in.basic"));
    addMoney(carryover, tr("项目支出结转(&J)："), QStringLiteral("budget.carryover_in.project"));
    addComputed(carryover, tr("上年结转合计(&1)："), [](const ReportFigures &f) { return wanText(f.carryoverIn); });

    QFormLayout *initial = addSection(tr("年初预算"));
    addMoney(initial, tr("基本支出(&B)："), QStringLiteral("budget.initial.basic"));
    addMoney(initial, tr("项目支出(&P)："), QStringLiteral("budget.initial.project"));
    addComputed(initial, tr("年初预算合计(&2)："), [](const ReportFigures &f) { return wanText(f.initial); });
    addLine(initial, tr("说明(&N)："), QStringLiteral("budget.initial_note"));

    QFormLayout *threePublic = addSection(tr("“三公经费”预算"));
    addMoney(threePublic, tr("公务接待费(&R)："), QStringLiteral("budget.three_public_budget.reception"));
    addMoney(threePublic, tr("公务用车购置及运行维护费(&G)："), QStringLiteral("budget.three_public_budget.vehicles"));
    addMoney(threePublic, tr("因公出国（境）费(&O)："), QStringLiteral("budget.three_public_budget.overseas"));
    addComputed(threePublic, tr("“三公经费”预算合计(&3)："), [](const ReportFigures &f) { return wanText(f.threePublicBudget); });

    QFormLayout *full = addSection(tr("全年预算（含年中调整，自动计算）"));
    addComputed(full, tr("基本支出(&4)："), [](const ReportFigures &f) { return wanText(f.budgetBasic); });
    addComputed(full, tr("项目支出(&5)："), [](const ReportFigures &f) { return wanText(f.budgetProject); });
    addComputed(full, tr("全年预算合计(&6)："), [](const ReportFigures &f) { return wanText(f.budget); });
    finish();
}
