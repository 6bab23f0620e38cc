#include "FindingText.h"

#include "FieldNames.h"
#include "Placeholders.h"

#include <QCoreApplication>

namespace {

constexpr bool FieldLabel = true;
constexpr bool Values = false;

} // namespace

// The sentences, in Chinese (the source language; English in translations/jixiao_en.ts).
// A finding's values (Finding::args) are %1, %2… in the order the checker gives them; with
// FieldLabel, %1 is the name of its first field and its values start at %2. An empty value
// (an unnamed row) is worded （未命名）.
//
// To add a code: its row in FindingCatalog.cpp (core), its row here, then
// `cmake --build build --target update_translations` and an English translation.
const QList<FindingText::Wording> &FindingText::wordings()
{
    static const QList<Wording> rows = {
        {"invalid_input", "", FieldLabel,
         QT_TRANSLATE_NOOP("FindingText", "%1填写的“%2”不是有效的值，没有被采用：各项指标仍按原来的值计算。"
                                          "请改正，或恢复原来的值。")},
        {"missing_department", "", Values, QT_TRANSLATE_NOOP("FindingText", "未填写部门名称。")},
        {"year_out_of_range", "", Values, QT_TRANSLATE_NOOP("FindingText", "年度%1不在2000—2100年之间。")},
        {"amount_overflow", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "金额合计超出了可计算的范围（单项金额过大），无法计算指标和核对账目。")},
        {"negative_amount", "", FieldLabel,
         QT_TRANSLATE_NOOP("FindingText", "%1为负数（%2万元）：除年中预算调整和年末结转外，金额不能为负。")},
        {"negative_carryover", "", Values, QT_TRANSLATE_NOOP("FindingText", "年末结转为负数（%1万元）。")},
        // Values: FindingCatalog::BalanceArg (%4, the amount returned, only in "recovered").
        {"balance_mismatch", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 = %5万元，"
                                          "而填报的年末结转为%6万元，相差%7万元。")},
        {"balance_mismatch", "recovered", Values,
         QT_TRANSLATE_NOOP("FindingText", "资金结余不平衡：上年结转%1 + 全年预算%2 − 全年支出%3 − 财政收回%4 = %5万元，"
                                          "而填报的年末结转为%6万元，相差%7万元。")},
        {"three_public_over_total", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "“三公经费”预算%1万元超过了全年预算%2万元。")},
        {"three_public_over_total", "actual", Values,
         QT_TRANSLATE_NOOP("FindingText", "“三公经费”实际支出%1万元超过了全年支出%2万元。")},
        {"procurement_over_spending", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "政府采购实际金额%1万元超过了全年支出%2万元。")},

        {"overspent_basic", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "全年基本支出%1万元超过了基本支出预算%2万元（全年预算加上年结转）。")},
        {"overspent_project", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "全年项目支出%1万元超过了项目支出预算%2万元（全年预算加上年结转）。")},
        {"three_public_over_budget", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "“三公经费”实际支出%1万元超过了预算%2万元。")},
        {"three_public_over_budget", "rate", Values,
         QT_TRANSLATE_NOOP("FindingText", "“三公经费”实际支出%1万元超过了预算%2万元，控制率为%3%。")},
        {"three_public_item_over_budget", "", FieldLabel, QT_TRANSLATE_NOOP("FindingText", "%1%2万元超过了预算%3万元。")},
        {"adjustment_without_reason", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "第%1项年中预算调整“%2”没有写明调整原因。")},
        {"adjustment_without_reason", "excluded", Values,
         QT_TRANSLATE_NOOP("FindingText", "第%1项年中预算调整“%2”列为除外调整，但没有写明除外的依据。")},
        {"adjustment_rate_over_30", "", Values, QT_TRANSLATE_NOOP("FindingText", "预算调整率为%1%，超过30%，需要说明原因。")},
        {"reception_persons_below_batches", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "公务接待人次（%1人）少于接待批次（%2次）：每批次至少接待一人。")},
        {"carryover_mismatch_previous_year", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "本年度的上年结转%1万元与%2年度报告的年末结转%3万元不一致。")},
        {"section_empty", "", FieldLabel,
         QT_TRANSLATE_NOOP("FindingText", "“%1”一节还没有内容：导出的报告中只有标题。")},
    };
    return rows;
}

QString FindingText::message(const Finding &finding, TextLanguage language)
{
    for (const Wording &w : wordings()) {
        if (finding.code != QLatin1String(w.code) || finding.form != QLatin1String(w.form))
            continue;
        QStringList values;
        if (w.fieldLabel)
            values.append(FieldNames::label(finding.fields.value(0), language));
        for (const QString &a : finding.args)
            values.append(a.isEmpty() ? textIn(language, "FindingText", QT_TRANSLATE_NOOP("FindingText", "（未命名）")) : a);
        return Placeholders::fill(textIn(language, "FindingText", w.source), values);
    }
    return finding.code; // not worded yet: tst_findingtext fails
}
