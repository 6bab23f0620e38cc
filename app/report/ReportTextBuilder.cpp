#include "ReportTextBuilder.h"

#include "AdjustmentGroups.h"
#include "FindingText.h"
#include "IndicatorWording.h"
#include "PerformanceAnalysisText.h"
#include "ReportPlainText.h"
#include "ReportWording.h"

using namespace ReportWording;
using Kind = ReportBlock::Kind;

namespace {

QString itemName(const BudgetAdjustment &a)
{
    const QString item = clause(a.item);
    return item.isEmpty() ? QStringLiteral("未注明事项的调整") : item;
}

// "（1）追加政务大厅春节慰问费2.00万元；（2）…" for one group of adjustments.
QString itemList(const QList<AdjustmentGroups::Row> &rows)
{
    QStringList items;
    for (const AdjustmentGroups::Row &row : rows) {
        QString text = itemNumber(row.number) + itemName(*row.adjustment);
        if (row.adjustment->category == AdjustmentCategory::Transfer) {
            text += row.amount().isNegative() ? QStringLiteral("，由项目支出调整至基本支出")
                                              : QStringLiteral("，由基本支出调整至项目支出");
        }
        items.append(text + absWan(row.amount()));
    }
    return items.join(QStringLiteral("；"));
}

// A sum of three public-expense items, phrased item by item: "公务接待费6.52万元，…"
struct ThreePublicItem
{
    const char *name;
    OptionalMoney amount;
    QString detail = QString(); // 接待批次/人次, after the reception amount
};

} // namespace

ReportTextBuilder::ReportTextBuilder(const Report &report, const ReportEvaluation &evaluation)
    : m_report(report), m_evaluation(evaluation)
{
}

QString ReportTextBuilder::initialBudget() const
{
    const ReportFigures &f = m_evaluation.figures;
    QString s = QStringLiteral("1.年初预算情况：");
    if (f.carryoverIn.isZero()) {
        s += QStringLiteral("无上年结转，");
    } else {
        s += QStringLiteral("上年结转") + wan(f.carryoverIn);
        if (!f.carryoverInBasic.isZero() && !f.carryoverInProject.isZero())
            s += QStringLiteral("（其中：基本支出%1，项目支出%2）").arg(wan(f.carryoverInBasic), wan(f.carryoverInProject));
        s += QStringLiteral("，");
    }
    s += QStringLiteral("%1年财政年初部门预算%2，其中：基本支出%3，项目支出%4")
             .arg(QString::number(m_report.year), wan(f.initial), wan(f.initialBasic), wan(f.initialProject));
    const QString note = clause(m_report.budget.initialNote);
    if (!note.isEmpty())
        s += QStringLiteral("，") + note;
    return s + QStringLiteral("。");
}

QString ReportTextBuilder::adjustments() const
{
    const ReportFigures &f = m_evaluation.figures;
    const AdjustmentGroups g = AdjustmentGroups::of(m_report);
    QString s = QStringLiteral("2.年中预算调整情况：");
    if (g.isEmpty())
        return s + QStringLiteral("本年度未进行年中预算调整，无预算调减资金。");
    if (!g.increases.isEmpty())
        s += QStringLiteral("本年度年中预算调增%1，分别为：%2。").arg(wan(f.increases), itemList(g.increases));
    else
        s += QStringLiteral("本年度无年中预算调增。");
    if (!g.decreases.isEmpty())
        s += QStringLiteral("预算调减%1，分别为：%2。").arg(wan(f.decreases), itemList(g.decreases));
    else
        s += QStringLiteral("无预算调减资金。");
    if (!g.transfers.isEmpty())
        s += QStringLiteral("另有预算结构调整%1项，不改变预算总额：%2。").arg(g.transfers.size()).arg(itemList(g.transfers));
    return s;
}

