#include "HostileReports.h"
#include "LimitedProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Hostile report files given to the real `jixiao check` (issue 7): each is refused with exit
// 2, a message on stderr naming the field and nothing on stdout — or, where the input is
// merely odd (-0, a byte order mark, a long but sane text), checked normally. Every run has
// an address-space limit and a timeout: the program must neither die of memory nor hang.
using namespace HostileReports;

namespace {

constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 HostileAddressSpace = 2 * GiB; // far more than a refusal needs

int timeoutMs(int normal)
{
    // Sanitizer builds run several times slower.
    return LimitedProcess::addressLimitPossible() ? normal : normal * 6;
}

LimitedProcess::Result check(const QStringList &arguments)
{
    return LimitedProcess::run(QStringLiteral(JIXIAO_BINARY), QStringList{QStringLiteral("check")} + arguments,
                               HostileAddressSpace, timeoutMs(20000));
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void verifyRefused(const LimitedProcess::Result &r, const QString &path, const QString &problem)
    {
        QVERIFY2(r.started && !r.timedOut && r.exitedNormally, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.left(300).constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(path), qPrintable(err.left(600)));
        QVERIFY2(err.contains(problem), qPrintable(err.left(600)));
        // A message is a message, not the hostile value echoed back.
        QVERIFY2(r.err.size() < 2000, qPrintable(QStringLiteral("%1 bytes on stderr").arg(r.err.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(JIXIAO_BINARY)));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("path");    // named on stderr
        QTest::addColumn<QString>("problem"); // part of the message

        const QByteArray deep100k = nested(100000, '[', ']');
        QTest::newRow("100,000 nested arrays") << deep100k << QString() << QStringLiteral("嵌套层数超过");
        QTest::newRow("100,000 nested objects") << nested(100000, '{', '}', "1") << QStringLiteral("a.a.a") << QStringLiteral("嵌套层数超过");
        QTest::newRow("100,000 levels in a field") << withValue("title", deep100k) << QStringLiteral("title[0][0]") << QStringLiteral("嵌套层数超过");
        QTest::newRow("100,000 levels, unclosed") << withTopLevel("\"x\": " + QByteArray(100000, '[')) << QStringLiteral("x[0]") << QStringLiteral("嵌套层数超过");

        const QByteArray twoMillion(2 * 1000 * 1000, 'x');
        QTest::newRow("huge department name") << withValue("department", '"' + twoMillion + '"') << QStringLiteral("department") << QStringLiteral("上限");
        QTest::newRow("huge unknown text") << withTopLevel("\"note\": \"" + twoMillion + '"') << QStringLiteral("note") << QStringLiteral("上限");
        QTest::newRow("huge escaped text") << withValue("preamble", '"' + QByteArray("\\u4e00").repeated(1100000) + '"') << QStringLiteral("preamble") << QStringLiteral("上限");
        QTest::newRow("huge key") << withTopLevel('"' + twoMillion + "\": 1") << QString() << QStringLiteral("上限");
        QTest::newRow("huge amount text") << withValue("amount", '"' + QByteArray(1000000, '9') + '"') << QStringLiteral("budget.adjustments[0].amount") << QStringLiteral("共 1000000 个字符");
        QTest::newRow("huge number") << withValue("amount", QByteArray(1000000, '9')) << QStringLiteral("budget.adjustments[0].amount") << QStringLiteral("超出了可表示的范围");

        QTest::newRow("invalid UTF-8 byte") << withValue("department", "\"\xe6\xb9\x98\xff\"") << QString() << QStringLiteral("UTF-8");
        QTest::newRow("overlong UTF-8") << withValue("department", "\"\xc0\xaf\"") << QString() << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 encoded surrogate") << withValue("department", "\"\xed\xa0\x80\"") << QString() << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 cut at the end") << sample() + "\xe6\xb9" << QString() << QStringLiteral("UTF-8");
        QTest::newRow("Latin-1 file") << withValue("department", "\"Caf\xe9\"") << QString() << QStringLiteral("UTF-8");
        QTest::newRow("UTF-16 file") << QByteArray("\xff\xfe{\0}\0", 6) << QString() << QStringLiteral("NUL");
        QTest::newRow("lone surrogate escape") << withValue("department", "\"\\ud800\"") << QStringLiteral("department") << QStringLiteral("半个字符");

        QTest::newRow("NUL byte in a text") << withValue("department", QByteArray("\"a\0b\"", 5)) << QString() << QStringLiteral("NUL");
        QTest::newRow("NUL byte after the document") << sample() + QByteArray(1, '\0') << QString() << QStringLiteral("NUL");
        QTest::newRow("escaped NUL") << withValue("department", "\"a\\u0000b\"") << QStringLiteral("department") << QStringLiteral("NUL");

        QTest::newRow("duplicate top-level key") << withTopLevel("\"department\": \"另一个部门\"") << QStringLiteral("department") << QStringLiteral("出现了两次");
        QTest::newRow("duplicate key in a row") << withValue("amount", "\"2\", \"amount\": \"3\"") << QStringLiteral("budget.adjustments[0].amount") << QStringLiteral("出现了两次");
        QTest::newRow("duplicate key in an unknown object") << withTopLevel("\"extra\": {\"k\": 1, \"k\": 1}") << QStringLiteral("extra.k") << QStringLiteral("出现了两次");
        QTest::newRow("duplicate key, same value") << withValue("year", "2023, \"year\": 2023") << QStringLiteral("year") << QStringLiteral("出现了两次");

        QTest::newRow("1e999 amount") << withValue("amount", "1e999") << QStringLiteral("budget.adjustments[0].amount") << QStringLiteral("超出了可表示的范围");
        QTest::newRow("-1e999 amount") << withValue("amount", "-1e999") << QStringLiteral("budget.adjustments[0].amount") << QStringLiteral("超出了可表示的范围");
        QTest::newRow("1e999 year") << withValue("year", "1e999") << QStringLiteral("year") << QStringLiteral("超出了可表示的范围");
        QTest::newRow("1e999 unknown number") << withTopLevel("\"extra\": 1e999") << QStringLiteral("extra") << QStringLiteral("超出了可表示的范围");
        QTest::newRow("huge exponent") << withValue("amount", "1e99999999999999999999") << QStringLiteral("budget.adjustments[0].amount") << QStringLiteral("超出了可表示的范围");
        QTest::newRow("1e30 amount") << withValue("amount", "1e30") << QStringLiteral("budget.adjustments[0].amount") << QStringLiteral("10^12");
        QTest::newRow("2023.0 year") << withValue("year", "2023.0") << QStringLiteral("year") << QStringLiteral("整数");
        QTest::newRow("NaN") << withValue("amount", "NaN") << QStringLiteral("budget.adjustments[0].amount") << QStringLiteral("意外的字符");
        QTest::newRow("Infinity") << withValue("amount", "Infinity") << QStringLiteral("budget.adjustments[0].amount") << QStringLiteral("意外的字符");
        QTest::newRow("hex number") << withValue("amount", "0x10") << QStringLiteral("budget.adjustments[0]") << QStringLiteral("应为“,”或“}”");
        QTest::newRow("escape sequence outside a text") << withValue("year", "\x1b[2J") << QStringLiteral("year") << QStringLiteral("U+001B");

        QTest::newRow("empty file") << QByteArray() << QString() << QStringLiteral("空");
        QTest::newRow("only spaces") << QByteArray(100000, ' ') << QString() << QStringLiteral("空");
        QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QString() << QStringLiteral("NUL");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const QString file = write(QStringLiteral("hostile.json"), bytes);
        verifyRefused(check({file, QStringLiteral("--json")}), path, problem);
    }

    // Odd but legal: checked like any report (exit 0 or 1, the JSON result on stdout).
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("department");
        QTest::newRow("-0 amount") << withValue("amount", "-0") << QStringLiteral("湘潭市行政审批服务局");
        QTest::newRow("\"-0\" amount") << withValue("amount", "\"-0\"") << QStringLiteral("湘潭市行政审批服务局");
        QTest::newRow("-0.0e-5 amount") << withValue("amount", "-0.0e-5") << QStringLiteral("湘潭市行政审批服务局");
        QTest::newRow("0e999 amount") << withValue("amount", "0e999") << QStringLiteral("湘潭市行政审批服务局");
        QTest::newRow("1e-999 unknown number") << withTopLevel("\"extra\": 1e-999") << QStringLiteral("湘潭市行政审批服务局");
        QTest::newRow("byte order mark") << "\xef\xbb\xbf" + sample() << QStringLiteral("湘潭市行政审批服务局");
        QTest::newRow("CRLF line ends") << sample().replace("\n", "\r\n") << QStringLiteral("湘潭市行政审批服务局");
        QTest::newRow("64 levels (the limit)") << withTopLevel("\"x\": " + nested(63, '[', ']')) << QStringLiteral("湘潭市行政审批服务局");
        const QByteArray longText = QByteArray("很长的概况").repeated(100000); // 500,000 characters
        QTest::newRow("500,000-character text") << withValue("overview", '"' + longText + '"') << QStringLiteral("湘潭市行政审批服务局");
        QTest::newRow("escaped control characters") << withValue("department", "\"\\u001b[31m红\\u0007\"") << QStringLiteral("\x1b[31m红\x07");
        QTest::newRow("emoji and right-to-left") << withValue("department", "\"局😀\\ud83d\\ude00 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xe2\x80\xae\"")
                                                 << QStringLiteral("局😀😀 שלום \u202e");
    }

