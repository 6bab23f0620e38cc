#pragma once

// Hand-made reports and small helpers shared by the core tests. The figures are chosen so
// that every expected value can be worked out by hand from domain.md, not from the code.

#include "Report.h"
#include "ReportJsonReader.h"

#include <QFile>
#include <QMetaType>
#include <QRegularExpression>
#include <QString>
#include <functional>

using ReportEdit = std::function<void(Report &)>;
Q_DECLARE_METATYPE(ReportEdit)

namespace TestReports {

// An amount in 万元 written as in a file ("30.55", "-2"); a typo in a test is fatal.
inline Money wan(const char *text)
{
    QString why;
    const std::optional<Money> m = ReportJsonReader::amountFromString(QString::fromUtf8(text), &why);
    if (!m)
        qFatal("bad test amount %s: %s", text, qPrintable(why));
    return *m;
}

inline BudgetAdjustment adjustment(const char *amount, AdjustmentCategory category, bool excluded,
                                   const char *reason = "依据有关文件")
{
    BudgetAdjustment a;
    a.item = QStringLiteral("测试调整");
    a.amount = wan(amount);
    a.category = category;
    a.excluded = excluded;
    a.reason = QString::fromUtf8(reason);
    return a;
}

// A balanced report with round figures and no findings:
//   C0b 10, C0p 20; B0b 100, B0p 200; no adjustments (B = 300, B + C0 = 330)
//   Eb 105, Ep 210 (E = 315); C1 = 330 − 315 = 15
//   TPb 5 + 3 + 2 = 10; TPa 4 + 3 + 1 = 8; Gp 50, Ga 40; staff 18 of 20; 10 batches, 30 persons
// and a line in each of the sections the clerk writes (none printed empty).
inline Report simple()
{
    Report r;
    r.department = QStringLiteral("测试局");
    r.year = 2024;
    r.budget.carryoverIn.basic = wan("10");
    r.budget.carryoverIn.project = wan("20");
    r.budget.initial.basic = wan("100");
    r.budget.initial.project = wan("200");
    r.budget.threePublicBudget.reception = wan("5");
    r.budget.threePublicBudget.vehicles = wan("3");
    r.budget.threePublicBudget.overseas = wan("2");
    r.execution.spent.basic = wan("105");
    r.execution.spent.project = wan("210");
    r.execution.carryoverOut = wan("15");
    r.execution.threePublicActual.reception = wan("4");
    r.execution.threePublicActual.vehicles = wan("3");
    r.execution.threePublicActual.overseas = wan("1");
    r.execution.receptionBatches = 10;
    r.execution.receptionPersons = 30;
    r.execution.procurement.budget = wan("50");
    r.execution.procurement.actual = wan("40");
    r.profile.staff.active = 18;
    r.profile.staff.authorized = 20;
    r.profile.overview = QStringLiteral("测试局负责全市的测试工作。");
    r.profile.functions = {QStringLiteral("负责测试。")};
    r.management = {ManagementItem{QStringLiteral("测试管理情况"), std::nullopt, QStringLiteral("符合要求。"), {}}};
    r.targets = {TargetGroup{QStringLiteral("完成测试"), {QStringLiteral("按期完成")}, {}}};
    r.problems = {TitledText{QStringLiteral("测试不够。"), QStringLiteral("还需加强。"), {}}};
    r.measures = {TitledText{QStringLiteral("加强测试。"), QStringLiteral("多写测试。"), {}}};
    return r;
}

inline Report simpleWith(const ReportEdit &edit)
{
    Report r = simple();
    if (edit)
        edit(r);
    return r;
}

inline QString samplePath()
{
    return QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json");
}

inline QByteArray sampleBytes()
{
    QFile file(samplePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the sample report");
    return file.readAll();
}

inline Report sample()
{
    const ReportJsonReader::Result r = ReportJsonReader::read(sampleBytes());
    if (!r.ok())
        qFatal("the sample report is refused: %s", qPrintable(r.message()));
    return *r.report;
}

// The worked example of self-evaluation-table.md: the sample with a 绩效目标表, an overall
// goal and a qualitative row (format version 2).
inline QString tableExamplePath()
{
    return QStringLiteral(JIXIAO_SOURCE_DIR "/tests/data/reports/xiangtan-2023-table.json");
}

inline Report tableExample()
{
    const ReportJsonReader::Result r = ReportJsonReader::readFile(tableExamplePath());
    if (!r.ok())
        qFatal("the table example is refused: %s", qPrintable(r.message()));
    return *r.report;
}

// True when the text contains Chinese characters (messages are in plain Chinese).
inline bool isChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return han.match(text).hasMatch();
}

} // namespace TestReports
