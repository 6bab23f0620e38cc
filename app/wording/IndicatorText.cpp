#include "IndicatorText.h"

#include "IndicatorCatalog.h"
#include "Placeholders.h"

// Why an indicator is 不适用, in Chinese (the source language; English in
// translations/jixiao_en.ts). To add a code: IndicatorCalculator::notApplicableCodes(), a row
// here, then update_translations and an English translation.
const QList<IndicatorText::Wording> &IndicatorText::notApplicableWordings()
{
    static const QList<Wording> rows = {
        {"overflow", QT_TRANSLATE_NOOP("IndicatorText", "金额合计超出可计算的范围")},
        {"negative_denominator", QT_TRANSLATE_NOOP("IndicatorText", "分母%1万元为负数")},
        {"full_year_budget_zero", QT_TRANSLATE_NOOP("IndicatorText", "全年预算为0")},
        {"initial_budget_zero", QT_TRANSLATE_NOOP("IndicatorText", "年初预算为0")},
        {"basic_budget_zero", QT_TRANSLATE_NOOP("IndicatorText", "基本支出预算为0")},
        {"project_budget_zero", QT_TRANSLATE_NOOP("IndicatorText", "项目支出预算为0")},
        {"three_public_budget_zero", QT_TRANSLATE_NOOP("IndicatorText", "“三公经费”预算为0")},
        {"available_zero", QT_TRANSLATE_NOOP("IndicatorText", "全年预算与上年结转合计为0")},
        {"carryover_out_missing", QT_TRANSLATE_NOOP("IndicatorText", "未填报年末结转")},
        {"procurement_budget_missing", QT_TRANSLATE_NOOP("IndicatorText", "未填报政府采购预算")},
        {"procurement_actual_missing", QT_TRANSLATE_NOOP("IndicatorText", "未填报政府采购实际金额")},
        {"procurement_budget_zero", QT_TRANSLATE_NOOP("IndicatorText", "政府采购预算为0")},
        {"authorized_missing", QT_TRANSLATE_NOOP("IndicatorText", "未填报编制数")},
        {"active_missing", QT_TRANSLATE_NOOP("IndicatorText", "未填报在职人数")},
        {"authorized_zero", QT_TRANSLATE_NOOP("IndicatorText", "编制数为0")},
        {"no_previous_year", QT_TRANSLATE_NOOP("IndicatorText", "没有上年度的报告")},
        {"previous_three_public_actual_zero", QT_TRANSLATE_NOOP("IndicatorText", "上年“三公经费”实际支出为0")},
        {"previous_three_public_budget_zero", QT_TRANSLATE_NOOP("IndicatorText", "上年“三公经费”预算为0")},
        {"previous_carryover_missing", QT_TRANSLATE_NOOP("IndicatorText", "上年度报告未填报年末结转")},
        {"previous_carryover_zero", QT_TRANSLATE_NOOP("IndicatorText", "上年年末结转为0")},
    };
    return rows;
}

QString IndicatorText::name(const QString &id, TextLanguage language)
{
    const IndicatorCatalog::Definition *d = IndicatorCatalog::find(id);
    return d ? textIn(language, "IndicatorCatalog", d->name) : id;
}

QString IndicatorText::notApplicable(const Reason &reason, TextLanguage language)
{
    if (reason.isEmpty())
        return QString();
    for (const Wording &w : notApplicableWordings()) {
        if (reason.code == QLatin1String(w.code))
            return Placeholders::fill(textIn(language, "IndicatorText", w.source), reason.args);
    }
    return reason.code; // not worded yet: tst_reasontext fails
}

QString IndicatorText::formula(const Indicator &i, TextLanguage language)
{
    if (!i.applies())
        return Placeholders::fill(textIn(language, "IndicatorText", QT_TRANSLATE_NOOP("IndicatorText", "不适用（%1）")),
                                  {notApplicable(i.notApplicable, language)});
    return i.numeratorText + QLatin1Char('/') + i.denominatorText + QStringLiteral("*100%=") + i.valueText()
           + QLatin1Char('%');
}
