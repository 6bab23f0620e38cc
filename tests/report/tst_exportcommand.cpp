#include "ReportJsonReader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `jixiao export` as a user runs it (issue 5): the real binary, started with no environment
// at all (no display, no QT_QPA_PLATFORM, no HOME), its exit code and its messages.
namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run exportCommand(const QStringList &arguments)
{
    QProcess process;
    // env -i: the command must work on a machine with nothing set up.
    process.start(QStringLiteral("env"), QStringList{QStringLiteral("-i"), QStringLiteral(JIXIAO_BINARY), QStringLiteral("export")} + arguments);
    Run r;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString sample()
{
    return QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json");
}

QString draft()
{
    return QStringLiteral(JIXIAO_TEST_DATA "/reports/adjustments-draft.json");
}

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exportsPdfWithNoEnvironment()
    {
        const QString out = m_dir.filePath(QStringLiteral("example.pdf"));
        const Run r = exportCommand({sample(), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("草稿")));
        const QByteArray pdf = contents(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 20000);
    }

    void exportsDraftAndSaysSo()
    {
        const QString out = m_dir.filePath(QStringLiteral("draft.pdf"));
        const Run r = exportCommand({draft(), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("草稿")), qPrintable(r.err));
        QVERIFY(contents(out).startsWith("%PDF-"));
    }

    void exportsOdt()
    {
        const QString out = m_dir.filePath(QStringLiteral("example.odt"));
        const Run r = exportCommand({sample(), QStringLiteral("--output"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray odt = contents(out);
        // An OpenDocument package: a zip whose first entry is the stored mimetype.
        QVERIFY(odt.startsWith("PK"));
        QVERIFY(odt.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        QVERIFY(odt.contains("content.xml"));
    }

    void exportsDocx()
    {
        const QString out = m_dir.filePath(QStringLiteral("example.docx"));
        const Run r = exportCommand({sample(), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("草稿")) && !r.err.contains(QStringLiteral("控制字符")), qPrintable(r.err));
        const QByteArray docx = contents(out);
        QVERIFY(docx.startsWith("PK"));
        QVERIFY(docx.contains("[Content_Types].xml"));
        QVERIFY(docx.contains("word/document.xml"));
    }

    void saysWhichControlCharactersItLeftOut_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("docx") << QStringLiteral("docx");
        QTest::newRow("odt") << QStringLiteral("odt");
    }
    void saysWhichControlCharactersItLeftOut()
    {
        QFETCH(QString, suffix);
        // JSON may escape a control character (\u0001); XML cannot hold it at all.
        QFile in(sample());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        const qsizetype at = json.indexOf("\"preamble\": \"") + 13;
        QVERIFY(at > 13);
        json.insert(at, "\\u0001\\u001b");
        const QString source = m_dir.filePath(QStringLiteral("control.json"));
        QFile out(source);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        const QString target = m_dir.filePath(QStringLiteral("control.") + suffix);
        const Run r = exportCommand({source, QStringLiteral("-o"), target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("U+0001, U+001B")), qPrintable(r.err));
        QVERIFY(contents(target).startsWith("PK"));
    }

    // The self-evaluation table alone as a spreadsheet (issue 14); LibreOffice reads it back
    // in tst_selfevaluationform's check and by hand (see the report of issue 14).
    void exportsTheTableAsXlsx()
    {
        const QString out = m_dir.filePath(QStringLiteral("自评表.xlsx"));
        const Run r = exportCommand({QStringLiteral(JIXIAO_TEST_DATA "/reports/xiangtan-2023-table.json"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("草稿")), qPrintable(r.err));
        const QByteArray xlsx = contents(out);
        QVERIFY(xlsx.startsWith("PK"));
        QVERIFY(xlsx.contains("xl/worksheets/sheet1.xml"));
        // A draft says so in the table's title and on stderr.
        const QString draftOut = m_dir.filePath(QStringLiteral("draft.xlsx"));
        const Run d = exportCommand({draft(), QStringLiteral("-o"), draftOut});
        QCOMPARE(d.exitCode, 0);
        QVERIFY2(d.err.contains(QStringLiteral("标题注明“草稿”，打印时每页页眉带“草稿”")), qPrintable(d.err));
        QVERIFY2(!d.err.contains(QStringLiteral("文末")), qPrintable(d.err)); // a spreadsheet lists no findings
    }

    void exportsJsonThatReadsBackEqual()
    {
        const QString out = m_dir.filePath(QStringLiteral("copy.json"));
        const Run r = exportCommand({sample(), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ReportJsonReader::Result original = ReportJsonReader::readFile(sample());
        const ReportJsonReader::Result copy = ReportJsonReader::readFile(out);
        QVERIFY2(copy.ok(), qPrintable(copy.message()));
        QVERIFY(*copy.report == *original.report);
    }

    void refusesWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        if (f.open(QIODevice::WriteOnly))
            f.write(R"({"format": "jixiao.report", "version": 1, "department": "x", "year": 2023,
                        "budget": {"initial": {"basic": "3,2"}}})");
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        QTest::newRow("missing input") << QStringList{m_dir.filePath(QStringLiteral("absent.json")), QStringLiteral("-o"), pdf} << QStringLiteral("absent.json");
        QTest::newRow("refused input") << QStringList{bad, QStringLiteral("-o"), pdf} << QStringLiteral("budget.initial.basic");
        QTest::newRow("no output") << QStringList{sample()} << QStringLiteral("-o");
        QTest::newRow("unknown format") << QStringList{sample(), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.rtf"))} << QStringLiteral(".docx");
        QTest::newRow("two inputs") << QStringList{sample(), sample(), QStringLiteral("-o"), pdf} << QStringLiteral("FILE.json");
    }
    void refusesWithExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = exportCommand(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
    }

    void unwritableOutputLeavesNoFile_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("docx") << QStringLiteral("docx");
        QTest::newRow("odt") << QStringLiteral("odt");
        QTest::newRow("json") << QStringLiteral("json");
    }
    void unwritableOutputLeavesNoFile()
    {
        QFETCH(QString, suffix);
        // Below a regular file: not writable, even for root.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString out = blocker + QStringLiteral("/out.") + suffix;
        const Run r = exportCommand({sample(), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("out.") + suffix), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
