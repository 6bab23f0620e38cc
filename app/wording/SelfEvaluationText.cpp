#include "SelfEvaluationText.h"

namespace {

QString text(TextLanguage language, const char *source)
{
    return textIn(language, "SelfEvaluationText", source);
}

// "80.00" → "80", "79.50" → "79.5": thresholds and ceilings as people write them.
QString shortNumber(qint64 centi)
{
    QString s = Ratio::centiText(centi);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

} // namespace

QString SelfEvaluationText::points(qint64 centi)
{
    return Ratio::centiText(centi);
}

QString SelfEvaluationText::optionalPoints(const std::optional<qint64> &centi, TextLanguage language)
{
    return centi ? points(*centi) : text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "待评"));
}

QString SelfEvaluationText::directionLabel(TargetDirection direction, TextLanguage language)
{
    switch (direction) {
    case TargetDirection::Lower:
        return QStringLiteral("≤");
    case TargetDirection::Exact:
        return QStringLiteral("=");
    case TargetDirection::Qualitative:
        return text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "定性"));
    case TargetDirection::Higher:
        break;
    }
    return QStringLiteral("≥");
}

QString SelfEvaluationText::tierLabel(QualitativeTier tier, TextLanguage language)
{
    switch (tier) {
    case QualitativeTier::Partial:
        return text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "部分达成并具有一定效果"));
    case QualitativeTier::NotAchieved:
        return text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "未达成且效果较差"));
    case QualitativeTier::Achieved:
        break;
    }
    return text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "达成年度指标"));
}

QString SelfEvaluationText::pending(const SelfEvaluation &t, TextLanguage language)
{
    QStringList parts;
    if (!t.executionScoreCenti)
        parts.append(text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "预算执行率无法计算（全年预算数为0）")));
    if (t.rows.isEmpty())
        parts.append(text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "尚未填写绩效指标")));
    else if (t.rowWeightSumCenti <= 0)
        parts.append(text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "绩效指标都没有分值")));
    if (t.pendingRows > 0)
        parts.append(text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "%1项绩效指标待评")).arg(t.pendingRows));
    return parts.join(text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "；")));
}

QString SelfEvaluationText::summary(const SelfEvaluation &t, TextLanguage language)
{
    QString line = text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "自评表：预算执行%1分 + 绩效指标%2分 = 总分%3分，等级：%4"))
                       .arg(optionalPoints(t.executionScoreCenti, language), optionalPoints(t.indicatorScoreCenti, language),
                            points(t.totalCenti), t.grade);
    if (t.provisional())
        line += text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "（暂定：%1，按0分计）")).arg(pending(t, language));
    return line;
}

QString SelfEvaluationText::ceiling(const SelfEvaluation &t, TextLanguage language)
{
    if (!t.capCenti || !t.rate)
        return QString();
    const QString rate = t.rate->percentText();
    const QString below = shortNumber(t.capBelowCentiPercent);
    const QString cap = shortNumber(*t.capCenti);
    if (t.capLowered)
        return text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "预算执行率为%1%，低于%2%，总分最高%3分：已由%4分降为%3分。"))
            .arg(rate, below, cap, points(t.uncappedTotalCenti));
    return text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "预算执行率为%1%，低于%2%，总分最高%3分（本表总分未超过，不受影响）。"))
        .arg(rate, below, cap);
}

QString SelfEvaluationText::windowTotal(const SelfEvaluation &t, const QString &gradeShown, TextLanguage language)
{
    if (t.provisional())
        return text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "目前得分%1分（%2），暂不评定等级"))
            .arg(points(t.totalCenti), pending(t, language));
    return text(language, QT_TRANSLATE_NOOP("SelfEvaluationText", "总分%1分，等级：%2")).arg(points(t.totalCenti), gradeShown);
}
