// The review commands as a user runs them: the real jixiao binary, on SQLite and on
// PostgreSQL (global data rows): `overview` writes the year's table (exit 0, or 2 when the
// workspace or the output cannot be used), `users` manages the people of a shared workspace.
#include "StoreTestEnvironment.h"

#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run jixiao(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(JIXIAO_BINARY), arguments);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class ReviewCommandsTest : public QObject
{
    Q_OBJECT

    StoreTestEnvironment m_env;
    QString m_engine;
    WorkspaceLocation m_location;
    QString m_db;
    QTemporaryDir m_files;

    QString sample(const QByteArray &from = {}, const QByteArray &to = {})
    {
        QByteArray json = StoreTestEnvironment::sampleJson();
        if (!from.isEmpty())
            json.replace(from, to);
        QFile f(m_files.filePath(QStringLiteral("r%1.json").arg(qHash(json))));
        f.open(QIODevice::WriteOnly);
        f.write(json);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase_data() { StoreTestEnvironment::addEngineRows(); }
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.postgresProblem())); }
    void init()
    {
        STORE_INIT_ENGINE(m_env);
        m_engine = engine;
        m_location = m_env.freshLocation(engine);
        m_db = m_location.toString();
        const Run imported = jixiao({QStringLiteral("import"), sample(),
                                     sample("\"department\": \"湘潭市行政审批服务局\"", "\"department\": \"湘潭市财政局\""),
                                     QStringLiteral("--db"), m_db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void overviewWritesTheTable()
    {
        const QString xlsx = m_files.filePath(QStringLiteral("总览.xlsx"));
        Run r = jixiao({QStringLiteral("overview"), QStringLiteral("--db"), m_db, QStringLiteral("--year"), QStringLiteral("2023"),
                        QStringLiteral("-o"), xlsx});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 个部门")), qPrintable(r.out));
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.read(2) == "PK"); // a zip: the xlsx container
        const QString csv = m_files.filePath(QStringLiteral("总览.csv"));
        r = jixiao({QStringLiteral("overview"), QStringLiteral("--db"), m_db, QStringLiteral("--year"), QStringLiteral("2023"),
                    QStringLiteral("--output"), csv});
        QCOMPARE(r.exitCode, 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(QStringLiteral("湘潭市财政局,草稿,").toUtf8()));
        QVERIFY(bytes.contains(",99.10,"));
        // A year without reports: the header only, said on stderr, still exit 0.
        r = jixiao({QStringLiteral("overview"), QStringLiteral("--db"), m_db, QStringLiteral("--year"), QStringLiteral("1999"),
                    QStringLiteral("-o"), csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QStringLiteral("1999")));
    }

    void overviewRefusals()
    {
        const QString out = m_files.filePath(QStringLiteral("x.xlsx"));
        const QStringList db{QStringLiteral("--db"), m_db};
        QCOMPARE(jixiao(QStringList{QStringLiteral("overview")} + db + QStringList{QStringLiteral("-o"), out}).exitCode, 2);
        QCOMPARE(jixiao(QStringList{QStringLiteral("overview")} + db
                        + QStringList{QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"), QStringLiteral("x.pdf")})
                     .exitCode,
                 2);
        // The output cannot be written: 2, and the reason names the file.
        const Run unwritable = jixiao(QStringList{QStringLiteral("overview")} + db
                                      + QStringList{QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"),
                                                    m_files.filePath(QStringLiteral("no/dir/x.xlsx"))});
        QCOMPARE(unwritable.exitCode, 2);
        QVERIFY2(unwritable.err.contains(QStringLiteral("x.xlsx")), qPrintable(unwritable.err));
        QVERIFY(!QFile::exists(out));
        // The workspace cannot be read: 2.
        WorkspaceLocation missing = m_location;
        if (m_engine == QLatin1String("sqlite"))
            missing.filePath = m_files.filePath(QStringLiteral("missing.sqlite"));
        else
            missing.databaseName = QStringLiteral("no_such_database");
        const Run unreadable = jixiao({QStringLiteral("overview"), QStringLiteral("--db"), missing.toString(), QStringLiteral("--year"),
                                       QStringLiteral("2023"), QStringLiteral("-o"), out});
        QCOMPARE(unreadable.exitCode, 2);
        QVERIFY(!unreadable.err.isEmpty());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(missing.filePath) || m_engine != QLatin1String("sqlite")); // not created
    }

    void usersManageTheSharedWorkspace()
    {
        if (m_engine == QLatin1String("sqlite")) {
            const Run list = jixiao({QStringLiteral("users"), QStringLiteral("--db"), m_db});
            QCOMPARE(list.exitCode, 0);
            QVERIFY(list.out.contains(QStringLiteral("全部角色")));
            const Run add = jixiao({QStringLiteral("users"), QStringLiteral("--db"), m_db, QStringLiteral("add"), QStringLiteral("bob"),
                                    QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--password"), QStringLiteral("x")});
            QCOMPARE(add.exitCode, 2);
            QVERIFY(add.err.contains(QStringLiteral("PostgreSQL")));
            return;
        }
        const QString login = m_location.databaseName + QStringLiteral("_fin");
        Run r = jixiao({QStringLiteral("users"), QStringLiteral("--db"), m_db, QStringLiteral("add"), login, QStringLiteral("--role"),
                        QStringLiteral("clerk"), QStringLiteral("--department"), QStringLiteral("湘潭市财政局"), QStringLiteral("--name"),
                        QStringLiteral("王会计"), QStringLiteral("--password-stdin")},
                       "secret-1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = jixiao({QStringLiteral("users"), QStringLiteral("--db"), m_db, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(login + QStringLiteral("\t王会计\t填报人员\t湘潭市财政局")), qPrintable(r.out));
        // The clerk logs in and sees their department only.
        WorkspaceLocation clerk = m_location;
        clerk.userName = login;
        clerk.password = QStringLiteral("secret-1");
        r = jixiao({QStringLiteral("list"), QStringLiteral("--db"), clerk.toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("湘潭市财政局")));
        QVERIFY(!r.out.contains(QStringLiteral("湘潭市行政审批服务局")));
        // A clerk cannot add anyone.
        r = jixiao({QStringLiteral("users"), QStringLiteral("--db"), clerk.toString(), QStringLiteral("add"), QStringLiteral("x_y"),
                    QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--password"), QStringLiteral("p")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(jixiao({QStringLiteral("users"), QStringLiteral("--db"), m_db, QStringLiteral("add"), login, QStringLiteral("--role"),
                         QStringLiteral("boss")})
                     .exitCode,
                 2);
        r = jixiao({QStringLiteral("users"), QStringLiteral("--db"), m_db, QStringLiteral("remove"), login});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = jixiao({QStringLiteral("list"), QStringLiteral("--db"), clerk.toString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("不是工作区")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(ReviewCommandsTest)
#include "tst_reviewcommands.moc"
