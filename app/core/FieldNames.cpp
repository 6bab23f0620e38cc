#include "FieldNames.h"

#include <QHash>
#include <QRegularExpression>

QString FieldNames::label(const QString &path)
{
    static const QRegularExpression rowIndex(QStringLiteral("\\[(\\d+)\\]"));
    // Rows: "budget.adjustments[2].amount" → 第3项年中预算调整 金额
    QString generic = path;
    int row = -1;
    const QRegularExpressionMatch m = rowIndex.match(path);
    if (m.hasMatch()) {
        row = m.captured(1).toInt();
        generic.replace(rowIndex, QStringLiteral("[]"));
    }
    struct Entry { const char *path; const char *label; };
    static const Entry entries[] = {
        {"department", QT_TR_NOOP("部门名称")},
        {"year", QT_TR_NOOP("年度")},
        {"budget.carryover_in", QT_TR_NOOP("上年结转")},
        {"budget.carryover_in.basic", QT_TR_NOOP("上年结转（基本支出）")},
        {"budget.carryover_in.project", QT_TR_NOOP("上年结转（项目支出）")},
        {"budget.initial", QT_TR_NOOP("年初预算")},
        {"budget.initial.basic", QT_TR_NOOP("年初预算基本支出")},
        {"budget.initial.project", QT_TR_NOOP("年初预算项目支出")},
        {"budget.three_public_budget", QT_TR_NOOP("“三公经费”预算")},
        {"budget.three_public_budget.reception", QT_TR_NOOP("公务接待费预算")},
        {"budget.three_public_budget.vehicles", QT_TR_NOOP("公务用车购置及运行维护费预算")},
        {"budget.three_public_budget.overseas", QT_TR_NOOP("因公出国（境）费预算")},
        {"budget.adjustments", QT_TR_NOOP("年中预算调整")},
        {"budget.adjustments[]", QT_TR_NOOP("第%1项年中预算调整")},
        {"budget.adjustments[].amount", QT_TR_NOOP("第%1项年中预算调整的金额")},
        {"budget.adjustments[].reason", QT_TR_NOOP("第%1项年中预算调整的原因")},
        {"execution.spent", QT_TR_NOOP("全年支出")},
        {"execution.spent.basic", QT_TR_NOOP("全年基本支出")},
        {"execution.spent.project", QT_TR_NOOP("全年项目支出")},
        {"execution.recovered", QT_TR_NOOP("财政收回/上缴")},
        {"execution.carryover_out", QT_TR_NOOP("年末结转")},
        {"execution.three_public_actual", QT_TR_NOOP("“三公经费”实际支出")},
        {"execution.three_public_actual.reception", QT_TR_NOOP("公务接待费实际支出")},
        {"execution.three_public_actual.vehicles", QT_TR_NOOP("公务用车购置及运行维护费实际支出")},
        {"execution.three_public_actual.overseas", QT_TR_NOOP("因公出国（境）费实际支出")},
        {"execution.reception_batches", QT_TR_NOOP("公务接待批次")},
        {"execution.reception_persons", QT_TR_NOOP("公务接待人次")},
        {"execution.procurement.budget", QT_TR_NOOP("政府采购预算")},
        {"execution.procurement.actual", QT_TR_NOOP("政府采购实际金额")},
        {"profile.staff.active", QT_TR_NOOP("在职人数")},
        {"profile.staff.authorized", QT_TR_NOOP("编制数")},
    };
    for (const Entry &e : entries) {
        if (generic == QLatin1String(e.path)) {
            const QString text = tr(e.label);
            return row >= 0 ? text.arg(row + 1) : text;
        }
    }
    return path;
}