QString ReportTextBuilder::fullYearBudget() const
{
    const ReportFigures &f = m_evaluation.figures;
    QString s = QStringLiteral("3.全年总预算情况：");
    s += f.carryoverIn.isZero() ? QStringLiteral("无上年结转，")
                                : QStringLiteral("上年结转%1，").arg(wan(f.carryoverIn));
    return s + QStringLiteral("调整后%1年财政总预算为%2，其中：基本支出%3，项目支出%4。")
                   .arg(QString::number(m_report.year), wan(f.budget), wan(f.budgetBasic), wan(f.budgetProject));
}

QString ReportTextBuilder::execution() const
{
    const ReportFigures &f = m_evaluation.figures;
    QString s = QStringLiteral("全年共计支出%1，其中：基本支出%2，项目支出%3。")
                    .arg(wan(f.spent), wan(f.spentBasic), wan(f.spentProject));
    if (!f.recovered.isZero())
        s += QStringLiteral("年度中财政收回（上缴）资金%1。").arg(wan(f.recovered));
    return s;
}

QString ReportTextBuilder::balance() const
{
    const ReportFigures &f = m_evaluation.figures;
    QString s = QStringLiteral("上年度预算结转%1，本年度预算收入为%2，全年共计支出%3，")
                    .arg(wan(f.carryoverIn), wan(f.budget), wan(f.spent));
    if (!f.recovered.isZero())
        s += QStringLiteral("财政收回（上缴）%1，").arg(wan(f.recovered));
    if (f.carryoverOut)
        s += QStringLiteral("年末结转%1。").arg(wan(*f.carryoverOut));
    else
        s += QStringLiteral("年末结转未填报。");
    return s;
}

QStringList ReportTextBuilder::threePublic() const
{
    const ReportFigures &f = m_evaluation.figures;
    const ThreePublicAmounts &b = m_report.budget.threePublicBudget;
    const ThreePublicAmounts &a = m_report.execution.threePublicActual;
    const QString year = QString::number(m_report.year);
    QStringList paragraphs = ReportWording::paragraphs(m_report.execution.threePublicNote);

    // Items with an amount are listed; the others are said to be not arranged / not spent.
    auto phrase = [](const QList<ThreePublicItem> &items, QString *missing) {
        QStringList listed, absent;
        for (const ThreePublicItem &item : items) {
            const QString name = QString::fromUtf8(item.name);
            if (item.amount && !item.amount->isZero())
                listed.append(name + wan(*item.amount) + item.detail);
            else
                absent.append(name);
        }
        *missing = absent.join(QStringLiteral("、"));
        return listed.join(QStringLiteral("，"));
    };
    const Execution &e = m_report.execution;
    QString reception;
    if (e.receptionBatches && e.receptionPersons)
        reception = QStringLiteral("（接待批次%1次，人次%2人）").arg(*e.receptionBatches).arg(*e.receptionPersons);
    else if (e.receptionBatches)
        reception = QStringLiteral("（接待批次%1次）").arg(*e.receptionBatches);
    else if (e.receptionPersons)
        reception = QStringLiteral("（接待人次%1人）").arg(*e.receptionPersons);

    QString s;
    QString missing;
    if (f.threePublicBudget.isZero()) {
        s += QStringLiteral("%1年未安排“三公经费”预算。").arg(year);
    } else {
        const QString listed = phrase({{"公务接待费", b.reception}, {"公务用车购置及运行维护费", b.vehicles}, {"因公出国（境）费", b.overseas}}, &missing);
        s += QStringLiteral("%1年“三公经费”预算%2，其中：%3").arg(year, wan(f.threePublicBudget), listed);
        s += missing.isEmpty() ? QStringLiteral("。") : QStringLiteral("，未安排%1。").arg(missing);
    }
    if (f.threePublicActual.isZero()) {
        s += QStringLiteral("全年未发生“三公经费”支出。");
    } else {
        const QString listed = phrase({{"公务接待费", a.reception, reception}, {"公务用车购置及运行维护费", a.vehicles}, {"因公出国（境）费", a.overseas}}, &missing);
        s += QStringLiteral("实际支出%1，其中：%2").arg(wan(f.threePublicActual), listed);
        s += missing.isEmpty() ? QStringLiteral("。") : QStringLiteral("，未发生%1支出。").arg(missing);
    }
    if (const Indicator *rate = findIndicator(m_evaluation.indicators, QStringLiteral("three_public_control_rate")))
        s += rate->applies() ? IndicatorWording::formulaLine(*rate) + QStringLiteral("。") : IndicatorWording::notApplicableSentence(*rate);
    paragraphs.append(s);
    return paragraphs;
}

