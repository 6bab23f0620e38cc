#include "ReportContentBuilder.h"

#include "ReportAppendix.h"
#include "ReportTextBuilder.h"
#include "ReportWording.h"

using namespace ReportWording;
using Kind = ReportBlock::Kind;

namespace {

void appendParagraphs(ReportBlocks &out, const QString &text)
{
    for (const QString &p : paragraphs(text))
        out.append(ReportBlock::of(Kind::Paragraph, p));
}

} // namespace

ReportContentBuilder::ReportContentBuilder(const Report &report, const ReportEvaluation &evaluation)
    : m_report(report), m_evaluation(evaluation)
{
}

QString ReportContentBuilder::titleLine(const Report &report)
{
    QString title = clause(report.title);
    if (title.isEmpty())
        title = QStringLiteral("部门整体支出预算绩效自评报告");
    const QString year = QString::number(report.year);
    return title.contains(year) ? title : year + QStringLiteral("年度") + title;
}

QString ReportContentBuilder::documentTitle(const Report &report)
{
    return report.department.trimmed() + titleLine(report);
}

void ReportContentBuilder::overview(ReportBlocks &out) const
{
    const DepartmentProfile &p = m_report.profile;
    out.append(ReportBlock::of(Kind::Heading1, heading1(1, QStringLiteral("部门概况"))));
    out.append(ReportBlock::of(Kind::Heading2, heading2(1, QStringLiteral("基本情况"))));
    appendParagraphs(out, p.overview);
    QStringList staff;
    if (p.staff.authorized)
        staff.append(QStringLiteral("编制数%1人").arg(*p.staff.authorized));
    if (p.staff.active)
        staff.append(QStringLiteral("在职人员%1人").arg(*p.staff.active));
    if (p.staff.retired)
        staff.append(QStringLiteral("退休人员%1人").arg(*p.staff.retired));
    if (!staff.isEmpty())
        out.append(ReportBlock::of(Kind::Paragraph, QStringLiteral("部门人员情况：") + staff.join(QStringLiteral("，")) + QStringLiteral("。")));
    if (!p.functions.isEmpty()) {
        out.append(ReportBlock::of(Kind::Heading2, heading2(2, QStringLiteral("主要职能"))));
        int n = 0;
        for (const QString &f : p.functions) {
            const QString text = paragraphs(f).join(QString());
            if (!text.isEmpty())
                out.append(ReportBlock::of(Kind::Paragraph, heading3(++n, text)));
        }
    }
}

void ReportContentBuilder::targets(ReportBlocks &out) const
{
    out.append(ReportBlock::of(Kind::Heading2, heading2(2, QStringLiteral("绩效目标完成情况分析"))));
    int n = 0;
    for (const TargetGroup &g : m_report.targets) {
        QString text = QString::number(++n) + QLatin1Char('.');
        const QString title = clause(g.title);
        if (!title.isEmpty())
            text += title + QStringLiteral("：");
        int k = 0;
        for (const QString &point : g.points) {
            const QString p = paragraphs(point).join(QString());
            if (!p.isEmpty())
                text += circled(++k) + p;
        }
        out.append(ReportBlock::of(Kind::Paragraph, text));
    }
    if (!m_report.targetIndicators.isEmpty()) {
        out.append(ReportBlock::of(Kind::Caption, QStringLiteral("表1 绩效目标完成情况")));
        ReportBlock table = ReportBlock::of(Kind::Table, QString());
        table.table = ReportAppendix::targetTable(m_report);
        out.append(table);
    }
}

void ReportContentBuilder::titledTexts(ReportBlocks &out, const QList<TitledText> &items) const
{
    int n = 0;
    for (const TitledText &item : items) {
        const QString title = paragraphs(item.title).join(QString());
        const QStringList text = paragraphs(item.text);
        const QString number = QStringLiteral("（") + chineseNumber(++n) + QStringLiteral("）");
        // A heading that is a sentence runs into its text (GB/T 9704 practice, as the seed).
        if (title.endsWith(QStringLiteral("。")) && !text.isEmpty()) {
            ReportBlock b = ReportBlock::of(Kind::RunInParagraph, text.first());
            b.lead = number + title;
            out.append(b);
            for (int i = 1; i < text.size(); ++i)
                out.append(ReportBlock::of(Kind::Paragraph, text[i]));
        } else {
            out.append(ReportBlock::of(Kind::Heading2, number + title));
            for (const QString &p : text)
                out.append(ReportBlock::of(Kind::Paragraph, p));
        }
    }
}

void ReportContentBuilder::signature(ReportBlocks &out) const
{
    QString name = m_report.signature.name.trimmed();
    if (name.isEmpty())
        name = m_report.department.trimmed();
    if (!name.isEmpty())
        out.append(ReportBlock::of(Kind::Signature, name));
    if (const std::optional<QDate> &d = m_report.signature.date; d && d->isValid())
        out.append(ReportBlock::of(Kind::Signature, date(d->year(), d->month(), d->day())));
}

ReportBlocks ReportContentBuilder::blocks() const
{
    const ReportTextBuilder text(m_report, m_evaluation);
    ReportBlocks out;
    const QString department = m_report.department.trimmed();
    if (!department.isEmpty())
        out.append(ReportBlock::of(Kind::Title, department));
    out.append(ReportBlock::of(Kind::Title, titleLine(m_report)));
    appendParagraphs(out, m_report.preamble);
    overview(out);
    out += text.budgetSection();
    out += text.performanceAnalysis();
    targets(out);

    out.append(ReportBlock::of(Kind::Heading1, heading1(4, QStringLiteral("存在的主要问题"))));
    appendParagraphs(out, m_report.problemsIntro);
    titledTexts(out, m_report.problems);
    out.append(ReportBlock::of(Kind::Heading1, heading1(5, QStringLiteral("改进的措施和建议"))));
    titledTexts(out, m_report.measures);
    const ReportAppendix appendix(m_report, m_evaluation);
    out.append(appendix.note());
    signature(out);

    out += appendix.blocks();
    out += text.draftNotice();
    return out;
}
