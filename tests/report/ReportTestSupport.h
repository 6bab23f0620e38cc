#pragma once

// Shared by the report tests: the reports they export, and golden-file comparison.

#include "ReportEvaluation.h"
#include "ReportJsonReader.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace ReportTestSupport {

inline QString samplePath()
{
    return QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json");
}

// 调减, non-excluded adjustments, transfers both ways, 不适用 rates, accounts that do not
// balance (an error: the report exports only as a draft).
inline QString draftPath()
{
    return QStringLiteral(JIXIAO_TEST_DATA "/reports/adjustments-draft.json");
}

inline Report load(const QString &path)
{
    const ReportJsonReader::Result r = ReportJsonReader::readFile(path);
    if (!r.ok())
        qFatal("cannot read test report %s: %s", qPrintable(path), qPrintable(r.message()));
    return *r.report;
}

// Compares `actual` with the checked-in file. With JIXIAO_UPDATE_GOLDEN=1 in the
// environment the file is rewritten instead (review the diff before committing). On a
// mismatch the actual text is written next to the test binary and the first differing
// lines are shown, so `diff -u expected actual` gives the whole picture.
inline bool matchesGolden(const QString &actual, const QString &goldenFile, QString *message)
{
    if (qEnvironmentVariableIntValue("JIXIAO_UPDATE_GOLDEN") == 1) {
        QFile out(goldenFile);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *message = QStringLiteral("cannot write %1").arg(goldenFile);
            return false;
        }
        out.write(actual.toUtf8());
        return true;
    }
    QFile in(goldenFile);
    if (!in.open(QIODevice::ReadOnly)) {
        *message = QStringLiteral("missing golden file %1 (run with JIXIAO_UPDATE_GOLDEN=1 to create it)").arg(goldenFile);
        return false;
    }
    const QString expected = QString::fromUtf8(in.readAll());
    if (expected == actual)
        return true;
    const QString actualFile = QDir::current().absoluteFilePath(QFileInfo(goldenFile).completeBaseName() + QStringLiteral(".actual.txt"));
    QFile out(actualFile);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(actual.toUtf8());
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    int line = 0;
    while (line < e.size() && line < a.size() && e[line] == a[line])
        ++line;
    *message = QStringLiteral("generated text differs from %1 at line %2:\n- %3\n+ %4\n(whole text: diff -u %1 %5)")
                   .arg(goldenFile)
                   .arg(line + 1)
                   .arg(e.value(line, QStringLiteral("<end of file>")), a.value(line, QStringLiteral("<end of file>")), actualFile);
    return false;
}

} // namespace ReportTestSupport
