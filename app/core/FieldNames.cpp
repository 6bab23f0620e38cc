#include "FieldNames.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

QString FieldNames::label(const QString &path, TextLanguage language)
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
    // Fields, and the lists and sections that hold them (for nearest()).
    static const Entry entries[] = {
        {"title", QT_TR_NOOP("标题")},
        {"preamble", QT_TR_NOOP("开头语")},
        {"department", QT_TR_NOOP("部门名称")},
        {"year", QT_TR_NOOP("年度")},
        {"profile", QT_TR_NOOP("部门概况")},
        {"profile.overview", QT_TR_NOOP("基本情况")},
        {"profile.staff", QT_TR_NOOP("人员情况")},
        {"profile.staff.retired", QT_TR_NOOP("退休人数")},
        {"profile.functions", QT_TR_NOOP("主要职能")},
        {"budget", QT_TR_NOOP("预算情况")},
        {"budget.initial_note", QT_TR_NOOP("年初预算说明")},
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
        {"execution", QT_TR_NOOP("预算执行情况")},
        {"execution.spent", QT_TR_NOOP("全年支出")},
        {"execution.spent.basic", QT_TR_NOOP("全年基本支出")},
        {"execution.spent.project", QT_TR_NOOP("全年项目支出")},
        {"execution.recovered", QT_TR_NOOP("财政收回/上缴")},
        {"execution.carryover_out", QT_TR_NOOP("年末结转")},
        {"execution.carryover_out_note", QT_TR_NOOP("年末结转说明")},
        {"execution.three_public_actual", QT_TR_NOOP("“三公经费”实际支出")},
        {"execution.three_public_actual.reception", QT_TR_NOOP("公务接待费实际支出")},
        {"execution.three_public_actual.vehicles", QT_TR_NOOP("公务用车购置及运行维护费实际支出")},
        {"execution.three_public_actual.overseas", QT_TR_NOOP("因公出国（境）费实际支出")},
        {"execution.three_public_note", QT_TR_NOOP("“三公经费”说明")},
        {"execution.reception_batches", QT_TR_NOOP("公务接待批次")},
        {"execution.reception_persons", QT_TR_NOOP("公务接待人次")},
        {"execution.procurement", QT_TR_NOOP("政府采购")},
        {"execution.procurement.budget", QT_TR_NOOP("政府采购预算")},
        {"execution.procurement.actual", QT_TR_NOOP("政府采购实际金额")},
        {"execution.procurement.note", QT_TR_NOOP("政府采购说明")},
        {"profile.staff.active", QT_TR_NOOP("在职人数")},
        {"profile.staff.authorized", QT_TR_NOOP("编制数")},
        {"management", QT_TR_NOOP("预算管理")},
        {"targets", QT_TR_NOOP("绩效目标完成情况")},
        {"target_indicators", QT_TR_NOOP("绩效目标表")},
        {"target_indicators[]", QT_TR_NOOP("第%1项绩效指标")},
        {"target_indicators[].level1", QT_TR_NOOP("第%1项绩效指标的一级指标")},
        {"target_indicators[].level2", QT_TR_NOOP("第%1项绩效指标的二级指标")},
        {"target_indicators[].name", QT_TR_NOOP("第%1项绩效指标的名称")},
        {"target_indicators[].unit", QT_TR_NOOP("第%1项绩效指标的单位")},
        {"target_indicators[].direction", QT_TR_NOOP("第%1项绩效指标的指标性质")},
        {"target_indicators[].target", QT_TR_NOOP("第%1项绩效指标的年度指标值")},
        {"target_indicators[].actual", QT_TR_NOOP("第%1项绩效指标的实际完成值")},
        {"target_indicators[].target_text", QT_TR_NOOP("第%1项绩效指标的年度指标值")},
        {"target_indicators[].actual_text", QT_TR_NOOP("第%1项绩效指标的实际完成值")},
        {"target_indicators[].weight", QT_TR_NOOP("第%1项绩效指标的分值")},
        {"target_indicators[].tier", QT_TR_NOOP("第%1项绩效指标的档次")},
        {"target_indicators[].score", QT_TR_NOOP("第%1项绩效指标的得分")},
        {"target_indicators[].deviation", QT_TR_NOOP("第%1项绩效指标的偏差原因分析及改进措施")},
        {"target_indicators[].note", QT_TR_NOOP("第%1项绩效指标的备注")},
        {"overall_goal", QT_TR_NOOP("年度总体目标")},
        {"overall_goal.expected", QT_TR_NOOP("年度总体目标（预期目标）")},
        {"overall_goal.achieved", QT_TR_NOOP("年度总体目标（实际完成情况）")},
        {"preparer", QT_TR_NOOP("填报人")},
        {"preparer.name", QT_TR_NOOP("填报人")},
        {"preparer.phone", QT_TR_NOOP("联系电话")},
        {"preparer.date", QT_TR_NOOP("填报日期")},
        {"funds_by_source", QT_TR_NOOP("资金来源（其中）")},
        {"funds_by_source.appropriation.initial", QT_TR_NOOP("当年财政拨款的年初预算数")},
        {"funds_by_source.appropriation.full", QT_TR_NOOP("当年财政拨款的全年预算数")},
        {"funds_by_source.appropriation.spent", QT_TR_NOOP("当年财政拨款的全年执行数")},
        {"funds_by_source.carryover.initial", QT_TR_NOOP("上年结转资金的年初预算数")},
        {"funds_by_source.carryover.full", QT_TR_NOOP("上年结转资金的全年预算数")},
        {"funds_by_source.carryover.spent", QT_TR_NOOP("上年结转资金的全年执行数")},
        {"funds_by_source.other.initial", QT_TR_NOOP("其他资金的年初预算数")},
        {"funds_by_source.other.full", QT_TR_NOOP("其他资金的全年预算数")},
        {"funds_by_source.other.spent", QT_TR_NOOP("其他资金的全年执行数")},
        {"problems_intro", QT_TR_NOOP("存在问题的概述")},
        {"problems", QT_TR_NOOP("存在的主要问题")},
        {"measures", QT_TR_NOOP("改进的措施和建议")},
        {"signature", QT_TR_NOOP("落款")},
        {"signature.name", QT_TR_NOOP("落款单位")},
        {"signature.date", QT_TR_NOOP("落款日期")},
    };
    for (const Entry &e : entries) {
        if (generic == QLatin1String(e.path)) {
            const QString text = textIn(language, "FieldNames", e.label);
            return row >= 0 ? text.arg(row + 1) : text;
        }
    }
    return path;
}

QString FieldNames::nearest(const QString &path)
{
    for (QString p = path; !p.isEmpty();) {
        const QString known = label(p);
        if (known != p)
            return known;
        const qsizetype cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        p = cut > 0 ? p.left(cut) : QString();
    }
    return QString();
}
