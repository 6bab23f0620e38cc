#include "ReportAppendix.h"

#include "IndicatorCatalog.h"
#include "IndicatorWording.h"
#include "SelfEvaluationForm.h"
#include "ScoreText.h"

using Kind = ReportBlock::Kind;

ReportAppendix::ReportAppendix(const Report &report, const ReportEvaluation &evaluation)
    : m_report(report), m_evaluation(evaluation)
{
}

ReportTable ReportAppendix::scoreTable() const
{
    const ScoreCard &card = m_evaluation.score;
    ReportTable t;
    t.header = {QStringLiteral("一级指标"), QStringLiteral("二级指标"), QStringLiteral("三级指标"),
                QStringLiteral("分值"), QStringLiteral("得分"), QStringLiteral("扣分原因")};
    t.columnPercent = {9, 11, 22, 10, 10, 38};
    t.numericColumns = {3, 4};
    t.mergedLeadingColumns = 2;
    qint64 weights = 0;
    for (const ScoreItem &item : card.items) {
        weights += item.weightCenti;
        t.rows.append({item.level1, item.level2, item.name, ScoreCard::pointsText(item.weightCenti),
                       item.scoreCenti ? ScoreCard::pointsText(*item.scoreCenti) : QStringLiteral("待评"),
                       ScoreText::reason(item, TextLanguage::Chinese)});
    }
    t.footer.append({QStringLiteral("合计"), QString(), QString(), ScoreCard::pointsText(weights),
                     ScoreCard::pointsText(card.totalCenti),
                     QStringLiteral("等级：") + card.grade + (card.provisional() ? QStringLiteral("（暂定）") : QString())});
    return t;
}

QString ReportAppendix::scoreSummary() const
{
    const ScoreCard &card = m_evaluation.score;
    QString s = QStringLiteral("自评得分%1分，等级为“%2”。").arg(ScoreCard::pointsText(card.totalCenti), card.grade);
    if (card.provisional())
        s += QStringLiteral("尚有%1项指标待人工评分，暂按0分计，得分和等级为暂定结果。").arg(card.pending);
    return s;
}

ReportTable ReportAppendix::indicatorTable() const
{
    ReportTable t;
    t.header = {QStringLiteral("指标"), QStringLiteral("计算公式"), QStringLiteral("计算过程"), QStringLiteral("结果")};
    t.columnPercent = {18, 38, 30, 14};
    t.numericColumns = {3};
    for (const QString &id : IndicatorCatalog::ids()) {
        const Indicator *i = findIndicator(m_evaluation.indicators, id);
        if (!i)
            continue;
        // The result has a column of its own, so the process stops before "=".
        const QString process = i->applies() ? i->numeratorText + QLatin1Char('/') + i->denominatorText + QStringLiteral("*100%")
                                             : QStringLiteral("不适用：") + IndicatorWording::reason(*i);
        t.rows.append({IndicatorWording::name(id), IndicatorWording::definition(id), process, IndicatorWording::valueText(*i)});
    }
    return t;
}

ReportTable ReportAppendix::targetTable(const Report &report)
{
    ReportTable t;
    t.header = {QStringLiteral("一级指标"), QStringLiteral("二级指标"), QStringLiteral("三级指标"),
                QStringLiteral("单位"), QStringLiteral("目标值"), QStringLiteral("实际值")};
    t.columnPercent = {13, 13, 38, 10, 13, 13};
    t.numericColumns = {4, 5};
    t.mergedLeadingColumns = 2;
    for (const TargetIndicator &row : report.targetIndicators) {
        if (row.isQualitative()) { // 定性: the texts
            t.rows.append({row.level1, row.level2, row.name, row.unit,
                           row.targetText.isEmpty() ? QStringLiteral("—") : row.targetText,
                           row.actualText.isEmpty() ? QStringLiteral("—") : row.actualText});
            continue;
        }
        t.rows.append({row.level1, row.level2, row.name, row.unit,
                       row.target ? row.target->toString() : QStringLiteral("—"),
                       row.actual ? row.actual->toString() : QStringLiteral("—")});
    }
    return t;
}

