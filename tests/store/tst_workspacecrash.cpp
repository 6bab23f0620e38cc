// No lost edits: a child process saves edits as fast as it can and is killed with SIGKILL at
// random moments (while starting, opening, migrating, saving, creating reports), many times.
// After every kill the workspace must open, pass its integrity check, and hold every edit
// the child acknowledged (it prints a line only after the save returned successfully).
#include "StoreTestEnvironment.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

class WorkspaceCrashTest : public QObject
{
    Q_OBJECT

    StoreTestEnvironment m_env;
    WorkspaceLocation m_location;
    QString m_engine;

private Q_SLOTS:
    void initTestCase_data() { StoreTestEnvironment::addEngineRows(); }
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.postgresProblem())); }
    void init()
    {
        STORE_INIT_ENGINE(m_env);
        m_engine = engine;
        m_location = m_env.freshLocation(engine);
    }

    void killedWriterLosesNothingAcknowledged()
    {
        const int runs = m_engine == QLatin1String("sqlite") ? 50 : 20;
        const quint32 seed = qEnvironmentVariableIsSet("JIXIAO_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("JIXIAO_CRASH_SEED"))
                                                                            : 20240601u;
        QRandomGenerator random(seed);
        int acknowledged = 0; // highest revision the child reported as saved
        int totalAcks = 0;
        QStringList created;
        for (int run = 0; run < runs; ++run) {
            QProcess child;
            child.start(QStringLiteral(STORE_WRITER_CHILD), {m_location.toString(), QStringLiteral("edits")});
            QVERIFY(child.waitForStarted());
            QByteArray output;
            if (run % 2 == 0) {
                // While starting, opening, recovering or migrating: from the start of the process.
                QThread::msleep(random.bounded(0, 150));
            } else {
                // While saving: once it said READY, however slow the machine is.
                QElapsedTimer waited;
                waited.start();
                while (!output.contains("READY") && waited.elapsed() < 30000 && child.waitForReadyRead(1000))
                    output += child.readAllStandardOutput();
                QVERIFY2(output.contains("READY"), output.constData());
                QThread::msleep(random.bounded(0, 100));
            }
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            output += child.readAllStandardOutput();
            const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                const QStringList f = line.split(QLatin1Char(' '));
                QVERIFY2(f.first() != QLatin1String("ERROR"), qPrintable(line));
                if (f.first() == QLatin1String("ACK")) {
                    QVERIFY(f.value(1).toInt() > acknowledged);
                    acknowledged = f.value(1).toInt();
                    ++totalAcks;
                } else if (f.first() == QLatin1String("NEW")) {
                    created.append(f.value(1));
                }
            }

            Workspace ws;
            const WorkspaceError opened = ws.open(m_location);
            QVERIFY2(!opened.isError(), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(opened.text())));
            QString integrity;
            QVERIFY(!ws.integrityCheck(&integrity).isError());
            QCOMPARE(integrity, QStringLiteral("ok"));
            if (acknowledged == 0)
                continue; // killed before the report was even created
            const LoadResult loaded = ws.load(QStringLiteral("压力测试局"), 2024);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error.text()));
            const int revision = loaded.stored->summary.revision;
            // Everything acknowledged is there; at most the one save in flight went further.
            QVERIFY2(revision >= acknowledged && revision <= acknowledged + 1,
                     qPrintable(QStringLiteral("run %1: stored %2, acknowledged %3").arg(run).arg(revision).arg(acknowledged)));
            QCOMPARE(loaded.stored->report.preamble, QStringLiteral("第%1次修改").arg(revision));
            QCOMPARE(loaded.stored->report.budget.initial.basic, Money::fromFen(qint64(revision) * 100));
            acknowledged = revision;
            QList<HistoryEntry> history;
            QVERIFY(!ws.history(loaded.stored->summary.id, &history).isError());
            QCOMPARE(history.first().revision, revision);
            QList<ReportSummary> list;
            QVERIFY(!ws.list(&list).isError());
            QStringList departments;
            for (const ReportSummary &s : list)
                departments.append(s.department);
            for (const QString &d : created)
                QVERIFY2(departments.contains(d), qPrintable(d));
        }
        qInfo("%d kills, %d acknowledged saves, %d reports created, last revision %d (seed %u)", runs, totalAcks,
              int(created.size()), acknowledged, seed);
        QVERIFY(totalAcks >= runs / 2); // every other kill landed while saving
    }
};

QTEST_GUILESS_MAIN(WorkspaceCrashTest)
#include "tst_workspacecrash.moc"
