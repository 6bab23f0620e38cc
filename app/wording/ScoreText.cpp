#include "ScoreText.h"

#include "IndicatorText.h"
#include "Placeholders.h"

namespace {

constexpr bool IndicatorName = true;
constexpr bool Values = false;

} // namespace

// The reasons, in Chinese (the source language; English in translations/jixiao_en.ts). The
// item's values (ScoreItem::reason.args) are %1, %2… in the order ScoringEngine gives them;
// with IndicatorName, %1 is the name of the item's indicator and its values start at %2.
// To add a code: ScoringEngine::reasonCodes(), a row here, then update_translations and an
// English translation.
const QList<ScoreText::Wording> &ScoreText::wordings()
{
    static const QList<Wording> rows = {
        {"band", IndicatorName, QT_TRANSLATE_NOOP("ScoreText", "%1为%2%，得%3分"), nullptr},
        {"over_threshold", IndicatorName, QT_TRANSLATE_NOOP("ScoreText", "%1为%2%，超过%3%，按每超1个百分点扣%4分计，扣%5分"), nullptr},
        {"under_target", IndicatorName, QT_TRANSLATE_NOOP("ScoreText", "%1为%2%，未达到%3%，按比例得%4分"), nullptr},
        {"carryover_out_missing", Values, QT_TRANSLATE_NOOP("ScoreText", "未填报年末结转，待人工评分"), nullptr},
        {"carryover_within", Values, QT_TRANSLATE_NOOP("ScoreText", "年末结转%1万元，未超过上年结转%2万元，得%3分"), nullptr},
        {"carryover_over", Values, QT_TRANSLATE_NOOP("ScoreText", "年末结转%1万元，超过上年结转%2万元，得%3分"), nullptr},
        {"checklist_unknown", Values, QT_TRANSLATE_NOOP("ScoreText", "报告中没有对应的预算管理项目，待人工评分"), nullptr},
        // %1: the scheme's names of the items, joined.
        {"checklist_missing", Values, QT_TRANSLATE_NOOP("ScoreText", "未达标或未填报：%1"), nullptr},
        {"targets_none", Values, QT_TRANSLATE_NOOP("ScoreText", "绩效目标表中没有可计分的指标，待人工评分"), nullptr},
        {"targets_partial", Values, QT_TRANSLATE_NOOP("ScoreText", "部分绩效指标未完成目标，按完成比例得%1分"), nullptr},
        {"targets_partial_dropped", Values, QT_TRANSLATE_NOOP("ScoreText", "部分绩效指标未完成目标，按完成比例得%1分"),
         QT_TRANSLATE_NOOP("ScoreText", "（%1项指标不适用，已按其余指标折算）")},
        {"unknown_indicator", Values, QT_TRANSLATE_NOOP("ScoreText", "评分方案引用了未知的指标“%1”，待人工评分"), nullptr},
        // %2: why the indicator is 不适用 (ScoreItem::indicatorNotApplicable).
        {"indicator_not_applicable", IndicatorName, QT_TRANSLATE_NOOP("ScoreText", "%1不适用（%2），待人工评分"), nullptr},
        {"overflow", Values, QT_TRANSLATE_NOOP("ScoreText", "金额合计超出范围，待人工评分"), nullptr},
        {"manual", Values, QT_TRANSLATE_NOOP("ScoreText", "需人工评分"), nullptr},
    };
    return rows;
}

QString ScoreText::reason(const ScoreItem &item, TextLanguage language)
{
    if (!item.givenReason.isEmpty())
        return item.givenReason;
    const Reason &r = item.reason;
    if (r.isEmpty())
        return QString();
    for (const Wording &w : wordings()) {
        if (r.code != QLatin1String(w.code))
            continue;
        QStringList values;
        if (w.indicatorName)
            values.append(IndicatorText::name(item.indicator, language));
        if (r.code == QLatin1String("indicator_not_applicable"))
            values.append(IndicatorText::notApplicable(item.indicatorNotApplicable, language));
        else if (r.code == QLatin1String("checklist_missing"))
            values.append(r.args.join(QStringLiteral("、")));
        else
            values += w.then ? r.args.mid(0, r.args.size() - 1) : r.args;
        QString text = Placeholders::fill(textIn(language, "ScoreText", w.source), values);
        if (w.then)
            text += Placeholders::fill(textIn(language, "ScoreText", w.then), {r.args.value(r.args.size() - 1)});
        return text;
    }
    return r.code; // not worded yet: tst_reasontext fails
}