QList<ReportTable> ReportAppendix::selfEvaluationTables(const SelfEvaluationForm &form)
{
    // Split where the indicator grid begins: no cell of the form spans that boundary.
    const int split = form.indicatorHeaderRow > 0 ? form.indicatorHeaderRow : 0;
    QList<int> firstRows = {0};
    if (split > 0 && split < form.rowCount)
        firstRows.append(split);
    QList<ReportTable> tables;
    for (qsizetype part = 0; part < firstRows.size(); ++part) {
        const int first = firstRows[part];
        const int end = part + 1 < firstRows.size() ? firstRows[part + 1] : form.rowCount;
        ReportTable t;
        t.columnPercent = form.columnPercent;
        t.repeatHeader = first == form.indicatorHeaderRow;
        t.joinsNext = part + 1 < firstRows.size();
        QList<QStringList> grid(end - first, QStringList(SelfEvaluationForm::Columns));
        for (const SelfEvaluationForm::Cell &c : form.cells) {
            if (c.row < first || c.row >= end)
                continue;
            grid[c.row - first][c.column] = c.text;
            t.formCells.append({c.row - first, c.column, qMin(c.rowSpan, end - c.row), c.columnSpan,
                                c.style == SelfEvaluationForm::Cell::Style::Label,
                                c.style == SelfEvaluationForm::Cell::Style::Number});
        }
        t.header = grid.value(0);
        t.rows = grid.mid(1);
        tables.append(t);
    }
    return tables;
}

QStringList ReportAppendix::titles() const
{
    // 附件1 is the Hunan scheme's 评分表; 附件3 the standard 自评表: the two must not share a name.
    QStringList t = {QStringLiteral("%1年度部门整体支出绩效自评评分表").arg(m_report.year),
                     QStringLiteral("%1年度部门整体支出绩效指标计算表").arg(m_report.year)};
    if (SelfEvaluationForm::applies(m_report))
        t.append(SelfEvaluationForm::titleFor(m_report));
    return t;
}

ReportBlock ReportAppendix::note() const
{
    const QStringList names = titles();
    QStringList lines;
    for (qsizetype i = 0; i < names.size(); ++i)
        lines.append(QStringLiteral("%1.%2").arg(i + 1).arg(names[i]));
    return ReportBlock::of(Kind::AppendixNote, QStringLiteral("附件：") + lines.join(QLatin1Char('\n')));
}

ReportBlocks ReportAppendix::blocks() const
{
    const QStringList names = titles();
    ReportBlocks out;
    out.append(ReportBlock::of(Kind::PageBreak, QString()));
    out.append(ReportBlock::of(Kind::AppendixLabel, QStringLiteral("附件1")));
    out.append(ReportBlock::of(Kind::Caption, names[0]));
    ReportBlock score = ReportBlock::of(Kind::Table, QString());
    score.table = scoreTable();
    out.append(score);
    out.append(ReportBlock::of(Kind::Paragraph, scoreSummary()));

    out.append(ReportBlock::of(Kind::PageBreak, QString()));
    out.append(ReportBlock::of(Kind::AppendixLabel, QStringLiteral("附件2")));
    out.append(ReportBlock::of(Kind::Caption, names[1]));
    ReportBlock indicators = ReportBlock::of(Kind::Table, QString());
    indicators.table = indicatorTable();
    out.append(indicators);

    if (SelfEvaluationForm::applies(m_report)) { // the standard 自评表 the finance bureau collects
        const SelfEvaluationForm form = SelfEvaluationForm::of(m_report, m_evaluation);
        out.append(ReportBlock::of(Kind::PageBreak, QString()));
        out.append(ReportBlock::of(Kind::AppendixLabel, QStringLiteral("附件3")));
        out.append(ReportBlock::of(Kind::Caption, names[2]));
        out.append(ReportBlock::of(Kind::UnitNote, form.unitNote));
        for (const ReportTable &part : selfEvaluationTables(form)) {
            ReportBlock table = ReportBlock::of(Kind::Table, QString());
            table.table = part;
            out.append(table);
        }
    }
    return out;
}
