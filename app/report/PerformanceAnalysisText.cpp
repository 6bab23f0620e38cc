#include "PerformanceAnalysisText.h"

#include "AdjustmentGroups.h"
#include "FindingCatalog.h"
#include "IndicatorWording.h"
#include "ReportWording.h"

using namespace ReportWording;
using Kind = ReportBlock::Kind;

namespace {

// "第（1）、（2）项"
QString rowNumbers(const QList<AdjustmentGroups::Row> &rows)
{
    QStringList numbers;
    for (const AdjustmentGroups::Row &row : rows)
        numbers.append(itemNumber(row.number));
    return QStringLiteral("第") + numbers.join(QStringLiteral("、")) + QStringLiteral("项");
}

} // namespace

PerformanceAnalysisText::PerformanceAnalysisText(const Report &report, const ReportEvaluation &evaluation)
    : m_report(report), m_evaluation(evaluation)
{
}

const Indicator *PerformanceAnalysisText::indicator(const QString &id) const
{
    return findIndicator(m_evaluation.indicators, id);
}

void PerformanceAnalysisText::appendRate(ReportBlocks &out, const QString &id) const
{
    const Indicator *i = indicator(id);
    if (!i)
        return;
    if (i->applies())
        out.append(ReportBlock::of(Kind::Formula, IndicatorWording::formulaLine(*i)));
    else
        out.append(ReportBlock::of(Kind::Paragraph, IndicatorWording::notApplicableSentence(*i)));
}

void PerformanceAnalysisText::budgetAdjustmentRate(ReportBlocks &out) const
{
    const ReportFigures &f = m_evaluation.figures;
    const AdjustmentGroups g = AdjustmentGroups::of(m_report);
    out.append(ReportBlock::of(Kind::Heading4, heading4(1, QStringLiteral("预算调整率："))));
    QList<AdjustmentGroups::Row> excluded, counted;
    for (const AdjustmentGroups::Row &row : g.all())
        (row.adjustment->excluded ? excluded : counted).append(row);

    QStringList kinds; // what happened during the year, in the words of section 二
    if (!g.increases.isEmpty())
        kinds.append(QStringLiteral("调增") + wan(f.increases));
    if (!g.decreases.isEmpty())
        kinds.append(QStringLiteral("调减") + wan(f.decreases));
    if (!g.transfers.isEmpty())
        kinds.append(QStringLiteral("结构调整%1项").arg(g.transfers.size()));

    QString s;
    if (g.isEmpty()) {
        s = QStringLiteral("本年度未进行年中预算调整。");
    } else if (counted.isEmpty()) {
        s = QStringLiteral("本年度年中预算%1，均系除外调整，不计入预算调整率。").arg(kinds.join(QStringLiteral("、")));
    } else if (excluded.isEmpty()) {
        s = QStringLiteral("本年度年中预算%1，均计入预算调整率。").arg(kinds.join(QStringLiteral("、")));
    } else {
        s = QStringLiteral("本年度年中预算%1，其中%2系除外调整，合计%3，不计入预算调整率；%4计入预算调整率。")
                .arg(kinds.join(QStringLiteral("、")), rowNumbers(excluded), wan(f.excludedAdjustments), rowNumbers(counted));
    }
    // The grounds for excluding an adjustment must be on record (财预〔2013〕53号).
    QStringList grounds;
    for (const AdjustmentGroups::Row &row : excluded) {
        const QString reason = clause(row.adjustment->reason);
        if (!reason.isEmpty())
            grounds.append(itemNumber(row.number) + reason);
    }
    if (!grounds.isEmpty())
        s += QStringLiteral("除外调整的依据：%1。").arg(grounds.join(QStringLiteral("；")));
    QStringList reasons;
    for (const AdjustmentGroups::Row &row : counted) {
        const QString reason = clause(row.adjustment->reason);
        if (!reason.isEmpty())
            reasons.append(itemNumber(row.number) + reason);
    }
    if (!reasons.isEmpty())
        s += QStringLiteral("调整原因：%1。").arg(reasons.join(QStringLiteral("；")));
    out.append(ReportBlock::of(Kind::Paragraph, s));
    appendRate(out, QStringLiteral("budget_adjustment_rate"));
}

