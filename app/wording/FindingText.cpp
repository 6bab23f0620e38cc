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
        // The self-evaluation table. Rows: %1 the row's number, %2 its name.
        // Values: score, lowest and highest score of the tier.
        {"qualitative_score_out_of_tier", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "第%1项绩效指标“%2”评为“达成年度指标”，得分应在%4至%5分之间，"
                                          "填写的却是%3分：请改正得分，或改选档次。")},
        {"qualitative_score_out_of_tier", "partial", Values,
         QT_TRANSLATE_NOOP("FindingText", "第%1项绩效指标“%2”评为“部分达成并具有一定效果”，得分应不低于%4分且低于%5分，"
                                          "填写的却是%3分：请改正得分，或改选档次。")},
        {"qualitative_score_out_of_tier", "not_achieved", Values,
         QT_TRANSLATE_NOOP("FindingText", "第%1项绩效指标“%2”评为“未达成且效果较差”，得分应不低于%4分且低于%5分，"
                                          "填写的却是%3分：请改正得分，或改选档次。")},

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
        // Values: achieved, target, unit, achieved as a percentage of the target.
        {"target_over_achieved", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "第%1项绩效指标“%2”实际完成%3%5，是年度指标值%4%5的%6%：指标值可能定得偏低，"
                                          "请在“偏差原因分析及改进措施”中说明原因。")},
        {"target_over_achieved", "lower", Values,
         QT_TRANSLATE_NOOP("FindingText", "第%1项绩效指标“%2”实际为%3%5，仅为年度指标值%4%5的%6%：指标值可能定得过宽，"
                                          "请在“偏差原因分析及改进措施”中说明原因。")},
        // Values: the row's score and weight.
        {"deviation_without_reason", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "第%1项绩效指标“%2”得%3分，未得满分（%4分）：请填写偏差原因分析及改进措施。")},
        {"deviation_without_reason", "over_achieved", Values,
         QT_TRANSLATE_NOOP("FindingText", "第%1项绩效指标“%2”超额完成较多：请填写偏差原因分析及改进措施。")},
        // Values: indicator part, its weight, the part's score rate, 执行率.
        {"score_exceeds_execution", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "绩效指标得分%1分（满分%2分，得分率%3%）明显高于预算执行率%4%："
                                          "预算没有执行完，指标却基本完成，请核实指标的完成值，或在报告中说明原因。")},
        // Values: 执行率, the threshold, the amount not spent.
        {"large_unspent_balance", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "预算执行率为%1%，低于%2%，有%3万元预算没有执行：请在报告中说明原因。")},
        // Values: the sum of the weights, the part's weight.
        {"indicator_weights_not_90", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "各项绩效指标的分值合计为%1分，不是%2分：指标得分已按%2÷%1折算，请核对各项指标的分值。")},
        // Values: the sum of the 其中 rows, the total row.
        {"funds_by_source_mismatch", "", Values,
         QT_TRANSLATE_NOOP("FindingText", "其中各项资金的年初预算数合计%1万元，与年度资金总额的年初预算数%2万元不一致。")},
        {"funds_by_source_mismatch", "full", Values,
         QT_TRANSLATE_NOOP("FindingText", "其中各项资金的全年预算数合计%1万元，与年度资金总额的全年预算数%2万元不一致。")},
        {"funds_by_source_mismatch", "spent", Values,
         QT_TRANSLATE_NOOP("FindingText", "其中各项资金的全年执行数合计%1万元，与年度资金总额的全年执行数%2万元不一致。")},
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
