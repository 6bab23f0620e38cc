#include "SelfEvaluationForm.h"

#include "SelfEvaluationText.h"

namespace {

using Cell = SelfEvaluationForm::Cell;
using Style = Cell::Style;

class Grid
{
public:
    explicit Grid(SelfEvaluationForm &form) : m_form(form) {}

    int row() const { return m_form.rowCount; }
    void nextRow(int rows = 1) { m_form.rowCount += rows; }

    void add(int column, int columnSpan, Style style, const QString &text, int rowSpan = 1)
    {
        Cell c;
        c.row = m_form.rowCount;
        c.column = column;
        c.columnSpan = columnSpan;
        c.rowSpan = rowSpan;
        c.style = style;
        c.text = text;
        m_form.cells.append(c);
    }
    void label(int column, int columnSpan, const QString &text, int rowSpan = 1)
    {
        add(column, columnSpan, Style::Label, text, rowSpan);
    }
    void text(int column, int columnSpan, const QString &text, int rowSpan = 1)
    {
        add(column, columnSpan, Style::Text, text, rowSpan);
    }
    // Points or an amount with two decimals; nothing given: an empty text cell.
    void number(int column, const std::optional<QString> &twoDecimals, int columnSpan = 1)
    {
        if (!twoDecimals) {
            text(column, columnSpan, QString());
            return;
        }
        add(column, columnSpan, Style::Number, *twoDecimals);
        m_form.cells.last().numberText = *twoDecimals;
    }
    void rate(int column, const std::optional<Ratio> &rate)
    {
        if (!rate) {
            text(column, 1, QStringLiteral("不适用"));
            return;
        }
        add(column, 1, Style::Number, rate->percentText() + QLatin1Char('%'));
        // The printed rate as a fraction: 99.40% is 0.994.
        const qint64 centi = rate->centiPercent();
        m_form.cells.last().numberText = Decimal::fromMillionths(centi * 100).toString();
        m_form.cells.last().percent = true;
    }

private:
    SelfEvaluationForm &m_form;
};

std::optional<QString> wan(const OptionalMoney &m)
{
    return m ? std::optional(m->toWan()) : std::nullopt;
}

std::optional<QString> points(const std::optional<qint64> &centi)
{
    return centi ? std::optional(Ratio::centiText(*centi)) : std::nullopt;
}

QString valueWithUnit(const std::optional<Decimal> &value, const QString &unit)
{
    return value ? value->toString() + unit : QString();
}

void header(Grid &g, const Report &r)
{
    g.label(0, 2, QStringLiteral("部门（单位）名称"));
    g.text(2, 4, r.department);
    g.label(6, 1, QStringLiteral("年度"));
    g.text(7, 2, QString::number(r.year));
    g.nextRow();
}

void execution(Grid &g, const Report &r, const SelfEvaluation &t)
{
    const FundsBySource &funds = r.fundsBySource;
    const bool sources = !funds.isEmpty();
    g.label(0, 2, QStringLiteral("预算执行情况"), sources ? 5 : 2);
    g.label(2, 1, QStringLiteral("项目"));
    g.label(3, 1, QStringLiteral("年初预算数"));
    g.label(4, 1, QStringLiteral("全年预算数"));
    g.label(5, 1, QStringLiteral("全年执行数"));
    g.label(6, 1, QStringLiteral("分值"));
    g.label(7, 1, QStringLiteral("执行率"));
    g.label(8, 1, QStringLiteral("得分"));
    g.nextRow();
    g.label(2, 1, QStringLiteral("年度资金总额"));
    g.number(3, t.initial.toWan());
    g.number(4, t.full.toWan());
    g.number(5, t.spent.toWan());
    g.number(6, Ratio::centiText(t.executionWeightCenti));
    g.rate(7, t.rate);
    g.number(8, points(t.executionScoreCenti));
    g.nextRow();
    if (!sources)
        return;
    const struct { const char *name; const SourceAmounts &amounts; } rows[] = {
        {"其中：当年财政拨款", funds.appropriation},
        {"上年结转资金", funds.carryover},
        {"其他资金", funds.other},
    };
    for (const auto &row : rows) {
        g.label(2, 1, QString::fromUtf8(row.name));
        g.number(3, wan(row.amounts.initial));
        g.number(4, wan(row.amounts.full));
        g.number(5, wan(row.amounts.spent));
        g.text(6, 3, QStringLiteral("—"));
        g.nextRow();
    }
}

void goal(Grid &g, const Report &r)
{
    g.label(0, 2, QStringLiteral("年度总体目标"), 2);
    g.label(2, 4, QStringLiteral("预期目标"));
    g.label(6, 3, QStringLiteral("实际完成情况"));
    g.nextRow();
    g.text(2, 4, r.overallGoal.expected);
    g.text(6, 3, r.overallGoal.achieved);
    g.nextRow();
}

void indicators(Grid &g, SelfEvaluationForm &form, const Report &r, const SelfEvaluation &t)
{
    form.indicatorHeaderRow = g.row();
    const char *headers[] = {"一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分",
                             "偏差原因分析及改进措施"};
    for (int c = 0; c < SelfEvaluationForm::Columns; ++c)
        g.label(c, 1, QString::fromUtf8(headers[c]));
    g.nextRow();
    const QList<TargetIndicator> &rows = r.targetIndicators;
    // Equal consecutive 一级 (and, within them, 二级) names merge into one cell.
    auto span = [&rows](qsizetype i, int level) {
        qsizetype n = 1;
        while (i + n < rows.size() && rows[i + n].level1 == rows[i].level1
               && (level == 0 || rows[i + n].level2 == rows[i].level2))
            ++n;
        return int(n);
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TargetIndicator &row = rows[i];
        if (i == 0 || row.level1 != rows[i - 1].level1)
            g.text(0, 1, row.level1, span(i, 0));
        if (i == 0 || row.level1 != rows[i - 1].level1 || row.level2 != rows[i - 1].level2)
            g.text(1, 1, row.level2, span(i, 1));
        g.text(2, 1, row.name);
        g.text(3, 1, SelfEvaluationText::directionLabel(row.direction, TextLanguage::Chinese));
        if (row.isQualitative()) {
            g.text(4, 1, row.targetText);
            g.text(5, 1, row.actualText);
        } else {
            g.text(4, 1, valueWithUnit(row.target, row.unit));
            g.text(5, 1, valueWithUnit(row.actual, row.unit));
        }
        g.number(6, Ratio::centiText(t.rows[i].weightCenti));
        if (t.rows[i].scoreCenti)
            g.number(7, Ratio::centiText(*t.rows[i].scoreCenti));
        else
            g.text(7, 1, QStringLiteral("待评"));
        QString deviation = row.deviation;
        if (row.isQualitative() && row.tier)
            deviation = QStringLiteral("（%1）").arg(SelfEvaluationText::tierLabel(*row.tier, TextLanguage::Chinese))
                        + deviation;
        g.text(8, 1, deviation);
        g.nextRow();
    }
}

void total(Grid &g, const SelfEvaluation &t)
{
    g.label(0, 6, QStringLiteral("总分"));
    g.number(6, Ratio::centiText(t.executionWeightCenti + t.indicatorWeightCenti));
    g.number(7, Ratio::centiText(t.totalCenti));
    g.label(8, 1, QStringLiteral("等级：") + t.grade + (t.provisional() ? QStringLiteral("（暂定）") : QString()));
    g.nextRow();
    QStringList notes;
    if (!t.rows.isEmpty() && t.rowWeightSumCenti != t.indicatorWeightCenti && t.indicatorScoreCenti)
        notes.append(QStringLiteral("绩效指标分值合计%1分，指标得分%2分已按%3÷%1折算为%4分。")
                         .arg(Ratio::centiText(t.rowWeightSumCenti), Ratio::centiText(t.rowScoreSumCenti),
                              Ratio::centiText(t.indicatorWeightCenti), Ratio::centiText(*t.indicatorScoreCenti)));
    if (const QString cap = SelfEvaluationText::ceiling(t, TextLanguage::Chinese); !cap.isEmpty())
        notes.append(cap);
    if (t.provisional())
        notes.append(QStringLiteral("暂定：%1，按0分计。").arg(SelfEvaluationText::pending(t, TextLanguage::Chinese)));
    if (!notes.isEmpty()) {
        g.text(0, SelfEvaluationForm::Columns, QStringLiteral("说明：") + notes.join(QString()));
        g.nextRow();
    }
}

void preparer(Grid &g, const Report &r)
{
    const Preparer &p = r.preparer;
    const QString blank = QStringLiteral("　　　　");
    g.text(0, SelfEvaluationForm::Columns,
           QStringLiteral("填报人：%1　　联系电话：%2　　填报日期：%3")
               .arg(p.name.isEmpty() ? blank : p.name, p.phone.isEmpty() ? blank : p.phone,
                    p.date ? p.date->toString(QStringLiteral("yyyy年M月d日")) : blank));
    g.nextRow();
}

} // namespace