void PerformanceAnalysisText::controlRate(ReportBlocks &out, bool basic) const
{
    const ReportFigures &f = m_evaluation.figures;
    const QString part = basic ? QStringLiteral("基本支出") : QStringLiteral("项目支出");
    out.append(ReportBlock::of(Kind::Heading4, heading4(basic ? 2 : 3, part + QStringLiteral("预算控制率："))));
    const Money spent = basic ? f.spentBasic : f.spentProject;
    const Money carryover = basic ? f.carryoverInBasic : f.carryoverInProject;
    const Money budget = basic ? f.budgetBasic : f.budgetProject;
    QString s = QStringLiteral("%1年%2实际支出为%3，").arg(QString::number(m_report.year), part, wan(spent));
    if (!carryover.isZero())
        s += QStringLiteral("上年结转%1，").arg(wan(carryover));
    s += QStringLiteral("%1年度总预算为%2。").arg(part, wan(budget));
    out.append(ReportBlock::of(Kind::Paragraph, s));
    appendRate(out, basic ? QStringLiteral("basic_control_rate") : QStringLiteral("project_control_rate"));
}

void PerformanceAnalysisText::fundBalance(ReportBlocks &out) const
{
    const ReportFigures &f = m_evaluation.figures;
    out.append(ReportBlock::of(Kind::Heading4, heading4(4, QStringLiteral("资金结余："))));
    QString s = QStringLiteral("上年结转%1，").arg(wan(f.carryoverIn));
    if (f.carryoverOut) {
        s += QStringLiteral("本年结转%1").arg(wan(*f.carryoverOut));
        const QString note = clause(m_report.execution.carryoverOutNote);
        s += note.isEmpty() ? QStringLiteral("。") : QStringLiteral("，") + note + QStringLiteral("。");
    } else {
        s += QStringLiteral("本年结转未填报。");
    }
    out.append(ReportBlock::of(Kind::Paragraph, s));
    // The accounts must balance: C0 + B − E − R = C1 (domain.md, 资金结余).
    QString check = f.carryoverIn.toWan() + QLatin1Char('+') + f.budget.toWan() + QLatin1Char('-') + f.spent.toWan();
    if (!f.recovered.isZero())
        check += QLatin1Char('-') + f.recovered.toWan();
    QString line = QStringLiteral("资金结余核对：%1=%2").arg(check, wan(f.expectedCarryoverOut));
    // Whether it balances is the checker's rule: the sentence reads its balance_mismatch finding.
    const Finding *mismatch = findFinding(m_evaluation.findings, QLatin1StringView("balance_mismatch"));
    if (mismatch)
        line += QStringLiteral("，与填报的年末结转%1万元不一致，账目不平衡。").arg(mismatch->args.value(FindingCatalog::BalanceEntered));
    else if (!f.carryoverOut)
        line += QStringLiteral("。");
    else
        line += QStringLiteral("，与年末结转一致。");
    out.append(ReportBlock::of(Kind::Formula, line));
}

void PerformanceAnalysisText::threePublicControl(ReportBlocks &out) const
{
    const ReportFigures &f = m_evaluation.figures;
    out.append(ReportBlock::of(Kind::Heading4, heading4(5, QStringLiteral("“三公经费”控制率："))));
    const ThreePublicAmounts &a = m_report.execution.threePublicActual;
    QStringList items;
    const std::pair<const char *, OptionalMoney> parts[] = {
        {"公务接待费", a.reception}, {"公务用车购置及运行维护费", a.vehicles}, {"因公出国（境）费", a.overseas}};
    for (const auto &[name, amount] : parts) {
        if (amount && !amount->isZero())
            items.append(QString::fromUtf8(name) + wan(*amount));
    }
    QString s;
    if (f.threePublicActual.isZero())
        s = QStringLiteral("本年度未发生“三公经费”支出。");
    else if (items.size() == 1)
        s = QStringLiteral("“三公经费”实际支出数为：%1。").arg(items.first());
    else
        s = QStringLiteral("“三公经费”实际支出数为：%1，合计%2。").arg(items.join(QStringLiteral("，")), wan(f.threePublicActual));
    s += f.threePublicBudget.isZero() ? QStringLiteral("本年度未安排“三公经费”预算。")
                                      : QStringLiteral("“三公经费”预算安排数为%1。").arg(wan(f.threePublicBudget));
    out.append(ReportBlock::of(Kind::Paragraph, s));
    appendRate(out, QStringLiteral("three_public_control_rate"));
}

