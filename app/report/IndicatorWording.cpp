#include "IndicatorWording.h"

namespace IndicatorWording {

namespace {

struct Entry
{
    const char *id;
    const char *name;
    const char *definition;
};

const Entry entries[] = {
    {"budget_adjustment_rate", "预算调整率", "计入的预算调整数÷年初预算×100%（除外调整不计）"},
    {"basic_control_rate", "基本支出预算控制率", "全年基本支出÷（基本支出全年预算+上年结转）×100%"},
    {"project_control_rate", "项目支出预算控制率", "全年项目支出÷（项目支出全年预算+上年结转）×100%"},
    {"three_public_control_rate", "“三公经费”控制率", "“三公经费”实际支出÷“三公经费”预算×100%"},
    {"execution_rate", "预算执行率", "全年支出÷（全年预算+上年结转）×100%"},
    {"carryover_rate", "结转结余率", "年末结转÷（全年预算+上年结转）×100%"},
    {"procurement_execution_rate", "政府采购执行率", "政府采购实际金额÷政府采购预算×100%"},
    {"staff_control_rate", "在职人员控制率", "在职人数÷编制数×100%"},
    {"three_public_change_rate", "“三公经费”变动率", "（本年“三公经费”预算−上年“三公经费”预算）÷上年“三公经费”预算×100%"},
    {"carryover_change_rate", "结转结余变动率", "（本年年末结转−上年年末结转）÷上年年末结转×100%"},
};

const Entry *find(const QString &id)
{
    for (const Entry &e : entries) {
        if (id == QLatin1String(e.id))
            return &e;
    }
    return nullptr;
}

} // namespace

QString name(const QString &id)
{
    const Entry *e = find(id);
    return e ? QString::fromUtf8(e->name) : id;
}

QString definition(const QString &id)
{
    const Entry *e = find(id);
    return e ? QString::fromUtf8(e->definition) : QString();
}

QString formulaLine(const Indicator &i)
{
    if (!i.applies())
        return name(i.id) + QStringLiteral("不适用（") + i.notApplicableReason + QStringLiteral("）");
    return name(i.id) + QLatin1Char('=') + i.numeratorText + QLatin1Char('/') + i.denominatorText
           + QStringLiteral("*100%=") + i.valueText() + QLatin1Char('%');
}

QString notApplicableSentence(const Indicator &i)
{
    return name(i.id) + QStringLiteral("不适用（") + i.notApplicableReason + QStringLiteral("）。");
}

QString valueText(const Indicator &i)
{
    return i.applies() ? i.valueText() + QLatin1Char('%') : QStringLiteral("不适用");
}

} // namespace IndicatorWording