bool SelfEvaluationForm::applies(const Report &report)
{
    return !report.targetIndicators.isEmpty() || !report.overallGoal.expected.isEmpty()
           || !report.overallGoal.achieved.isEmpty();
}

QString SelfEvaluationForm::titleFor(const Report &report)
{
    return QStringLiteral("%1年度部门整体支出绩效自评表").arg(report.year);
}

SelfEvaluationForm SelfEvaluationForm::of(const Report &report, const ReportEvaluation &evaluation)
{
    SelfEvaluationForm form;
    form.title = titleFor(report);
    form.unitNote = QStringLiteral("单位：万元");
    // The amount columns hold "1873.84" at 10.5 pt on a portrait page; names and reasons wrap.
    form.columnPercent = {7, 7, 11, 12, 12, 12, 10, 11, 18};
    Grid g(form);
    const SelfEvaluation &t = evaluation.table;
    header(g, report);
    execution(g, report, t);
    goal(g, report);
    indicators(g, form, report, t);
    total(g, t);
    preparer(g, report);
    return form;
}

const SelfEvaluationForm::Cell *SelfEvaluationForm::cellAt(int row, int column) const
{
    for (const Cell &c : cells) {
        if (row >= c.row && row < c.row + c.rowSpan && column >= c.column && column < c.column + c.columnSpan)
            return &c;
    }
    return nullptr;
}
