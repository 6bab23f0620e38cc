#include "LimitedProcess.h"
#include "ScoringScheme.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// A scoring-scheme file that is missing or broken: the built-in default scores instead and
// the user is told why (ScoringSchemeReader::loadOrBuiltIn, `jixiao check --scheme`).
class TestSchemeFallback : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    static QByteArray builtInBytes()
    {
        QFile file(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/schemes/hunan.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no resources/schemes/hunan.json");
        return file.readAll();
    }

    static QString sample()
    {
        return QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json");
    }

    static LimitedProcess::Result check(const QStringList &arguments)
    {
        return LimitedProcess::run(QStringLiteral(JIXIAO_BINARY), QStringList{QStringLiteral("check"), sample(), QStringLiteral("--json")} + arguments,
                                   qint64(2) << 30, LimitedProcess::addressLimitPossible() ? 20000 : 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void noFileMeansBuiltIn()
    {
        const ScoringSchemeReader::Loaded loaded = ScoringSchemeReader::loadOrBuiltIn(QString());
        QVERIFY(loaded.builtIn);
        QVERIFY(loaded.problem.isEmpty());
        QCOMPARE(loaded.scheme, ScoringSchemeReader::builtIn());
        QVERIFY(!loaded.scheme.items.isEmpty());
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions"); // in the problem, besides the file name
        QByteArray wrongWeight = builtInBytes();
        wrongWeight.replace("\"weight\": 4", "\"weight\": 5");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing.json")) << QStringLiteral("无法打开");
        QTest::newRow("directory") << m_dir.path() << QString();
        QTest::newRow("empty") << write(QStringLiteral("empty.json"), QByteArray()) << QStringLiteral("空");
        QTest::newRow("not JSON") << write(QStringLiteral("text.json"), "评分方案") << QStringLiteral("意外的字符");
        QTest::newRow("a report") << write(QStringLiteral("report.json"), QByteArray("{\"format\": \"jixiao.report\"}")) << QStringLiteral("format");
        QTest::newRow("weights not 100") << write(QStringLiteral("weights.json"), wrongWeight) << QStringLiteral("items");
        QTest::newRow("duplicate key") << write(QStringLiteral("dup.json"), builtInBytes().replace("\"format\"", "\"name\": \"x\", \"format\"")) << QStringLiteral("出现了两次");
        QTest::newRow("invalid UTF-8") << write(QStringLiteral("latin1.json"), builtInBytes().replace("湖南省", "\xba\xfe\xc4\xcf")) << QStringLiteral("UTF-8");
        QTest::newRow("100,000 levels") << write(QStringLiteral("deep.json"), QByteArray(100000, '[')) << QStringLiteral("嵌套");
        QTest::newRow("endless device") << QStringLiteral("/dev/zero") << QStringLiteral("上限");
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        const ScoringSchemeReader::Loaded loaded = ScoringSchemeReader::loadOrBuiltIn(file);
        QVERIFY(loaded.builtIn);
        QCOMPARE(loaded.scheme, ScoringSchemeReader::builtIn());
        QVERIFY2(loaded.problem.contains(QStringLiteral("默认方案")), qPrintable(loaded.problem));
        QVERIFY2(loaded.problem.contains(file), qPrintable(loaded.problem));
        QVERIFY2(loaded.problem.contains(mentions), qPrintable(loaded.problem));
    }

    void goodFileIsUsed()
    {
        const QString file = write(QStringLiteral("copy.json"), builtInBytes().replace("湖南省部门整体支出绩效自评评分表（默认）", "本单位评分表"));
        const ScoringSchemeReader::Loaded loaded = ScoringSchemeReader::loadOrBuiltIn(file);
        QVERIFY(!loaded.builtIn);
        QVERIFY(loaded.problem.isEmpty());
        QCOMPARE(loaded.scheme.name, QStringLiteral("本单位评分表"));
    }

    // The command line: a broken --scheme is reported on stderr and the report is still
    // scored, by the built-in scheme, exactly as without --scheme.
    void checkFallsBackToTheBuiltInScheme_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nowhere.json"));
        QTest::newRow("broken") << write(QStringLiteral("broken-cli.json"), "{\"format\": \"jixiao.scheme\", \"items\": 3}");
    }

    void checkFallsBackToTheBuiltInScheme()
    {
        QFETCH(QString, scheme);
        const LimitedProcess::Result plain = check({});
        const LimitedProcess::Result fallback = check({QStringLiteral("--scheme"), scheme});
        QVERIFY2(plain.exitedNormally && plain.exitCode == 0, qPrintable(plain.describe()));
        QVERIFY2(fallback.exitedNormally && fallback.exitCode == 0, qPrintable(fallback.describe()));
        QCOMPARE(QJsonDocument::fromJson(fallback.out).object().value(QStringLiteral("score")),
                 QJsonDocument::fromJson(plain.out).object().value(QStringLiteral("score")));
        const QString err = QString::fromUtf8(fallback.err);
        QVERIFY2(err.contains(scheme) && err.contains(QStringLiteral("默认方案")), qPrintable(err));
    }

    void checkUsesAGoodScheme()
    {
        QByteArray bytes = builtInBytes();
        bytes.replace("湖南省部门整体支出绩效自评评分表（默认）", "本单位评分表");
        const LimitedProcess::Result r = check({QStringLiteral("--scheme"), write(QStringLiteral("good-cli.json"), bytes)});
        QVERIFY2(r.exitedNormally && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("score")).isObject());
    }
};

QTEST_GUILESS_MAIN(TestSchemeFallback)
#include "tst_schemefallback.moc"
