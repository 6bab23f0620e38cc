#include "EvaluationSummary.h"

#include "FindingText.h"
#include "IndicatorText.h"
#include "ScoreText.h"
#include "SelfEvaluationText.h"

QString EvaluationSummary::text(const Report &report, const ReportEvaluation &e)
{
    const QString department = report.department.trimmed().isEmpty() ? tr("（未填写部门）") : report.department;
    return tr("%1 %2年度部门整体支出预算绩效自评").arg(department).arg(report.year) + QLatin1Char('\n')
        + indicators(e) + balance(e.figures) + findings(e) + score(e.score) + table(report, e.table);
}

QString EvaluationSummary::indicators(const ReportEvaluation &e)
{
    QString out = QStringLiteral("\n") + tr("绩效指标：") + QLatin1Char('\n');
    for (const Indicator &i : e.indicators)
        out += QStringLiteral("  ") + tr("%1：%2").arg(IndicatorText::name(i.id), IndicatorText::formula(i)) + QLatin1Char('\n');
    return out;
}

// The accounts' balance, when the figures could be added up.
QString EvaluationSummary::balance(const ReportFigures &f)
{
    if (f.overflow)
        return QString();
    return QLatin1Char('\n')
        + tr("资金结余：上年结转%1 + 全年预算%2 − 全年支出%3 − 财政收回%4 = %5万元；填报的年末结转：%6")
              .arg(f.carryoverIn.toWan(), f.budget.toWan(), f.spent.toWan(), f.recovered.toWan(), f.expectedCarryoverOut.toWan(),
                   f.carryoverOut ? tr("%1万元").arg(f.carryoverOut->toWan()) : tr("未填报"))
        + QLatin1Char('\n');
}

QString EvaluationSummary::findings(const ReportEvaluation &e)
{
    QString out = QStringLiteral("\n") + tr("检查结果：%1个错误，%2个警告").arg(e.errorCount()).arg(e.warningCount()) + QLatin1Char('\n');
    for (const Finding &finding : e.findings) {
        out += QStringLiteral("  [%1] %2 %3\n")
                   .arg(finding.isError() ? tr("错误") : tr("警告"), FindingText::message(finding),
                        finding.fields.isEmpty() ? QString() : QStringLiteral("(%1)").arg(finding.fields.join(QStringLiteral(", "))));
    }
    return out;
}

// The scheme's score and grade, then each item with why points were deducted.
QString EvaluationSummary::score(const ScoreCard &s)
{
    QString out = QStringLiteral("\n");
    if (s.provisional())
        out += tr("自评得分：%1分，等级：%2（暂定：尚有%3项待人工评分，按0分计）").arg(ScoreCard::pointsText(s.totalCenti), s.grade).arg(s.pending);
    else
        out += tr("自评得分：%1分，等级：%2").arg(ScoreCard::pointsText(s.totalCenti), s.grade);
    out += QLatin1Char('\n');
    for (const ScoreItem &item : s.items) {
        const QString scored = item.scoreCenti ? ScoreCard::pointsText(*item.scoreCenti) : tr("待评");
        out += QStringLiteral("  ") + tr("%1/%2：%3 / %4").arg(item.level2, item.name, scored, ScoreCard::pointsText(item.weightCenti));
        if (const QString reason = ScoreText::reason(item); !reason.isEmpty())
            out += QStringLiteral("  ") + reason;
        out += QLatin1Char('\n');
    }
    return out;
}

// The standard self-evaluation table (自评表): its total, the execution line, each row.
QString EvaluationSummary::table(const Report &report, const SelfEvaluation &t)
{
    QString out = QStringLiteral("\n") + SelfEvaluationText::summary(t) + QLatin1Char('\n');
    if (const QString cap = SelfEvaluationText::ceiling(t); !cap.isEmpty())
        out += QStringLiteral("  ") + cap + QLatin1Char('\n');
    out += QStringLiteral("  ") + tr("预算执行：全年执行数%1 ÷ 全年预算数%2 = 执行率%3，得%4 / %5分")
                                      .arg(t.spent.toWan(), t.full.toWan(),
                                           t.rate ? t.rate->percentText() + QLatin1Char('%') : tr("不适用"),
                                           SelfEvaluationText::optionalPoints(t.executionScoreCenti),
                                           SelfEvaluationText::points(t.executionWeightCenti))
           + QLatin1Char('\n');
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        const TargetIndicator &row = report.targetIndicators[i];
        out += QStringLiteral("  ") + tr("第%1项 %2（%3）：%4 / %5分")
                                          .arg(QString::number(i + 1), row.name.isEmpty() ? tr("（未命名）") : row.name,
                                               SelfEvaluationText::directionLabel(row.direction),
                                               SelfEvaluationText::optionalPoints(t.rows[i].scoreCenti),
                                               SelfEvaluationText::points(t.rows[i].weightCenti))
               + QLatin1Char('\n');
    }
    return out;
}
