#include "StoreTestEnvironment.h"

#include "ReportJsonReader.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

void StoreTestEnvironment::addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool StoreTestEnvironment::start()
{
    QStandardPaths::setTestModeEnabled(true);
    if (PostgresTestServer::binDir().isEmpty()) {
        m_postgresProblem = QStringLiteral("the PostgreSQL server binaries are not installed "
                                           "(looked in /usr/lib/postgresql/*/bin; set JIXIAO_PG_BINDIR)");
        // On a machine without PostgreSQL its rows are skipped; CI installs it (setup.sh),
        // so there a suite that could not start the server fails instead of passing.
        if (qEnvironmentVariable("CI") == QLatin1String("true")) {
            m_postgresProblem += QStringLiteral("; in CI (CI=true) PostgreSQL is required");
            return false;
        }
        return true;
    }
    m_postgresStarted = m_postgres.start(&m_postgresProblem);
    return m_postgresStarted;
}

WorkspaceLocation StoreTestEnvironment::freshLocation(const QString &engine)
{
    const QString name = QStringLiteral("ws%1").arg(++m_counter);
    if (engine == QLatin1String("postgresql")) {
        QString why;
        if (!m_postgres.createDatabase(name, &why))
            qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(why));
        return m_postgres.location(name);
    }
    return WorkspaceLocation::sqlite(m_dir.filePath(name + QStringLiteral(".sqlite")));
}

QByteArray StoreTestEnvironment::sampleJson()
{
    QFile f(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample report");
    return f.readAll();
}

Report StoreTestEnvironment::sampleReport()
{
    return *ReportJsonReader::read(sampleJson()).report;
}

QByteArray StoreTestEnvironment::everyFieldJson()
{
    return QByteArrayLiteral(R"({
  "format": "jixiao.report", "version": 1, "x_top": {"kept": [1, "two", null]},
  "department": "测试局", "year": 2022, "title": "自评报告", "preamble": "开头\n第二段",
  "profile": {"overview": "概况", "staff": {"active": 10, "retired": 2, "authorized": 12, "x_staff": true},
              "functions": ["甲", "乙"], "x_profile": "p"},
  "budget": {"carryover_in": {"basic": "0.000001", "project": "30.55", "x_c": 1},
             "initial": {"basic": "603.56", "project": "1006.91"}, "initial_note": "说明",
             "three_public_budget": {"reception": "6.52", "vehicles": "3.2", "overseas": "0"},
             "adjustments": [{"item": "调增", "amount": "2", "category": "project", "excluded": true, "reason": "r", "x_a": "a"},
                             {"item": "结构调整", "amount": "-1.5", "category": "transfer", "excluded": false, "reason": ""}],
             "x_budget": {"nested": {"deep": "yes"}}},
  "execution": {"spent": {"basic": "603.56", "project": "1000"}, "recovered": "1.25", "carryover_out": "35.21",
                "carryover_out_note": "结转", "three_public_actual": {"reception": "6.47", "vehicles": "3.13", "overseas": null},
                "reception_batches": 136, "reception_persons": 1558, "three_public_note": "三公",
                "procurement": {"budget": "200", "actual": "158.55", "note": "采购", "x_p": 0}},
  "management": [{"indicator": "管理制度健全性", "compliant": true, "text": "健全", "x_m": []}],
  "targets": [{"title": "一", "points": ["①", "②"]}],
  "target_indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "电话", "unit": "万个",
                         "direction": "higher", "target": "50", "actual": "50.03", "weight": 10, "note": ""}],
  "problems_intro": "问题", "problems": [{"title": "t", "text": "x"}], "measures": [{"title": "m", "text": "y"}],
  "signature": {"name": "测试局", "date": "2023-03-01", "x_s": "s"}
})");
}

OtherConnection::OtherConnection(const WorkspaceLocation &l) : m_sqlite(l.engine == WorkspaceLocation::Engine::Sqlite)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_name);
    db.setDatabaseName(m_sqlite ? l.filePath : l.databaseName);
    db.setHostName(l.host);
    db.setPort(l.port);
    db.setUserName(l.userName);
    db.setPassword(l.password);
    db.open();
}

OtherConnection::~OtherConnection()
{
    QSqlDatabase::database(m_name).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool OtherConnection::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning() << sql << q.lastError().text();
    return ok;
}

bool OtherConnection::lockForWriting()
{
    // SQLite: any write takes the database's one write lock; PostgreSQL: lock the rows.
    return exec(QStringLiteral("BEGIN"))
        && exec(m_sqlite ? QStringLiteral("UPDATE jixiao_meta SET value = value WHERE key = 'application'")
                         : QStringLiteral("SELECT * FROM jixiao_report FOR UPDATE"));
}
