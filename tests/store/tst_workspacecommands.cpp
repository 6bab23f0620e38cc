// The workspace commands as a user runs them: the real jixiao binary with --db on SQLite and
// on PostgreSQL (global data rows): import, list, check with the stored previous year, and
// the default workspace created with the sample.
#include "ReportJsonReader.h"
#include "ReportJsonWriter.h"
#include "StoreTestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run jixiao(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(JIXIAO_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class WorkspaceCommandsTest : public QObject
{
    Q_OBJECT

    StoreTestEnvironment m_env;
    QString m_engine;
    QString m_db; // what the user types after --db
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_files.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }
    QString sample2023() { return writeFile(QStringLiteral("2023.json"), StoreTestEnvironment::sampleJson()); }
    QString report2022(const char *carryoverOut)
    {
        QByteArray json = StoreTestEnvironment::sampleJson();
        json.replace("\"year\": 2023", "\"year\": 2022");
        json.replace("\"carryover_out\": \"11.23\"", QByteArray("\"carryover_out\": \"") + carryoverOut + '"');
        return writeFile(QStringLiteral("2022.json"), json);
    }

private Q_SLOTS:
    void initTestCase_data() { StoreTestEnvironment::addEngineRows(); }
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.postgresProblem())); }
    void init()
    {
        STORE_INIT_ENGINE(m_env);
        m_engine = engine;
        m_db = m_env.freshLocation(engine).toString();
    }

    void importPrintsWhatItDid()
    {
        const QString unreadable = writeFile(QStringLiteral("bad.json"), "{\"format\": \"jixiao.report\", \"version\": 1, \"department\": \"某局\", \"year\": \"二〇二三\"}");
        QByteArray withErrors = StoreTestEnvironment::sampleJson();
        withErrors.replace("\"carryover_out\": \"11.23\"", "\"carryover_out\": \"99\"");
        withErrors.replace("\"year\": 2023", "\"year\": 2021");
        const QString erroneous = writeFile(QStringLiteral("errors.json"), withErrors);
        const QString every = writeFile(QStringLiteral("every.json"), StoreTestEnvironment::everyFieldJson());
        Run r = jixiao({QStringLiteral("import"), sample2023(), unreadable, erroneous, every, QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 2); // one file refused, the others imported
        QCOMPARE(r.out.count(QStringLiteral("已添加")), 3);
        QVERIFY2(r.out.contains(QStringLiteral("湘潭市行政审批服务局 2023年度（第 1 版）")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("已照样导入")), qPrintable(r.out)); // errors are findings
        QVERIFY2(r.err.contains(QStringLiteral("bad.json")) && r.err.contains(QStringLiteral("year")), qPrintable(r.err));
        QVERIFY(!r.out.contains(PostgresTestServer::password())); // never printed

        r = jixiao({QStringLiteral("import"), sample2023(), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("未变化")), qPrintable(r.out));
        QByteArray changed = StoreTestEnvironment::sampleJson();
        changed.replace("\"active\": 40", "\"active\": 41");
        r = jixiao({QStringLiteral("import"), writeFile(QStringLiteral("changed.json"), changed), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("已替换：湘潭市行政审批服务局 2023年度（第 2 版）")), qPrintable(r.out));

        r = jixiao({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("department")).toString(), QStringLiteral("湘潭市行政审批服务局"));
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("year")).toInt(), 2023);
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("budget")).toString(), QStringLiteral("1843.29"));
        r = jixiao({QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.out.contains(QStringLiteral("共 3 份报告")), qPrintable(r.out));
    }

    void importThenExportGivesTheSameReport_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("department");
        QTest::addColumn<int>("year");
        QTest::newRow("xiangtan-2023") << StoreTestEnvironment::sampleJson() << QStringLiteral("湘潭市行政审批服务局") << 2023;
        QTest::newRow("every field, unknown keys") << StoreTestEnvironment::everyFieldJson() << QStringLiteral("测试局") << 2022;
    }
    void importThenExportGivesTheSameReport()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, department);
        QFETCH(int, year);
        const QString in = writeFile(QStringLiteral("in.json"), json);
        QCOMPARE(jixiao({QStringLiteral("import"), in, QStringLiteral("--db"), m_db}).exitCode, 0);
        const QString out = m_files.filePath(QStringLiteral("out.json"));
        QFile::remove(out);
        const Run r = jixiao({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--department"), department,
                              QStringLiteral("--year"), QString::number(year), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ReportJsonReader::Result original = ReportJsonReader::readFile(in);
        const ReportJsonReader::Result exported = ReportJsonReader::readFile(out);
        QVERIFY2(exported.ok(), qPrintable(exported.message()));
        QVERIFY(*exported.report == *original.report); // every field and every unknown key
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // As JSON data: the file's content in the format's own spelling (amounts as exact 万元
        // strings, "3.20" → "3.2"; an absent optional key → null), nothing of the workspace.
        const QJsonObject written = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(written, QJsonDocument::fromJson(ReportJsonWriter::write(*original.report)).object());
        for (const char *key : {"status", "revision", "history", "comments", "updated_by"})
            QVERIFY(!written.contains(QLatin1String(key)));

        const QString pdf = m_files.filePath(QStringLiteral("out.pdf"));
        const Run p = jixiao({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--department"), department,
                              QStringLiteral("--year"), QString::number(year), QStringLiteral("-o"), pdf});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    void checkUsesTheStoredPreviousYear()
    {
        QCOMPARE(jixiao({QStringLiteral("import"), sample2023(), report2022("30.00"), QStringLiteral("--db"), m_db}).exitCode, 0);
        const Run r = jixiao({QStringLiteral("check"), QStringLiteral("--db"), m_db, QStringLiteral("--department"),
                              QStringLiteral("湘潭市行政审批服务局"), QStringLiteral("--year"), QStringLiteral("2023"),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = r.json().object();
        QStringList codes;
        for (const QJsonValue &f : result.value(QStringLiteral("findings")).toArray())
            codes.append(f.toObject().value(QStringLiteral("code")).toString());
        QVERIFY2(codes.contains(QStringLiteral("carryover_mismatch_previous_year")), qPrintable(codes.join(u',')));
        for (const QJsonValue &i : result.value(QStringLiteral("indicators")).toArray()) {
            const QJsonObject o = i.toObject();
            if (o.value(QStringLiteral("id")).toString() == QLatin1String("carryover_change_rate"))
                QCOMPARE(o.value(QStringLiteral("value")).toString(), QStringLiteral("-62.57")); // (11.23−30)/30
        }
        // A file checked against the workspace gets the stored previous year too.
        const Run file = jixiao({QStringLiteral("check"), sample2023(), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QVERIFY2(file.out.contains(QStringLiteral("carryover_mismatch_previous_year")), qPrintable(file.err));
        // Without a stored previous year, nothing is invented.
        const Run alone = jixiao({QStringLiteral("check"), QStringLiteral("--db"), m_db, QStringLiteral("--department"),
                                  QStringLiteral("湘潭市行政审批服务局"), QStringLiteral("--year"), QStringLiteral("2022"),
                                  QStringLiteral("--json")});
        QVERIFY(!alone.out.contains(QStringLiteral("carryover_mismatch_previous_year")));
        const Run missing = jixiao({QStringLiteral("check"), QStringLiteral("--db"), m_db, QStringLiteral("--department"),
                                    QStringLiteral("没有的局"), QStringLiteral("--year"), QStringLiteral("2023")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("没有“没有的局”2023年度的报告")), qPrintable(missing.err));
    }

    void badLocationsAreExplained()
    {
        if (m_engine == QLatin1String("sqlite")) {
            const QString notDb = writeFile(QStringLiteral("report-as-db.json"), StoreTestEnvironment::sampleJson());
            const Run r = jixiao({QStringLiteral("list"), QStringLiteral("--db"), notDb});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("不是工作区数据库文件")), qPrintable(r.err));
            return;
        }
        QString wrong = m_db;
        wrong.replace(PostgresTestServer::password(), QStringLiteral("wrong"));
        const Run r = jixiao({QStringLiteral("list"), QStringLiteral("--db"), wrong});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("用户名或密码不对")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("wrong")));
    }

    void defaultWorkspaceStartsWithTheSample()
    {
        if (m_engine != QLatin1String("sqlite"))
            QSKIP("the default workspace is a SQLite file");
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        Run r = jixiao({QStringLiteral("list")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("湘潭市行政审批服务局\t2023年度")), qPrintable(r.out + r.err));
        // Where the window looks too (organization Jixiao, application jixiao).
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/Jixiao/jixiao/workspace.sqlite"))));
        // Seeded once: what the clerk does with the sample afterwards is respected.
        QByteArray renamed = StoreTestEnvironment::sampleJson();
        renamed.replace("\"year\": 2023", "\"year\": 2024");
        QCOMPARE(jixiao({QStringLiteral("import"), writeFile(QStringLiteral("2024.json"), renamed)}, env).exitCode, 0);
        r = jixiao({QStringLiteral("list")}, env);
        QVERIFY2(r.out.contains(QStringLiteral("共 2 份报告")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(WorkspaceCommandsTest)
#include "tst_workspacecommands.moc"