    void accepted()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, department);
        const QString file = write(QStringLiteral("odd.json"), bytes);
        const LimitedProcess::Result r = check({file, QStringLiteral("--json")});
        QVERIFY2(r.started && !r.timedOut && r.exitedNormally, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.describe()));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(json.value(QStringLiteral("department")).toString(), department);
    }

    // The readable summary goes to a terminal: escape sequences from the report (here in the
    // department and an adjustment quoted by a finding) arrive as U+FFFD, never as ESC.
    void terminalOutputHasNoControlCharacters()
    {
        QByteArray bytes = withValue("department", "\"\\u001b]0;owned\\u0007\\u001b[2J\\r局\"");
        bytes.replace("\"item\": \"", "\"item\": \"\\u009b31m"); // C1 CSI before every adjustment's name
        const LimitedProcess::Result r = check({write(QStringLiteral("escapes.json"), bytes)});
        QVERIFY2(r.exitedNormally && (r.exitCode == 0 || r.exitCode == 1), qPrintable(r.describe()));
        for (const char c : r.out + r.err)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n' || c == '\t', qPrintable(QStringLiteral("byte 0x%1").arg(uchar(c), 2, 16)));
        QVERIFY(!r.out.contains("\xc2\x9b")); // C1 CSI in UTF-8
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("\uFFFD]0;owned\uFFFD\uFFFD[2J\uFFFD局")));
    }

    // Files that are not files: too big, endless, a directory.
    void specialFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        QTest::newRow("endless device") << QStringLiteral("/dev/zero") << QStringLiteral("上限");
        QTest::newRow("random device") << QStringLiteral("/dev/urandom") << QStringLiteral("上限");
        QTest::newRow("directory") << QDir::tempPath() << QString();
        QTest::newRow("missing file") << QStringLiteral("/nonexistent/report.json") << QStringLiteral("无法打开");
    }

    void specialFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        verifyRefused(check({file}), file, problem);
    }

    void hundredMegabyteFile()
    {
        // A valid start, then 100 MB of spaces: refused by its size before it is read.
        const QString path = m_dir.filePath(QStringLiteral("big.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(sample().chopped(2)); // without the closing brace
            QVERIFY(file.resize(100 * 1024 * 1024));
            QVERIFY(file.seek(file.size() - 1));
            file.write("}");
        }
        const LimitedProcess::Result r = check({path, QStringLiteral("--json")});
        verifyRefused(r, path, QStringLiteral("上限"));
        qInfo("100 MB file refused in %lld ms, peak RSS %lld kB", r.elapsedMs, r.peakRssKb);
        QVERIFY2(r.peakRssKb < 300 * 1024, qPrintable(r.describe()));
        QFile::remove(path);
    }

    // Just under the file size limit, all of it one legal document: read, bounded, no hang.
    void sixtyMegabyteDocument()
    {
        QByteArray bytes = sample();
        bytes.insert(bytes.indexOf('{') + 1, "\n  \"padding\": [" + QByteArray("\"一段很长的附加文本\", ").repeated(1800000) + "0],");
        QVERIFY(bytes.size() < 64 * 1024 * 1024);
        const QString path = write(QStringLiteral("sixty.json"), bytes);
        const LimitedProcess::Result r = check({path, QStringLiteral("--json")});
        QVERIFY2(r.started && !r.timedOut && r.exitedNormally, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.describe()));
        qInfo("%lld MB document checked in %lld ms, peak RSS %lld kB", qint64(bytes.size() >> 20), r.elapsedMs, r.peakRssKb);
        QFile::remove(path);
    }

    // 63 MB of "0," (33 million values, 4 GB once read): refused by the number of values,
    // quickly and within the address-space limit, instead of dying of std::bad_alloc.
    void tooManyValues()
    {
        const QByteArray bytes = withTopLevel("\"x\": [" + QByteArray("0,").repeated(33 * 1000 * 1000) + "0]");
        const QString path = write(QStringLiteral("values.json"), bytes);
        const LimitedProcess::Result r = check({path, QStringLiteral("--json")});
        verifyRefused(r, QStringLiteral("x[1999998]"), QStringLiteral("取值超过")); // the root and the list count too
        qInfo("%lld MB of values refused in %lld ms, peak RSS %lld kB", qint64(bytes.size() >> 20), r.elapsedMs, r.peakRssKb);
        QFile::remove(path);
    }

    // The refusal of the previous year's file is the same refusal (exit 2).
    void hostilePreviousYear()
    {
        const QString good = QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json");
        const QString bad = write(QStringLiteral("prev.json"), withTopLevel("\"year\": 2022"));
        verifyRefused(check({good, QStringLiteral("--previous"), bad, QStringLiteral("--json")}), QStringLiteral("year"), QStringLiteral("出现了两次"));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
