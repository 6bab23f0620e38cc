// The storage suite: every test runs on SQLite and on a real PostgreSQL server that the
// suite starts itself (global data rows "sqlite" and "postgresql"). No mocks.
#include "CopyName.h"
#include "IndicatorCatalog.h"
#include "PostgresSecurity.h"
#include "ReportJsonReader.h"
#include "ReportJsonWriter.h"
#include "SchemaMigrations.h"
#include "StoreTestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

class WorkspaceTest : public QObject
{
    Q_OBJECT

    StoreTestEnvironment m_env;
    QString m_engine;
    WorkspaceLocation m_location;

    Workspace::Options options(int mergeSeconds = 600) const
    {
        Workspace::Options o;
        o.userName = QStringLiteral("甲");
        o.historyMergeSeconds = mergeSeconds;
        return o;
    }
    QString runChild(const QStringList &arguments)
    {
        QProcess child;
        child.start(QStringLiteral(STORE_WRITER_CHILD), QStringList{m_location.toString()} + arguments);
        if (!child.waitForFinished(30000))
            return QStringLiteral("TIMEOUT");
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase_data() { StoreTestEnvironment::addEngineRows(); }
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.postgresProblem())); }
    void init()
    {
        STORE_INIT_ENGINE(m_env);
        m_engine = engine;
        m_location = m_env.freshLocation(engine);
    }

    void importThenExportGivesTheSameReport_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("xiangtan-2023") << StoreTestEnvironment::sampleJson();
        QTest::newRow("every field, unknown keys") << StoreTestEnvironment::everyFieldJson();
    }
    void importThenExportGivesTheSameReport()
    {
        QFETCH(QByteArray, json);
        const ReportJsonReader::Result original = ReportJsonReader::read(json);
        QVERIFY2(original.ok(), qPrintable(original.message()));
        {
            Workspace ws;
            QCOMPARE(ws.open(m_location, options()).text(), QString());
            const SaveResult imported = ws.importReport(*original.report);
            QCOMPARE(imported.outcome, SaveResult::Outcome::Added);
            // Submitting needs a report without errors: either way the status stays inside.
            const SaveResult submitted = ws.setStatus(imported.id, imported.revision, ReportStatus::Submitted);
            QVERIFY2(submitted.ok() || submitted.error.kind == WorkspaceError::NotAllowed, qPrintable(submitted.error.text()));
            QVERIFY(!ws.addComment(imported.id, QStringLiteral("year"), QStringLiteral("请核对")).isError());
        }
        Workspace ws; // a new connection: what was stored, not what was cached
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const LoadResult loaded = ws.load(original.report->department, original.report->year);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.text()));
        QVERIFY(loaded.stored->report == *original.report);
        const QByteArray exported = ReportJsonWriter::write(loaded.stored->report);
        // As data: the same keys and values as the file, nothing of the workspace added.
        const QJsonObject out = QJsonDocument::fromJson(exported).object();
        const QJsonObject in = QJsonDocument::fromJson(ReportJsonWriter::write(*original.report)).object();
        QCOMPARE(out, in);
        QCOMPARE(out.keys(), in.keys());
        for (const char *key : {"status", "revision", "history", "comments"})
            QVERIFY(!out.contains(QLatin1String(key)));
        QVERIFY(out.contains(QStringLiteral("department")));
        // Importing the same file again changes nothing.
        QCOMPARE(ws.importReport(*original.report).outcome, SaveResult::Outcome::Unchanged);
    }

    void createListLoadSave()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const Report sample = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(sample);
        QVERIFY2(created.ok(), qPrintable(created.error.text()));
        QCOMPARE(created.revision, 1);
        QList<ReportSummary> list;
        QVERIFY(!ws.list(&list).isError());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().department, sample.department);
        QCOMPARE(list.first().year, 2023);
        QCOMPARE(list.first().budget, Money::fromWan(1843, 29));
        QCOMPARE(list.first().spent, Money::fromWan(1862, 61));
        QCOMPARE(list.first().carryoverOut, Money::fromWan(11, 23));
        QCOMPARE(list.first().updatedBy, QStringLiteral("甲"));

        Report edited = sample;
        edited.budget.initial.basic = Money::fromWan(600);
        const SaveResult saved = ws.save(created.id, 1, edited);
        QVERIFY2(saved.ok(), qPrintable(saved.error.text()));
        QCOMPARE(saved.revision, 2);
        const LoadResult loaded = ws.load(created.id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.stored->report == edited);
        QCOMPARE(loaded.stored->summary.revision, 2);
        // Saving what is already stored writes nothing.
        QCOMPARE(ws.save(created.id, 2, edited).revision, 2);
    }

    void moneyIsStoredAsIntegerFen()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        QVERIFY(ws.create(StoreTestEnvironment::sampleReport()).ok());
        QSqlQuery q(ws.connection().database());
        QVERIFY(q.exec(QStringLiteral("SELECT budget_fen, spent_fen, carryover_out_fen FROM jixiao_report")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1843290000LL);
        QCOMPARE(q.value(1).toLongLong(), 1862610000LL);
        QCOMPARE(q.value(2).toLongLong(), 11230000LL);
        const QString typeQuery = m_engine == QLatin1String("sqlite")
            ? QStringLiteral("SELECT typeof(budget_fen) FROM jixiao_report")
            : QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'jixiao_report' "
                             "AND column_name = 'budget_fen'");
        QVERIFY(q.exec(typeQuery));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), m_engine == QLatin1String("sqlite") ? QStringLiteral("integer") : QStringLiteral("bigint"));
    }

    // The frozen migrations give the overview's row one rate column per indicator of today's
    // table (and, from version 5, what a line evaluated and who wrote it). An indicator added
    // to IndicatorCatalog without a migration step fails here.
    void evaluationRowHasAColumnPerIndicator()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        QSqlQuery q(ws.connection().database());
        const QString columns = m_engine == QLatin1String("sqlite")
            ? QStringLiteral("SELECT name FROM pragma_table_info('jixiao_evaluation') ORDER BY cid")
            : QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = 'jixiao_evaluation' "
                             "ORDER BY ordinal_position");
        QVERIFY(q.exec(columns));
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        const QStringList fixed = {QStringLiteral("report_id"), QStringLiteral("version"), QStringLiteral("score_centi"),
                                   QStringLiteral("grade"), QStringLiteral("pending"), QStringLiteral("error_count"),
                                   QStringLiteral("warning_count")};
        const QStringList since5 = {QStringLiteral("basis"), QStringLiteral("evaluated_by")};
        const QStringList since10 = {QStringLiteral("table_total_centi"), QStringLiteral("table_grade"),
                                     QStringLiteral("table_provisional")}; // the self-evaluation table
        QCOMPARE(names, fixed + IndicatorCatalog::ids() + since5 + since10);
    }

    void secondSaveOfAStaleRevisionIsRefused()
    {
        Workspace first, second; // two connections, as two windows or two clerks
        QCOMPARE(first.open(m_location, options()).text(), QString());
        Workspace::Options o = options();
        o.userName = QStringLiteral("乙");
        QCOMPARE(second.open(m_location, o).text(), QString());
        const SaveResult created = first.create(StoreTestEnvironment::sampleReport());
        QVERIFY(created.ok());
        Report mine = first.load(created.id).stored->report;
        Report theirs = second.load(created.id).stored->report;
        theirs.preamble = QStringLiteral("乙的修改");
        QVERIFY(second.save(created.id, 1, theirs).ok());
        mine.preamble = QStringLiteral("甲的修改");
        const SaveResult refused = first.save(created.id, 1, mine);
        QVERIFY(!refused.ok());
        QVERIFY(refused.isConflict());
        QVERIFY(refused.current.has_value());
        QCOMPARE(refused.current->revision, 2);
        QCOMPARE(refused.current->updatedBy, QStringLiteral("乙"));
        QVERIFY2(refused.error.message.contains(QStringLiteral("乙")) && refused.error.message.contains(QStringLiteral("副本")),
                 qPrintable(refused.error.message));
        // Nothing was overwritten; reloading gives the other version, which can then be edited.
        const LoadResult reloaded = first.load(created.id);
        QCOMPARE(reloaded.stored->report.preamble, QStringLiteral("乙的修改"));
        QVERIFY(first.save(created.id, reloaded.stored->summary.revision, mine).ok());
    }

    void conflictingVersionCanBeKeptAsACopy()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        report.preamble = QStringLiteral("先保存的");
        QVERIFY(ws.save(created.id, 1, report).ok());
        report.preamble = QStringLiteral("我的版本");
        QVERIFY(ws.save(created.id, 1, report).isConflict());
        const SaveResult copy = ws.saveAsCopy(report, created.id);
        QVERIFY2(copy.ok(), qPrintable(copy.error.text()));
        QCOMPARE(copy.department, report.department + QStringLiteral("（副本）"));
        QCOMPARE(ws.load(copy.id).stored->report.preamble, QStringLiteral("我的版本"));
        QCOMPARE(ws.load(created.id).stored->report.preamble, QStringLiteral("先保存的"));
        QCOMPARE(ws.saveAsCopy(report).department, report.department + QStringLiteral("（副本2）"));
        QList<HistoryEntry> history;
        QVERIFY(!ws.history(copy.id, &history).isError());
        QCOMPARE(history.first().action, HistoryEntry::Action::Copy);
    }

    // The copy's name is data that the access rule matches (a clerk's department covers its
    // copies), in C++ and in SQL: one constant, whatever translation the program runs in.
    void copyNameIsOneConstant()
    {
        // A translation that would word every text, the copy's name included.
        class Everything : public QTranslator
        {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char *, const char *source, const char *, int) const override
            {
                return QString::fromUtf8(source).replace(QStringLiteral("副本"), QStringLiteral("copy"));
            }
        } everything;
        QCoreApplication::installTranslator(&everything);
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const Report report = StoreTestEnvironment::sampleReport();
        QVERIFY(ws.create(report).ok());
        const SaveResult copy = ws.saveAsCopy(report);
        QCoreApplication::removeTranslator(&everything);
        QVERIFY2(copy.ok(), qPrintable(copy.error.text()));
        QCOMPARE(copy.department, report.department + QStringLiteral("（副本）"));
        QCOMPARE(CopyName::of(report.department, 1), copy.department);
        QCOMPARE(CopyName::of(report.department, 2), report.department + QStringLiteral("（副本2）"));
        WorkspaceUser clerk;
        clerk.department = report.department;
        clerk.roles = WorkspaceRole::Clerk;
        QVERIFY(clerk.mayEdit(copy.department));

        // The same rule in the database's policies: the SQL has the constant, not a copy of it.
        const QString script = PostgresSecurity::filled(PostgresSecurity::stepScript(4), QStringLiteral("s"));
        QVERIFY(script.contains(QStringLiteral("'") + CopyName::mark() + QStringLiteral("'")));
        QVERIFY(!script.contains(QStringLiteral("@copy_mark@")));
        const QString department = QStringLiteral("局A");
        const QList<QPair<QString, QString>> cases = {
            {department, department}, {CopyName::of(department, 1), department}, {CopyName::of(department, 12), department},
            {department + QStringLiteral("副本"), department}, {QStringLiteral("局AB"), department},
            {QStringLiteral("局B（副本）"), department}, {department, QString()}, {CopyName::of(QString(), 1), QString()}};
        std::optional<OtherConnection> sql;
        if (m_engine == QLatin1String("postgresql"))
            sql.emplace(m_location);
        for (const auto &[name, clerksDepartment] : cases) {
            const bool expected = WorkspaceUser::inDepartment(name, clerksDepartment);
            QCOMPARE(expected, !clerksDepartment.isEmpty()
                                   && (name == clerksDepartment || name.startsWith(clerksDepartment + QStringLiteral("（副本"))));
            if (!sql)
                continue;
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("other-connection")));
            QVERIFY(q.prepare(QStringLiteral("SELECT jixiao_in_department(?, ?)")));
            q.addBindValue(name);
            q.addBindValue(clerksDepartment);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toBool(), expected);
        }
    }

    void anotherProcessSavesFirst()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const SaveResult created = ws.create(StoreTestEnvironment::sampleReport());
        QVERIFY(created.ok());
        ws.close(); // SQLite: let the child have the file to itself at first
        QCOMPARE(runChild({QStringLiteral("save"), QString::number(created.id), QStringLiteral("1")}), QStringLiteral("SAVED 2"));
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        Report mine = StoreTestEnvironment::sampleReport();
        mine.preamble = QStringLiteral("本进程的修改");
        const SaveResult refused = ws.save(created.id, 1, mine);
        QVERIFY(refused.isConflict());
        QCOMPARE(refused.current->updatedBy, QStringLiteral("child"));
        // …and the other way round, with this process still connected.
        QVERIFY(ws.save(created.id, 2, mine).ok());
        QCOMPARE(runChild({QStringLiteral("save"), QString::number(created.id), QStringLiteral("2")}), QStringLiteral("CONFLICT 3"));
        QCOMPARE(ws.load(created.id).stored->report.preamble, QStringLiteral("本进程的修改"));
    }

    void retriedSaveIsNotAConflictWithItself()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        report.preamble = QStringLiteral("改");
        const QString saveId = QStringLiteral("edit-42");
        QCOMPARE(ws.save(created.id, 1, report, saveId).revision, 2);
        // The answer was lost (connection dropped after COMMIT): the caller retries.
        const SaveResult retried = ws.save(created.id, 1, report, saveId);
        QVERIFY2(retried.ok(), qPrintable(retried.error.text()));
        QCOMPARE(retried.revision, 2);
        QVERIFY(ws.save(created.id, 1, report, QStringLiteral("another edit")).isConflict());
    }

    void oneReportPerDepartmentAndYear()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        Report a = StoreTestEnvironment::sampleReport();
        QVERIFY(ws.create(a).ok());
        const SaveResult again = ws.create(a);
        QCOMPARE(again.error.kind, WorkspaceError::Duplicate);
        QVERIFY(again.error.message.contains(a.department));
        Report b = a;
        b.year = 2022;
        const SaveResult other = ws.create(b);
        QVERIFY(other.ok());
        b.year = 2023; // renaming the 2022 report into the 2023 one's place
        const SaveResult clash = ws.save(other.id, other.revision, b);
        QCOMPARE(clash.error.kind, WorkspaceError::Duplicate);
        QCOMPARE(ws.load(other.id).stored->report.year, 2022);
        b.year = 2021;
        QVERIFY(ws.save(other.id, other.revision, b).ok());
        QCOMPARE(ws.load(a.department, 2021).stored->summary.id, other.id);
    }

    void deleteIsRecoverableFromHistory()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        QVERIFY(ws.addComment(created.id, QString(), QStringLiteral("意见")).kind == WorkspaceError::None);
        QCOMPARE(ws.remove(created.id, 5).error.kind, WorkspaceError::Conflict); // stale: refused
        const SaveResult removed = ws.remove(created.id, 1);
        QCOMPARE(removed.outcome, SaveResult::Outcome::Removed);
        QList<ReportSummary> list;
        QVERIFY(!ws.list(&list).isError());
        QVERIFY(list.isEmpty());
        QList<HistoryEntry> deleted;
        QVERIFY(!ws.deletedReports(&deleted).isError());
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().department, report.department);
        QCOMPARE(deleted.first().action, HistoryEntry::Action::Delete);
        QVERIFY(ws.historyState(deleted.first().id).stored->report == report);

        const SaveResult restored = ws.restore(deleted.first().id, 0);
        QVERIFY2(restored.ok(), qPrintable(restored.error.text()));
        QCOMPARE(restored.id, created.id); // the same report, history and comments included
        QCOMPARE(restored.revision, 3);
        QVERIFY(ws.load(created.id).stored->report == report);
        QList<ReportComment> comments;
        QVERIFY(!ws.comments(created.id, &comments).isError());
        QCOMPARE(comments.size(), 1);
        QVERIFY(!ws.deletedReports(&deleted).isError());
        QVERIFY(deleted.isEmpty());

        // Deleted again, and meanwhile a new report took its place: restore as a copy.
        QVERIFY(ws.remove(created.id, 3).ok());
        QVERIFY(ws.create(report).ok());
        QVERIFY(!ws.deletedReports(&deleted).isError());
        QCOMPARE(ws.restore(deleted.first().id, 0).error.kind, WorkspaceError::Duplicate);
        const SaveResult copy = ws.restoreAsCopy(deleted.first().id);
        QVERIFY2(copy.ok(), qPrintable(copy.error.text()));
        QCOMPARE(copy.department, report.department + QStringLiteral("（副本）"));
    }

    void restoreAnEarlierState()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options(0)).text(), QString());
        Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        const Report first = report;
        report.execution.carryoverOut = Money::fromWan(12);
        QVERIFY(ws.save(created.id, 1, report).ok());
        QList<HistoryEntry> history;
        QVERIFY(!ws.history(created.id, &history).isError());
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().action, HistoryEntry::Action::Create);
        QCOMPARE(ws.restore(history.last().id, 1).error.kind, WorkspaceError::Conflict);
        const SaveResult restored = ws.restore(history.last().id, 2);
        QVERIFY2(restored.ok(), qPrintable(restored.error.text()));
        QCOMPARE(restored.revision, 3);
        QVERIFY(ws.load(created.id).stored->report == first);
        QVERIFY(!ws.history(created.id, &history).isError());
        QCOMPARE(history.first().action, HistoryEntry::Action::Restore);
        QVERIFY2(history.first().summary.contains(QStringLiteral("年末结转")), qPrintable(history.first().summary));
    }

    void historySaysWhatChanged()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options(600)).text(), QString());
        Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        int revision = created.revision;
        report.budget.initial.basic = Money::fromWan(600);
        revision = ws.save(created.id, revision, report).revision;
        report.execution.spent.project = Money::fromWan(1200);
        revision = ws.save(created.id, revision, report).revision;
        report.problems.append(TitledText{QStringLiteral("新问题"), QStringLiteral("…"), {}});
        revision = ws.save(created.id, revision, report).revision;
        QCOMPARE(revision, 4);
        QList<HistoryEntry> history;
        QVERIFY(!ws.history(created.id, &history).isError());
        // Saves by one person within minutes are one entry that names all they changed.
        QCOMPARE(history.size(), 2);
        const HistoryEntry &edit = history.first();
        QCOMPARE(edit.action, HistoryEntry::Action::Save);
        QCOMPARE(edit.revision, 4);
        QCOMPARE(edit.savedBy, QStringLiteral("甲"));
        for (const QString &what : {QStringLiteral("年初预算基本支出"), QStringLiteral("全年项目支出"), QStringLiteral("存在的主要问题")})
            QVERIFY2(edit.summary.contains(what), qPrintable(edit.summary));
        QCOMPARE(edit.actionText(), QStringLiteral("修改"));
        QCOMPARE(history.last().action, HistoryEntry::Action::Create);
    }

    void newFromLastYear()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const Report last = StoreTestEnvironment::sampleReport();
        QVERIFY(ws.create(last).ok());
        const SaveResult made = ws.newFromLastYear(last.department, 2024);
        QVERIFY2(made.ok(), qPrintable(made.error.text()));
        const Report now = ws.load(made.id).stored->report;
        QCOMPARE(now.year, 2024);
        QCOMPARE(now.budget.carryoverIn.basic, Money());
        QCOMPARE(now.budget.carryoverIn.project, Money::fromWan(11, 23));
        QCOMPARE(now.profile, last.profile);
        QCOMPARE(now.management, last.management);
        QVERIFY(!now.budget.initial.basic && !now.execution.carryoverOut && now.budget.adjustments.isEmpty());
        QList<HistoryEntry> history;
        QVERIFY(!ws.history(made.id, &history).isError());
        QCOMPARE(history.first().action, HistoryEntry::Action::CarryForward);
        QCOMPARE(ws.newFromLastYear(last.department, 2024).error.kind, WorkspaceError::Duplicate);
        const SaveResult none = ws.newFromLastYear(QStringLiteral("不存在的局"), 2024);
        QCOMPARE(none.error.kind, WorkspaceError::NotFound);
        QVERIFY(none.error.message.contains(QStringLiteral("2023")));
    }

    void statusAndCommentsStayInTheWorkspace()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const SaveResult created = ws.create(StoreTestEnvironment::sampleReport());
        const SaveResult submitted = ws.setStatus(created.id, 1, ReportStatus::Submitted);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.text()));
        QCOMPARE(submitted.revision, 2);
        const SaveResult approved = ws.setStatus(created.id, 2, ReportStatus::Approved);
        QVERIFY2(approved.ok(), qPrintable(approved.error.text()));
        QCOMPARE(ws.setStatus(created.id, 1, ReportStatus::Draft).error.kind, WorkspaceError::Conflict);
        QCOMPARE(ws.load(created.id).stored->summary.status, ReportStatus::Approved);
        qint64 commentId = 0;
        QVERIFY(!ws.addComment(created.id, QStringLiteral("budget.adjustments[0].reason"), QStringLiteral("补充原因"), &commentId).isError());
        QVERIFY(!ws.setCommentResolved(commentId, true).isError());
        QList<ReportComment> comments;
        QVERIFY(!ws.comments(created.id, &comments).isError());
        QCOMPARE(comments.size(), 1);
        QVERIFY(comments.first().resolved);
        QCOMPARE(comments.first().text, QStringLiteral("补充原因"));
        const QByteArray exported = ReportJsonWriter::write(ws.load(created.id).stored->report);
        QVERIFY(!exported.contains("approved") && !exported.contains("补充原因"));
    }

    void migratesAVersion1Workspace()
    {
        const QByteArray content = StoreTestEnvironment::sampleJson();
        { // A workspace as the first release wrote it.
            WorkspaceConnection c;
            QCOMPARE(c.open(m_location, {}).text(), QString());
            QCOMPARE(c.setUpSession().text(), QString());
            QCOMPARE(SchemaMigrations::migrate(c, 1).text(), QString());
            QSqlQuery q;
            QCOMPARE(c.run(q, QStringLiteral("INSERT INTO jixiao_report (department, year, revision, content, updated_at, "
                                             "updated_by) VALUES (?, ?, ?, ?, ?, ?)"),
                           {QStringLiteral("湘潭市行政审批服务局"), 2023, 3, QString::fromUtf8(content), 1700000000000LL,
                            QStringLiteral("老用户")}).text(),
                     QString());
            QCOMPARE(c.run(q, QStringLiteral("INSERT INTO jixiao_history (report_id, department, year, revision, action, "
                                             "content, saved_at, saved_by) VALUES (1, ?, 2023, 3, 'import', ?, ?, ?)"),
                           {QStringLiteral("湘潭市行政审批服务局"), QString::fromUtf8(content), 1700000000000LL,
                            QStringLiteral("老用户")}).text(),
                     QString());
            int version = 0;
            QVERIFY(!SchemaMigrations::inspect(c, &version).isError());
            QCOMPARE(version, 1);
        }
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        int version = 0;
        QVERIFY(!SchemaMigrations::inspect(ws.connection(), &version).isError());
        QCOMPARE(version, SchemaMigrations::CurrentVersion);
        QList<ReportSummary> list;
        QVERIFY(!ws.list(&list).isError());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().title, QStringLiteral("部门整体支出预算绩效自评报告")); // filled in from the content
        QCOMPARE(list.first().budget, Money::fromWan(1843, 29));
        QCOMPARE(list.first().status, ReportStatus::Draft);
        const LoadResult loaded = ws.load(list.first().id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.stored->report == StoreTestEnvironment::sampleReport());
        QList<HistoryEntry> history;
        QVERIFY(!ws.history(list.first().id, &history).isError());
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().startedAt, history.first().savedAt);
        Report edited = loaded.stored->report;
        edited.preamble = QStringLiteral("升级后修改");
        QCOMPARE(ws.save(list.first().id, 3, edited).revision, 4);
        QVERIFY(!ws.addComment(list.first().id, QString(), QStringLiteral("升级后的意见")).isError());
    }

    // Schema step 11: a workspace of version 10 with a report waiting for review migrates,
    // and from then on the report's content is fixed until a reviewer returns it.
    void migratesAVersion10WorkspaceWithASubmittedReport()
    {
        const QByteArray content = StoreTestEnvironment::sampleJson();
        {
            WorkspaceConnection c;
            QCOMPARE(c.open(m_location, {}).text(), QString());
            QCOMPARE(c.setUpSession().text(), QString());
            QCOMPARE(SchemaMigrations::migrate(c, 10).text(), QString());
            QSqlQuery q;
            QCOMPARE(c.run(q, QStringLiteral("INSERT INTO jixiao_report (department, year, revision, content, updated_at, "
                                             "updated_by, title, status) VALUES (?, 2023, 5, ?, ?, ?, ?, 'submitted')"),
                           {QStringLiteral("湘潭市行政审批服务局"), QString::fromUtf8(content), 1700000000000LL,
                            QStringLiteral("老用户"), QStringLiteral("部门整体支出预算绩效自评报告")}).text(),
                     QString());
            // Version 10 let anyone change it.
            QCOMPARE(c.run(q, QStringLiteral("UPDATE jixiao_report SET content = ? WHERE department = ?"),
                           {QString::fromUtf8(content), QStringLiteral("湘潭市行政审批服务局")}).text(),
                     QString());
        }
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        int version = 0;
        QVERIFY(!SchemaMigrations::inspect(ws.connection(), &version).isError());
        QCOMPARE(version, SchemaMigrations::CurrentVersion);
        QList<ReportSummary> list;
        QVERIFY(!ws.list(&list).isError());
        QCOMPARE(list.size(), 1);
        const ReportSummary summary = list.first();
        QCOMPARE(summary.status, ReportStatus::Submitted);
        const LoadResult loaded = ws.load(summary.id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.stored->report == StoreTestEnvironment::sampleReport());
        Report edited = loaded.stored->report;
        edited.preamble = QStringLiteral("升级后修改");
        QCOMPARE(ws.save(summary.id, summary.revision, edited).error.kind, WorkspaceError::ReportUnderReview);
        {
            QSqlQuery q(ws.connection().database());
            QVERIFY(!q.exec(QStringLiteral("UPDATE jixiao_report SET year = 2024 WHERE id = %1").arg(summary.id)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("submitted")), qPrintable(q.lastError().text()));
        }
        const SaveResult returned = ws.setStatus(summary.id, summary.revision, ReportStatus::Returned, QStringLiteral("请补充"));
        QVERIFY2(returned.ok(), qPrintable(returned.error.text()));
        const SaveResult saved = ws.save(summary.id, returned.revision, edited);
        QVERIFY2(saved.ok(), qPrintable(saved.error.text()));
        QCOMPARE(ws.load(summary.id).stored->report.preamble, QStringLiteral("升级后修改"));
    }

    // Schema step 12: a workspace of version 11 with a report waiting for review and its
    // manual scores migrates, and from then on the report is neither deleted nor scored until
    // a reviewer returns it.
    void migratesAVersion11WorkspaceWithASubmittedReport()
    {
        const QByteArray content = StoreTestEnvironment::sampleJson();
        const QString department = QStringLiteral("湘潭市行政审批服务局");
        {
            WorkspaceConnection c;
            QCOMPARE(c.open(m_location, {}).text(), QString());
            QCOMPARE(c.setUpSession().text(), QString());
            QCOMPARE(SchemaMigrations::migrate(c, 11).text(), QString());
            QSqlQuery q;
            QCOMPARE(c.run(q, QStringLiteral("INSERT INTO jixiao_report (department, year, revision, content, updated_at, "
                                             "updated_by, title, status) VALUES (?, 2023, 5, ?, ?, ?, ?, 'submitted')"),
                           {department, QString::fromUtf8(content), 1700000000000LL, QStringLiteral("老用户"),
                            QStringLiteral("部门整体支出预算绩效自评报告")}).text(),
                     QString());
            const QString score = QStringLiteral("INSERT INTO jixiao_manual_score (report_id, item_id, score_centi, reason, "
                                                 "updated_at) SELECT id, ?, 150, ?, 0 FROM jixiao_report WHERE department = ?");
            QCOMPARE(c.run(q, score, {QStringLiteral("item"), QStringLiteral("好"), department}).text(), QString());
            // Version 11 let anyone change its scores.
            QCOMPARE(c.run(q, score, {QStringLiteral("other"), QStringLiteral("加的"), department}).text(), QString());
            QCOMPARE(c.run(q, QStringLiteral("DELETE FROM jixiao_manual_score WHERE item_id = ?"), {QStringLiteral("other")}).text(),
                     QString());
        }
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        int version = 0;
        QVERIFY(!SchemaMigrations::inspect(ws.connection(), &version).isError());
        QCOMPARE(version, 12);
        QList<ReportSummary> list;
        QVERIFY(!ws.list(&list).isError());
        QCOMPARE(list.size(), 1);
        const ReportSummary summary = list.first();
        QCOMPARE(summary.status, ReportStatus::Submitted);
        const ManualScores scores{{QStringLiteral("item"), ManualScore{150, QStringLiteral("好")}}};
        ManualScores stored;
        QVERIFY(!ws.manualScores(summary.id, &stored).isError());
        QCOMPARE(stored, scores);
        QCOMPARE(ws.remove(summary.id, summary.revision).error.kind, WorkspaceError::ReportUnderReview);
        QCOMPARE(ws.saveManualScores(summary.id, summary.revision, {}).error.kind, WorkspaceError::ReportUnderReview);
        {
            QSqlQuery q(ws.connection().database());
            for (const QString &sql : {QStringLiteral("DELETE FROM jixiao_manual_score WHERE report_id = %1"),
                                       QStringLiteral("DELETE FROM jixiao_report WHERE id = %1")}) {
                QVERIFY2(!q.exec(sql.arg(summary.id)), qPrintable(sql));
                QVERIFY2(q.lastError().text().contains(QStringLiteral("submitted")), qPrintable(q.lastError().text()));
            }
        }
        QVERIFY(!ws.manualScores(summary.id, &stored).isError());
        QCOMPARE(stored, scores);
        const SaveResult returned = ws.setStatus(summary.id, summary.revision, ReportStatus::Returned, QStringLiteral("请补充"));
        QVERIFY2(returned.ok(), qPrintable(returned.error.text()));
        const SaveResult rescored = ws.saveManualScores(summary.id, returned.revision, {});
        QVERIFY2(rescored.ok(), qPrintable(rescored.error.text()));
        const SaveResult removed = ws.remove(summary.id, rescored.revision);
        QVERIFY2(removed.ok(), qPrintable(removed.error.text()));
    }

    void reopenKeepsEverything()
    {
        qint64 id = 0;
        {
            Workspace ws;
            QCOMPARE(ws.open(m_location, options()).text(), QString());
            Report report = StoreTestEnvironment::sampleReport();
            id = ws.create(report).id;
            report.preamble = QStringLiteral("最后一次修改");
            QVERIFY(ws.save(id, 1, report).ok());
        }
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        QCOMPARE(ws.load(id).stored->report.preamble, QStringLiteral("最后一次修改"));
        QString integrity;
        QVERIFY(!ws.integrityCheck(&integrity).isError());
        QCOMPARE(integrity, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "tst_workspace.moc"
