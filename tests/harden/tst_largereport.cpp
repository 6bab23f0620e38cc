#include "HostileReports.h"
#include "LimitedProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// A report with 100,000 adjustment rows is checked by the real `jixiao check --json` within
// 30 s and under 3 GB of address space (issue 7); time and peak RSS are printed.
class TestLargeReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandAdjustments()
    {
        constexpr int Rows = 100000;
        QJsonObject report = QJsonDocument::fromJson(HostileReports::sample()).object();
        QJsonObject budget = report.value(QStringLiteral("budget")).toObject();
        QJsonArray rows;
        const char *categories[] = {"basic", "project", "transfer"};
        for (int i = 0; i < Rows; ++i) {
            // Sums stay small: the rows move money around (+0.01 / −0.01 万元).
            rows.append(QJsonObject{
                {QStringLiteral("item"), QStringLiteral("第%1项调整：<b>设备</b>购置 &lt;追加&gt;").arg(i + 1)},
                {QStringLiteral("amount"), i % 2 ? QStringLiteral("-0.01") : QStringLiteral("0.01")},
                {QStringLiteral("category"), QLatin1String(categories[i % 3])},
                {QStringLiteral("excluded"), i % 7 == 0},
                {QStringLiteral("reason"), i % 5 ? QStringLiteral("年中追加预算") : QString()},
            });
        }
        budget.insert(QStringLiteral("adjustments"), rows);
        report.insert(QStringLiteral("budget"), budget);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("large.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(report).toJson());
        }

        const bool sanitized = !LimitedProcess::addressLimitPossible();
        const LimitedProcess::Result r = LimitedProcess::run(
            QStringLiteral(JIXIAO_BINARY), {QStringLiteral("check"), path, QStringLiteral("--json")},
            qint64(3) << 30, sanitized ? 180000 : 30000);
        qInfo("%d adjustment rows (%lld kB file): jixiao check --json took %lld ms, peak RSS %lld kB%s",
              Rows, QFileInfo(path).size() / 1024, r.elapsedMs, r.peakRssKb,
              sanitized ? " (sanitizer build: no address-space limit, 180 s allowed)" : "");
        QVERIFY2(r.started && !r.timedOut && r.exitedNormally, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.describe()));
        QJsonParseError error;
        const QJsonObject result = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(result.value(QStringLiteral("department")).toString(), QStringLiteral("湘潭市行政审批服务局"));
        QVERIFY(!result.value(QStringLiteral("indicators")).toArray().isEmpty());
        QVERIFY(result.value(QStringLiteral("score")).isObject());
        if (!sanitized)
            QVERIFY2(r.elapsedMs < 30000, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestLargeReport)
#include "tst_largereport.moc"
