#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// `jixiao` as a user starts it from a terminal (issue 11): a mistyped command or no display
// is one clear line and exit code 2, never an abort inside Qt; --help is in one language
// throughout, Qt's own usage line and option texts included; a missing file is said in it.
namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// No display at all: no DISPLAY, no WAYLAND_DISPLAY, no platform chosen.
Run jixiao(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JIXIAO_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(60000))
        return r;
    r.crashed = process.exitStatus() != QProcess::NormalExit;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// Qt's English that --help shows unless Qt's translation is loaded.
const QStringList qtEnglish{QStringLiteral("Usage:"), QStringLiteral("Options:"), QStringLiteral("Arguments:"),
                            QStringLiteral("Displays help"), QStringLiteral("Displays version")};

QString englishIn(const QString &text)
{
    for (const QString &word : qtEnglish) {
        if (text.contains(word))
            return word;
    }
    return QString();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mistypedCommandListsTheCommands()
    {
        const Run r = jixiao({QStringLiteral("fil"), QStringLiteral("x.json")});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QStringLiteral("未知的命令“fil”")), qPrintable(r.err));
        for (const char *command : {"check", "export", "import", "list", "overview", "users"})
            QVERIFY2(r.err.contains(QLatin1String(command)), qPrintable(r.err));
    }

    void windowWithoutDisplayIsOneLine()
    {
        const Run r = jixiao({});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("没有可用的图形显示")), qPrintable(r.err));
        const Run english = jixiao({QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.err.contains(QStringLiteral("display")), qPrintable(english.err));
    }

    void helpIsInOneLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says"); // a phrase of the program's own
        QTest::newRow("window") << QStringList{QStringLiteral("--help")} << QStringLiteral("界面语言");
        QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("--help")} << QStringLiteral("要检查的报告文件");
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--help")} << QStringLiteral("工作区");
    }
    void helpIsInOneLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run r = jixiao(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(says), qPrintable(r.out));
        QVERIFY2(englishIn(r.out).isEmpty(), qPrintable(englishIn(r.out) + QStringLiteral(" in:\n") + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("用法")), qPrintable(r.out)); // Qt's "Usage:", translated
    }

    void helpInEnglish()
    {
        const Run r = jixiao({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage:")), qPrintable(r.out));
        static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        QVERIFY2(!r.out.contains(chinese), qPrintable(r.out));
    }

    void missingFileIsSaidInTheLanguage()
    {
        const Run r = jixiao({QStringLiteral("check"), QStringLiteral("nosuch.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("nosuch.json")) && r.err.contains(QStringLiteral("文件不存在")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("No such file")), qPrintable(r.err));
        const Run english = jixiao({QStringLiteral("check"), QStringLiteral("nosuch.json"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.err.contains(QStringLiteral("does not exist")), qPrintable(english.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