ReportBlocks ReportTextBuilder::budgetSection() const
{
    ReportBlocks blocks;
    blocks.append(ReportBlock::of(Kind::Heading1, heading1(2, QStringLiteral("部门整体支出管理和使用基本情况"))));
    if (m_evaluation.figures.overflow) {
        blocks.append(ReportBlock::of(Kind::Paragraph, QStringLiteral("金额合计超出了可计算的范围，无法生成本部分的数字，请核对各项金额。")));
        return blocks;
    }
    const QString year = QString::number(m_report.year);
    auto chart = [&blocks](ReportChart which, const QString &caption) {
        blocks.append(ReportBlock::of(Kind::Caption, caption));
        ReportBlock b = ReportBlock::of(Kind::Chart, QString());
        b.chart = which;
        blocks.append(b);
    };
    blocks.append(ReportBlock::of(Kind::Heading2, heading2(1, QStringLiteral("预算情况"))));
    blocks.append(ReportBlock::of(Kind::Paragraph, initialBudget()));
    blocks.append(ReportBlock::of(Kind::Paragraph, adjustments()));
    blocks.append(ReportBlock::of(Kind::Paragraph, fullYearBudget()));
    chart(ReportChart::BudgetComposition, QStringLiteral("图1 %1年度预算构成").arg(year));

    blocks.append(ReportBlock::of(Kind::Heading2, heading2(2, QStringLiteral("预算执行情况"))));
    blocks.append(ReportBlock::of(Kind::Paragraph, execution()));
    chart(ReportChart::BudgetAgainstSpending, QStringLiteral("图2 %1年度预算与支出对比").arg(year));

    blocks.append(ReportBlock::of(Kind::Heading2, heading2(3, QStringLiteral("资金结余情况"))));
    blocks.append(ReportBlock::of(Kind::Paragraph, balance()));

    blocks.append(ReportBlock::of(Kind::Heading2, heading2(4, QStringLiteral("“三公经费”控制指标及支出情况"))));
    for (const QString &p : threePublic())
        blocks.append(ReportBlock::of(Kind::Paragraph, p));
    chart(ReportChart::ThreePublic, QStringLiteral("图3 %1年度“三公经费”预算与实际支出").arg(year));
    return blocks;
}

ReportBlocks ReportTextBuilder::performanceAnalysis() const
{
    return PerformanceAnalysisText(m_report, m_evaluation).blocks();
}

ReportBlocks ReportTextBuilder::draftNotice() const
{
    ReportBlocks blocks;
    if (!isDraft())
        return blocks;
    blocks.append(ReportBlock::of(Kind::PageBreak, QString()));
    blocks.append(ReportBlock::of(Kind::AppendixLabel, QStringLiteral("草稿说明")));
    blocks.append(ReportBlock::of(Kind::DraftNotice,
                                  QStringLiteral("本报告经检查发现%1个错误、%2个警告，只能作为草稿导出，改正错误后方可形成正式文本。")
                                      .arg(m_evaluation.errorCount()).arg(m_evaluation.warningCount())));
    int n = 0;
    for (const bool errors : {true, false}) {
        for (const Finding &finding : m_evaluation.findings) {
            if (finding.isError() != errors)
                continue;
            blocks.append(ReportBlock::of(Kind::DraftNotice, QStringLiteral("%1.【%2】%3")
                                                                 .arg(++n)
                                                                 .arg(errors ? QStringLiteral("错误") : QStringLiteral("警告"),
                                                                      FindingText::message(finding, TextLanguage::Chinese))));
        }
    }
    return blocks;
}

QString ReportTextBuilder::plainText() const
{
    return ReportPlainText::render(budgetSection() + performanceAnalysis() + draftNotice());
}
