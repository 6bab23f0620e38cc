#include "IndicatorCatalog.h"

#include <algorithm>

const QList<IndicatorCatalog::Definition> &IndicatorCatalog::all()
{
    static const QList<Definition> rows = {
        {"budget_adjustment_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "预算调整率"),
         "计入的预算调整数÷年初预算×100%（除外调整不计）", "Σ|a| of the counted adjustments ÷ B0 × 100% (IndicatorSettings)", 3},
        {"basic_control_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "基本支出预算控制率"),
         "全年基本支出÷（基本支出全年预算+上年结转）×100%", "Eb ÷ (Bb + C0b) × 100%", 0},
        {"project_control_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "项目支出预算控制率"),
         "全年项目支出÷（项目支出全年预算+上年结转）×100%", "Ep ÷ (Bp + C0p) × 100%", 0},
        {"three_public_control_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "“三公经费”控制率"),
         "“三公经费”实际支出÷“三公经费”预算×100%", "TPa ÷ TPb × 100%", 2},
        {"execution_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "预算执行率"),
         "全年支出÷（全年预算+上年结转）×100%", "E ÷ (B + C0) × 100%", 1},
        {"carryover_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "结转结余率"),
         "年末结转÷（全年预算+上年结转）×100%", "C1 ÷ (B + C0) × 100%", 0},
        {"procurement_execution_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "政府采购执行率"),
         "政府采购实际金额÷政府采购预算×100%", "Ga ÷ Gp × 100%", 0},
        {"staff_control_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "在职人员控制率"),
         "在职人数÷编制数×100%", "active staff ÷ authorized headcount × 100%", 0},
        {"three_public_change_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "“三公经费”变动率"),
         "（本年“三公经费”预算−上年“三公经费”预算）÷上年“三公经费”预算×100%",
         "(TPb − previous TPb) ÷ previous TPb × 100% (IndicatorSettings: or the actual spending)", 0},
        {"carryover_change_rate", QT_TRANSLATE_NOOP("IndicatorCatalog", "结转结余变动率"),
         "（本年年末结转−上年年末结转）÷上年年末结转×100%", "(C1 − previous C1) ÷ previous C1 × 100%", 0},
    };
    return rows;
}

QStringList IndicatorCatalog::ids()
{
    QStringList out;
    for (const Definition &d : all())
        out.append(QString::fromLatin1(d.id));
    return out;
}

const IndicatorCatalog::Definition *IndicatorCatalog::find(const QString &id)
{
    for (const Definition &d : all()) {
        if (id == QLatin1String(d.id))
            return &d;
    }
    return nullptr;
}

QString IndicatorCatalog::definition(const QString &id)
{
    const Definition *d = find(id);
    return d ? QString::fromUtf8(d->definition) : QString();
}

QStringList IndicatorCatalog::trendLines()
{
    QList<const Definition *> lines;
    for (const Definition &d : all()) {
        if (d.trendLine > 0)
            lines.append(&d);
    }
    std::sort(lines.begin(), lines.end(), [](const Definition *a, const Definition *b) { return a->trendLine < b->trendLine; });
    QStringList out;
    for (const Definition *d : lines)
        out.append(QString::fromLatin1(d->id));
    return out;
}
