#pragma once

#include "Report.h"
#include "ReportJsonReader.h"

#include <QString>

// Report text that a renderer could take for markup or choke on: HTML tags, an image that
// would load a file, entities (the four characters "&lt;" must stay four characters), a
// very long word, right-to-left scripts with an override character, emoji sequences.
namespace HostileText {

inline QString markup() { return QStringLiteral("<b>粗体</b><img src=\"file:///etc/passwd\"><a href=\"http://x\">链接</a>"); }
inline QString entities() { return QStringLiteral("&lt;b&gt; &amp; &#x4E00;"); }
inline QString rightToLeft() { return QStringLiteral("שלום עולם مرحبا \u202Eevil\u202C"); }
inline QString emoji() { return QStringLiteral("😀👍🏽👨‍👩‍👧"); }
inline QString longWord() { return QString(600, QLatin1Char('W')); }

// One hostile text with a tag to tell the fields apart.
inline QString text(const QString &tag, bool withLongWord = true)
{
    QString t = tag + QLatin1Char(' ') + markup() + QLatin1Char(' ') + entities() + QLatin1Char(' ')
                + rightToLeft() + QLatin1Char(' ') + emoji();
    if (withLongWord)
        t += QLatin1Char(' ') + longWord();
    return t;
}

inline Report sample()
{
    const ReportJsonReader::Result r = ReportJsonReader::readFile(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
    if (!r.ok())
        qFatal("cannot read the sample: %s", qPrintable(r.message()));
    return *r.report;
}

// The sample report with hostile text in every text field (the figures stay as they are).
inline Report report()
{
    Report r = sample();
    r.department = text(QStringLiteral("部门"), false);
    r.title = text(QStringLiteral("标题"), false);
    r.preamble = text(QStringLiteral("前言"));
    r.profile.overview = text(QStringLiteral("概况"));
    for (QString &f : r.profile.functions)
        f = text(QStringLiteral("职能"));
    r.budget.initialNote = text(QStringLiteral("年初说明"));
    for (BudgetAdjustment &a : r.budget.adjustments) {
        a.item = text(QStringLiteral("调整事项"));
        a.reason = text(QStringLiteral("调整理由"));
    }
    if (!r.budget.adjustments.isEmpty())
        r.budget.adjustments.first().reason.clear(); // a finding that quotes the item's name
    r.execution.carryoverOutNote = text(QStringLiteral("结转说明"));
    r.execution.threePublicNote = text(QStringLiteral("三公说明"));
    r.execution.procurement.note = text(QStringLiteral("采购说明"));
    for (ManagementItem &m : r.management) {
        m.indicator = text(QStringLiteral("管理指标"), false);
        m.text = text(QStringLiteral("管理情况"));
    }
    for (TargetGroup &g : r.targets) {
        g.title = text(QStringLiteral("目标"), false);
        for (QString &p : g.points)
            p = text(QStringLiteral("要点"));
    }
    if (r.targetIndicators.isEmpty()) { // the sample has none: one row for the target table
        TargetIndicator row;
        row.target = Decimal::fromMillionths(100000000);
        row.actual = Decimal::fromMillionths(98000000);
        r.targetIndicators.append(row);
    }
    for (TargetIndicator &t : r.targetIndicators) {
        t.level1 = text(QStringLiteral("一级"), false);
        t.level2 = text(QStringLiteral("二级"), false);
        t.name = text(QStringLiteral("指标名"), false);
        t.unit = QStringLiteral("<i>%</i>");
        t.note = text(QStringLiteral("指标说明"));
    }
    r.problemsIntro = text(QStringLiteral("问题引言"));
    for (TitledText &p : r.problems) {
        p.title = text(QStringLiteral("问题"), false);
        p.text = text(QStringLiteral("问题内容"));
    }
    for (TitledText &m : r.measures) {
        m.title = text(QStringLiteral("措施"), false);
        m.text = text(QStringLiteral("措施内容"));
    }
    r.signature.name = text(QStringLiteral("落款"), false);
    return r;
}

} // namespace HostileText
