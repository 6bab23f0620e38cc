// The window's saving: after every edit, retried after passing failures, stopped by a
// conflict until the clerk chooses. On SQLite and PostgreSQL (global data rows).
#include "ReportAutoSaver.h"
#include "StoreTestEnvironment.h"

#include <QSignalSpy>
#include <QTest>

class ReportAutoSaverTest : public QObject
{
    Q_OBJECT

    StoreTestEnvironment m_env;
    WorkspaceLocation m_location;
    Workspace m_ws;
    qint64 m_id = 0;
    Report m_report;

private Q_SLOTS:
    void initTestCase_data() { StoreTestEnvironment::addEngineRows(); }
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.postgresProblem())); }
    void init()
    {
        STORE_INIT_ENGINE(m_env);
        m_location = m_env.freshLocation(engine);
        Workspace::Options o;
        o.busyTimeoutMs = 100;
        QCOMPARE(m_ws.open(m_location, o).text(), QString());
        m_report = StoreTestEnvironment::sampleReport();
        m_id = m_ws.create(m_report).id;
        QVERIFY(m_id > 0);
    }
    void cleanup() { m_ws.close(); }

    void editsAreSavedAtOnceBurstsTogether()
    {
        ReportAutoSaver saver(&m_ws, m_id, 1);
        QSignalSpy saved(&saver, &ReportAutoSaver::saved);
        for (int i = 1; i <= 5; ++i) {
            m_report.preamble = QStringLiteral("第%1次").arg(i);
            saver.reportEdited(m_report);
        }
        QCOMPARE(saver.state(), ReportAutoSaver::State::Pending);
        QVERIFY(saver.hasUnsavedChanges());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toInt(), 2);
        QCOMPARE(saver.state(), ReportAutoSaver::State::Saved);
        QVERIFY(!saver.hasUnsavedChanges());
        QCOMPARE(m_ws.load(m_id).stored->report.preamble, QStringLiteral("第5次"));
    }

    void manualScoresAreSavedLikeEdits()
    {
        ReportAutoSaver saver(&m_ws, m_id, 1);
        QSignalSpy saved(&saver, &ReportAutoSaver::saved);
        const ManualScores scores{{QStringLiteral("item"), ManualScore{150, QStringLiteral("齐全")}}};
        saver.manualScoresEdited(scores);
        QVERIFY(saver.hasUnsavedChanges());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saver.revision(), 2);
        QCOMPARE(m_ws.load(m_id).stored->manualScores, scores);
        // An edit and a score together are one save, one revision.
        m_report.preamble = QStringLiteral("同时");
        saver.reportEdited(m_report);
        saver.manualScoresEdited({});
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saver.revision(), 3);
        const LoadResult loaded = m_ws.load(m_id);
        QCOMPARE(loaded.stored->report.preamble, QStringLiteral("同时"));
        QVERIFY(loaded.stored->manualScores.isEmpty());
    }

    void anApprovedReportIsNotSavedOver()
    {
        int rev = m_ws.setStatus(m_id, 1, ReportStatus::Submitted).revision;
        rev = m_ws.setStatus(m_id, rev, ReportStatus::Approved).revision;
        ReportAutoSaver saver(&m_ws, m_id, rev);
        QSignalSpy failed(&saver, &ReportAutoSaver::saveFailed);
        m_report.preamble = QStringLiteral("审核后");
        saver.reportEdited(m_report);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toBool(), false); // no use retrying
        QCOMPARE(saver.state(), ReportAutoSaver::State::Failed);
        QCOMPARE(saver.lastError().kind, WorkspaceError::ReportLocked);
        QVERIFY(saver.hasUnsavedChanges()); // the edit is kept
    }

    void flushSavesWhatIsPending()
    {
        ReportAutoSaver saver(&m_ws, m_id, 1);
        saver.setDelay(60000);
        QCOMPARE(saver.delay(), 2000); // never later than two seconds
        m_report.preamble = QStringLiteral("关窗前的修改");
        saver.reportEdited(m_report);
        QVERIFY(saver.flush());
        QCOMPARE(saver.revision(), 2);
        QCOMPARE(m_ws.load(m_id).stored->report.preamble, QStringLiteral("关窗前的修改"));
    }

    void passingFailureIsRetried()
    {
        ReportAutoSaver saver(&m_ws, m_id, 1);
        saver.setRetryInterval(100);
        QSignalSpy failed(&saver, &ReportAutoSaver::saveFailed);
        QSignalSpy saved(&saver, &ReportAutoSaver::saved);
        {
            OtherConnection other(m_location);
            QVERIFY(other.lockForWriting());
            m_report.preamble = QStringLiteral("锁住时的修改");
            saver.reportEdited(m_report);
            QTRY_VERIFY(!failed.isEmpty());
            QCOMPARE(failed.first().at(1).toBool(), true); // will retry
            QCOMPARE(saver.state(), ReportAutoSaver::State::Retrying);
            QVERIFY(saver.hasUnsavedChanges());
            // Further edits wait for the retry instead of each waiting for the lock.
            m_report.preamble = QStringLiteral("锁住时的第二次修改");
            saver.reportEdited(m_report);
            QCOMPARE(failed.size(), 1);
            QTRY_VERIFY(failed.size() >= 2); // retried, still locked, retried later again
            QVERIFY(other.release());
        }
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(saver.state(), ReportAutoSaver::State::Saved);
        QCOMPARE(m_ws.load(m_id).stored->report.preamble, QStringLiteral("锁住时的第二次修改"));
    }

    void conflictStopsSavingUntilChosen_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("reload theirs") << QStringLiteral("reload");
        QTest::newRow("keep mine as a copy") << QStringLiteral("copy");
        QTest::newRow("overwrite theirs") << QStringLiteral("overwrite");
    }
    void conflictStopsSavingUntilChosen()
    {
        QFETCH(QString, choice);
        Report theirs = m_report;
        theirs.preamble = QStringLiteral("他们的");
        QVERIFY(m_ws.save(m_id, 1, theirs).ok()); // another window saved first

        ReportAutoSaver saver(&m_ws, m_id, 1);
        QSignalSpy conflict(&saver, &ReportAutoSaver::conflict);
        m_report.preamble = QStringLiteral("我的");
        saver.reportEdited(m_report);
        QTRY_COMPARE(conflict.size(), 1);
        QVERIFY(conflict.first().first().toString().contains(QStringLiteral("副本")));
        QCOMPARE(saver.state(), ReportAutoSaver::State::Conflict);
        QCOMPARE(saver.conflictingVersion()->revision, 2);
        m_report.preamble = QStringLiteral("我的，又改了");
        saver.reportEdited(m_report);
        QCOMPARE(saver.state(), ReportAutoSaver::State::Conflict);
        QCoreApplication::processEvents(); // the turn of the event loop in which an edit is saved
        QCOMPARE(m_ws.load(m_id).stored->report.preamble, QStringLiteral("他们的")); // nothing overwritten
        QVERIFY(!saver.flush());
        QCOMPARE(m_ws.load(m_id).stored->report.preamble, QStringLiteral("他们的"));

        if (choice == QLatin1String("reload")) {
            const LoadResult loaded = saver.reloadTheirs();
            QCOMPARE(loaded.stored->report.preamble, QStringLiteral("他们的"));
            QCOMPARE(saver.revision(), 2);
        } else if (choice == QLatin1String("copy")) {
            const SaveResult copy = saver.keepMineAsCopy();
            QVERIFY2(copy.ok(), qPrintable(copy.error.text()));
            QCOMPARE(saver.reportId(), copy.id); // the window now edits the copy
            QCOMPARE(m_ws.load(copy.id).stored->report.preamble, QStringLiteral("我的，又改了"));
            QCOMPARE(m_ws.load(m_id).stored->report.preamble, QStringLiteral("他们的"));
            m_report = m_ws.load(copy.id).stored->report; // the window shows the copy, named （副本）
            QCOMPARE(m_report.department, QStringLiteral("湘潭市行政审批服务局（副本）"));
        } else {
            QVERIFY(saver.overwriteTheirs().ok());
            QCOMPARE(m_ws.load(m_id).stored->report.preamble, QStringLiteral("我的，又改了"));
            QList<HistoryEntry> history;
            QVERIFY(!m_ws.history(m_id, &history).isError());
            QVERIFY(history.size() >= 2); // theirs is still in history
        }
        QCOMPARE(saver.state(), ReportAutoSaver::State::Saved);
        QVERIFY(!saver.hasUnsavedChanges());
        m_report.preamble = QStringLiteral("之后照常保存");
        saver.reportEdited(m_report);
        QVERIFY(saver.flush());
    }

    void lostAnswerIsNotAConflictWithItself()
    {
        // The first try committed but its answer was lost; the next try of the same chain
        // carries a newer edit and must land on top of it.
        Report first = m_report;
        first.preamble = QStringLiteral("第一次");
        QCOMPARE(m_ws.save(m_id, 1, first, QStringLiteral("chain")).revision, 2);
        Report second = m_report;
        second.preamble = QStringLiteral("第二次");
        const SaveResult r = m_ws.save(m_id, 1, second, QStringLiteral("chain"));
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QCOMPARE(r.revision, 3);
        QCOMPARE(m_ws.load(m_id).stored->report.preamble, QStringLiteral("第二次"));
        QVERIFY(m_ws.save(m_id, 1, first, QStringLiteral("other chain")).isConflict());
    }
};

QTEST_GUILESS_MAIN(ReportAutoSaverTest)
#include "tst_reportautosaver.moc"
