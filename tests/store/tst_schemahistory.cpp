#include "SchemaMigrations.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Migrations are history: each step's SQL (a PostgreSQL step's security script included)
// is frozen text, compared here with its checked-in copy in tests/data/schema/. Adding an
// indicator, changing the dialect's types or editing today's security script must leave
// every step as it was; a change of schema is a new step with a new copy.
//
// A new step's copy is written by running this test with JIXIAO_WRITE_SCHEMA_HISTORY=1
// (only files that do not exist yet are written; review them before committing).
class TestSchemaHistory : public QObject
{
    Q_OBJECT

    static QString copyPath(int step, const QString &engine)
    {
        return QStringLiteral(JIXIAO_TEST_DATA "/schema/step-%1.%2.sql").arg(step).arg(engine);
    }

    static QString text(int step, SchemaMigrations::Engine engine)
    {
        const QStringList statements = SchemaMigrations::statements(step, engine);
        return statements.isEmpty() ? QString() : statements.join(QStringLiteral("\n;\n")) + QLatin1Char('\n');
    }

private Q_SLOTS:
    void everyStepIsItsCheckedInCopy_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("engine");
        for (int step = 1; step <= SchemaMigrations::CurrentVersion; ++step) {
            for (const char *engine : {"sqlite", "postgresql"})
                QTest::addRow("step %d, %s", step, engine) << step << QString::fromLatin1(engine);
        }
    }
    void everyStepIsItsCheckedInCopy()
    {
        QFETCH(int, step);
        QFETCH(QString, engine);
        const QString sql = text(step, engine == QLatin1String("sqlite") ? SchemaMigrations::Engine::Sqlite
                                                                          : SchemaMigrations::Engine::Postgres);
        QFile copy(copyPath(step, engine));
        if (!copy.exists() && qEnvironmentVariableIsSet("JIXIAO_WRITE_SCHEMA_HISTORY")) {
            QVERIFY(copy.open(QIODevice::WriteOnly));
            copy.write(sql.toUtf8());
            copy.close();
        }
        QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(copy.fileName() + QStringLiteral(": no checked-in copy")));
        const QString frozen = QString::fromUtf8(copy.readAll());
        if (sql != frozen) {
            // Name the first line that differs: the diff a reader needs.
            const QStringList now = sql.split(QLatin1Char('\n')), then = frozen.split(QLatin1Char('\n'));
            qsizetype line = 0;
            while (line < now.size() && line < then.size() && now[line] == then[line])
                ++line;
            QFAIL(qPrintable(QStringLiteral("%1 changed at line %2:\n  was: %3\n  now: %4")
                                 .arg(copy.fileName()).arg(line + 1).arg(then.value(line), now.value(line))));
        }
    }

    // Every step has something to run on PostgreSQL (a script that is not built in would be
    // an empty statement); steps 6 to 8 are PostgreSQL's alone.
    void postgresStepsAreBuiltIn()
    {
        for (int step = 1; step <= SchemaMigrations::CurrentVersion; ++step) {
            const QStringList statements = SchemaMigrations::statements(step, SchemaMigrations::Engine::Postgres);
            QVERIFY2(!statements.isEmpty(), qPrintable(QString::number(step)));
            for (const QString &s : statements)
                QVERIFY2(!s.trimmed().isEmpty(), qPrintable(QString::number(step)));
        }
        QVERIFY(SchemaMigrations::statements(6, SchemaMigrations::Engine::Sqlite).isEmpty());
        QVERIFY(SchemaMigrations::statements(SchemaMigrations::CurrentVersion + 1, SchemaMigrations::Engine::Sqlite).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchemaHistory)
#include "tst_schemahistory.moc"
