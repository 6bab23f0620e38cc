#include "ExecutionPage.h"

#include "BudgetPage.h"
#include "ReportFigures.h"

#include <QFormLayout>

ExecutionPage::ExecutionPage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("执行与结余"), parent)
{
    QFormLayout *spent = addSection(tr("全年支出"));
    addMoney(spent, tr("基本支出(&B)："), QStringLiteral("execution.spent.basic"));
    addMoney(spent, tr("项目支出(&P)："), QStringLiteral("execution.spent.project"));
    addComputed(spent, tr("全年支出合计(&1)："), [](const ReportFigures &f) { return wanText(f.spent); });

    QFormLayout *balance = addSection(tr("资金结余"));
    addMoney(balance, tr("财政收回/上缴(&R)："), QStringLiteral("execution.recovered"));
    addMoney(balance, tr("年末结转(&C)："), QStringLiteral("execution.carryover_out"));
    addComputed(balance, tr("应有年末结转(&2)："), [](const ReportFigures &f) {
        return f.overflow ? QString() : wanText(f.expectedCarryoverOut);
    });
    addText(balance, tr("结转说明(&N)："), QStringLiteral("execution.carryover_out_note"), 2);

    QFormLayout *threePublic = addSection(tr("“三公经费”实际支出"));
    addMoney(threePublic, tr("公务接待费(&J)："), QStringLiteral("execution.three_public_actual.reception"));
    addMoney(threePublic, tr("公务用车购置及运行维护费(&G)："), QStringLiteral("execution.three_public_actual.vehicles"));
    addMoney(threePublic, tr("因公出国（境）费(&O)："), QStringLiteral("execution.three_public_actual.overseas"));
    addComputed(threePublic, tr("“三公经费”实际合计(&3)："), [](const ReportFigures &f) { return wanText(f.threePublicActual); });
    addCount(threePublic, tr("公务接待批次(&K)："), QStringLiteral("execution.reception_batches"));
    addCount(threePublic, tr("公务接待人次(&M)："), QStringLiteral("execution.reception_persons"));
    addText(threePublic, tr("“三公经费”说明(&X)："), QStringLiteral("execution.three_public_note"), 3);

    QFormLayout *procurement = addSection(tr("政府采购"));
    addMoney(procurement, tr("政府采购预算(&U)："), QStringLiteral("execution.procurement.budget"));
    addMoney(procurement, tr("政府采购实际金额(&A)："), QStringLiteral("execution.procurement.actual"));
    addText(procurement, tr("政府采购说明(&Q)："), QStringLiteral("execution.procurement.note"), 2);
    finish();
}