void PerformanceAnalysisText::executionRate(ReportBlocks &out) const
{
    const ReportFigures &f = m_evaluation.figures;
    out.append(ReportBlock::of(Kind::Heading4, heading4(6, QStringLiteral("预算执行率："))));
    out.append(ReportBlock::of(Kind::Paragraph, QStringLiteral("全年支出%1，全年预算与上年结转合计%2。").arg(wan(f.spent), wan(f.available))));
    appendRate(out, QStringLiteral("execution_rate"));
}

void PerformanceAnalysisText::carryoverRate(ReportBlocks &out) const
{
    const ReportFigures &f = m_evaluation.figures;
    out.append(ReportBlock::of(Kind::Heading4, heading4(7, QStringLiteral("结转结余率："))));
    if (f.carryoverOut)
        out.append(ReportBlock::of(Kind::Paragraph, QStringLiteral("年末结转%1，全年预算与上年结转合计%2。").arg(wan(*f.carryoverOut), wan(f.available))));
    appendRate(out, QStringLiteral("carryover_rate"));
}

QString PerformanceAnalysisText::procurement() const
{
    const Procurement &p = m_report.execution.procurement;
    const QString year = QString::number(m_report.year);
    QString s;
    if (p.budget)
        s = QStringLiteral("%1年政府采购预算%2，").arg(year, wan(*p.budget));
    else
        s = year + QStringLiteral("年");
    s += p.actual ? QStringLiteral("全年政府采购的金额为%1").arg(wan(*p.actual)) : QStringLiteral("全年政府采购的金额未填报");
    const QString note = clause(p.note);
    s += note.isEmpty() ? QStringLiteral("。") : QStringLiteral("，") + note + QStringLiteral("。");
    if (p.budget) {
        if (const Indicator *i = indicator(QStringLiteral("procurement_execution_rate")))
            s += i->applies() ? IndicatorWording::formulaLine(*i) + QStringLiteral("。") : IndicatorWording::notApplicableSentence(*i);
    }
    return s;
}

void PerformanceAnalysisText::management(ReportBlocks &out) const
{
    out.append(ReportBlock::of(Kind::Heading3, heading3(2, QStringLiteral("预算管理"))));
    int n = 0;
    for (const ManagementItem &item : m_report.management) {
        const QString title = clause(item.indicator);
        out.append(ReportBlock::of(Kind::Heading4, heading4(++n, (title.isEmpty() ? QStringLiteral("管理情况") : title) + QStringLiteral("："))));
        QStringList text = paragraphs(item.text);
        if (text.isEmpty() && item.compliant)
            text.append(*item.compliant ? QStringLiteral("符合要求。") : QStringLiteral("未达到要求。"));
        for (const QString &p : text)
            out.append(ReportBlock::of(Kind::Paragraph, p));
    }
    const Procurement &p = m_report.execution.procurement;
    if (p.budget || p.actual || !p.note.trimmed().isEmpty()) {
        out.append(ReportBlock::of(Kind::Heading4, heading4(++n, QStringLiteral("政府采购完成情况："))));
        out.append(ReportBlock::of(Kind::Paragraph, procurement()));
    }
}

ReportBlocks PerformanceAnalysisText::blocks() const
{
    ReportBlocks out;
    out.append(ReportBlock::of(Kind::Heading1, heading1(3, QStringLiteral("部门整体支出绩效情况"))));
    out.append(ReportBlock::of(Kind::Heading2, heading2(1, QStringLiteral("部门整体支出绩效分析"))));
    if (m_evaluation.figures.overflow) {
        out.append(ReportBlock::of(Kind::Paragraph, QStringLiteral("金额合计超出了可计算的范围，无法计算绩效指标，请核对各项金额。")));
        return out;
    }
    out.append(ReportBlock::of(Kind::Heading3, heading3(1, QStringLiteral("预算执行"))));
    budgetAdjustmentRate(out);
    controlRate(out, true);
    controlRate(out, false);
    fundBalance(out);
    threePublicControl(out);
    executionRate(out);
    carryoverRate(out);
    management(out);
    return out;
}
