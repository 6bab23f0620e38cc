#include "TestWorkbooks.h"
#include "WorkbookReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <minizip/zip.h>

// Spreadsheet files into cells (.xlsx through QuaZip and QXmlStreamReader, .xls through
// FreeXL), and every file that cannot be read refused with its reason, never a crash.
namespace {

QString fixture(const char *name)
{
    return QStringLiteral(JIXIAO_TEST_DATA "/tables/") + QString::fromUtf8(name);
}

QString problemOf(const WorkbookReader::Result &r)
{
    return r.problem ? TableFinding::key(r.problem->code) : QStringLiteral("none");
}

} // namespace

class TestWorkbookReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void exampleXlsx()
    {
        const WorkbookReader::Result r = WorkbookReader::readFile(fixture("xiangtan-2023-决算公开表.xlsx"));
        QVERIFY(r.workbook);
        QCOMPARE(r.workbook->sheets.size(), 3);
        const Sheet &summary = r.workbook->sheets[0];
        QCOMPARE(summary.name(), QStringLiteral("收入支出决算总表"));
        QCOMPARE(summary.cell(0, 0)->text, QStringLiteral("收入支出决算总表"));
        QCOMPARE(summary.cell(15, 2)->kind, SheetCell::Kind::Number);
        QCOMPARE(summary.cell(15, 2)->number, 30.55);
        QCOMPARE(summary.merges().size(), 2);
        QVERIFY(summary.knowsMerges());
        QCOMPARE(summary.visibleCell(3, 2)->text, QStringLiteral("收入")); // merged A4:C4
        QVERIFY(!summary.cell(3, 2));
        const Sheet &three = r.workbook->sheets[2];
        QCOMPARE(three.cell(7, 0)->number, 9.72); // written as 9.720000000000001: the same double
    }

    void exampleXls()
    {
        const WorkbookReader::Result r = WorkbookReader::readFile(fixture("xiangtan-2023-决算公开表.xls"));
        QVERIFY2(r.workbook, qPrintable(problemOf(r)));
        QCOMPARE(r.workbook->sheets.size(), 3);
        QCOMPARE(r.workbook->sheets[0].cell(15, 2)->number, 30.55);
        QCOMPARE(r.workbook->sheets[0].cell(15, 0)->text, QStringLiteral("年初结转和结余"));
        QVERIFY(!r.workbook->sheets[0].knowsMerges());
    }

    void sharedAndInlineStringsAndFormulas()
    {
        TestWorkbook book;
        TestSheet &s = book.add(QStringLiteral("表"));
        s.text(0, 0, QStringLiteral("合计"));
        s.number(0, 1, 1843.29);
        s.formula(0, 2, QStringLiteral("B1*2"), 3686.58);
        s.merge(2, 0, 3, 1, QStringLiteral("项目"));
        for (bool inlineStrings : {false, true}) {
            const QString path = m_dir.filePath(inlineStrings ? QStringLiteral("inline.xlsx") : QStringLiteral("shared.xlsx"));
            QVERIFY(book.writeXlsx(path, inlineStrings));
            const WorkbookReader::Result r = WorkbookReader::readFile(path);
            QVERIFY2(r.workbook, qPrintable(problemOf(r)));
            const Sheet &sheet = r.workbook->sheets.first();
            QCOMPARE(sheet.cell(0, 0)->text, QStringLiteral("合计"));
            QCOMPARE(sheet.cell(0, 1)->number, 1843.29);
            QCOMPARE(sheet.cell(0, 2)->kind, SheetCell::Kind::Number); // the cached value
            QCOMPARE(sheet.cell(0, 2)->number, 3686.58);
            QCOMPARE(sheet.visibleCell(3, 1)->text, QStringLiteral("项目"));
        }
    }

    void cellsWithoutReferencesAndOutOfOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("refs.xlsx"));
        QVERIFY(RawXlsx::write(path, QStringLiteral("S"), [](const auto &out) {
            out("<row r=\"3\"><c r=\"B3\"><v>2</v></c><c r=\"A3\"><v>1</v></c></row>"
                "<row r=\"1\"><c t=\"inlineStr\"><is><r><t>收</t></r><r><t>入</t></r><rPh><t>しゅう</t></rPh></is></c><c><v>5</v></c></row>"
                "<row><c t=\"b\"><v>1</v></c><c t=\"e\"><v>#REF!</v></c><c><f>A1</f></c><c t=\"str\"><f>A1</f><v>收入</v></c></row>");
        }, "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"));
        const WorkbookReader::Result r = WorkbookReader::readFile(path);
        QVERIFY2(r.workbook, qPrintable(problemOf(r)));
        const Sheet &s = r.workbook->sheets.first();
        QCOMPARE(s.cell(0, 0)->text, QStringLiteral("收入"));
        QCOMPARE(s.cell(0, 1)->number, 5.0);
        QCOMPARE(s.cell(1, 0)->kind, SheetCell::Kind::Boolean);
        QCOMPARE(s.cell(1, 1)->kind, SheetCell::Kind::Error);
        QCOMPARE(s.cell(1, 2)->kind, SheetCell::Kind::FormulaWithoutValue);
        QCOMPARE(s.cell(1, 2)->text, QStringLiteral("A1"));
        QCOMPARE(s.cell(1, 3)->text, QStringLiteral("收入"));
        QCOMPARE(s.cell(2, 0)->number, 1.0);
        QCOMPARE(s.cell(2, 1)->number, 2.0);
        QCOMPARE(s.rows().size(), 3);
        QCOMPARE(s.merges().size(), 1);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("none.xlsx")) << QStringLiteral("file_not_readable");
        QTest::newRow("a folder") << m_dir.path() << QStringLiteral("file_not_readable");
        QTest::newRow("empty") << file(QStringLiteral("empty.xlsx"), QByteArray()) << QStringLiteral("not_a_spreadsheet");
        QTest::newRow("text") << file(QStringLiteral("text.xls"), "项目,金额\n合计,1843.29\n") << QStringLiteral("not_a_spreadsheet");
        QTest::newRow("html saved as .xls") << file(QStringLiteral("web.xls"), "<html><table><tr><td>1</td></tr></table></html>")
                                            << QStringLiteral("not_a_spreadsheet");
        QTest::newRow("encrypted xls") << fixture("encrypted.xls") << QStringLiteral("encrypted");
        QTest::newRow("encrypted xlsx") << fixture("encrypted-package.xlsx") << QStringLiteral("encrypted");
        QFile example(fixture("xiangtan-2023-决算公开表.xlsx"));
        example.open(QIODevice::ReadOnly);
        const QByteArray bytes = example.readAll();
        QTest::newRow("truncated xlsx") << file(QStringLiteral("cut.xlsx"), bytes.left(bytes.size() / 2)) << QStringLiteral("corrupt");
        QByteArray damaged = bytes;
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 2; i += 7) // inside the compressed parts
            damaged[i] = char(damaged[i] ^ 0x5A);
        QTest::newRow("damaged xlsx") << file(QStringLiteral("damaged.xlsx"), damaged) << QStringLiteral("corrupt");
        QFile xls(fixture("xiangtan-2023-决算公开表.xls"));
        xls.open(QIODevice::ReadOnly);
        const QByteArray xlsBytes = xls.readAll();
        QTest::newRow("truncated xls") << file(QStringLiteral("cut.xls"), xlsBytes.left(xlsBytes.size() / 2)) << QStringLiteral("corrupt");
    }
    void refused()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const WorkbookReader::Result r = WorkbookReader::readFile(path);
        QVERIFY(!r.workbook);
        QCOMPARE(problemOf(r), problem);
        QCOMPARE(r.problem->file, path);
    }

    void otherZips()
    {
        // An OpenDocument spreadsheet, and a zip that is no workbook at all.
        for (const bool ods : {true, false}) {
            const QString path = m_dir.filePath(ods ? QStringLiteral("t.ods") : QStringLiteral("t.docx"));
            zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
            QVERIFY(zip);
            QVERIFY(RawXlsx::addFile(zip, ods ? QStringLiteral("mimetype") : QStringLiteral("word/document.xml"),
                                     ods ? "application/vnd.oasis.opendocument.spreadsheet" : "<w:document/>"));
            QCOMPARE(zipClose(zip, nullptr), ZIP_OK);
            QCOMPARE(problemOf(WorkbookReader::readFile(path)), ods ? QStringLiteral("open_document") : QStringLiteral("not_a_spreadsheet"));
        }
    }

    void millionRowsRefusedEarly()
    {
        const QString path = m_dir.filePath(QStringLiteral("million.xlsx"));
        QVERIFY(RawXlsx::write(path, QStringLiteral("S"), [](const auto &out) {
            QByteArray chunk;
            for (int r = 1; r <= 1000000; ++r) {
                chunk += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>1</v></c></row>";
                if (chunk.size() > (1 << 20)) {
                    out(chunk);
                    chunk.clear();
                }
            }
            out(chunk);
        }));
        QElapsedTimer timer;
        timer.start();
        const WorkbookReader::Result r = WorkbookReader::readFile(path);
        QCOMPARE(problemOf(r), QStringLiteral("too_many_rows"));
        QCOMPARE(r.problem->sheet, QStringLiteral("S"));
        QCOMPARE(r.problem->args, QStringList{QStringLiteral("200000")});
        qInfo("a million rows refused after %lld ms", timer.elapsed());
    }

    void partLimit()
    {
        // A part larger than the limit (a zip bomb) stops there.
        WorkbookLimits limits;
        limits.maxPartBytes = 2000;
        const WorkbookReader::Result r = WorkbookReader::readFile(fixture("xiangtan-2023-决算公开表.xlsx"), limits);
        QCOMPARE(problemOf(r), QStringLiteral("too_many_cells"));
    }

    void fromMemory()
    {
        QFile f(fixture("xiangtan-2023-预算公开表.xlsx"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QBuffer buffer(&bytes);
        const WorkbookReader::Result r = WorkbookReader::readXlsx(&buffer, QStringLiteral("memory"));
        QVERIFY(r.workbook);
        QCOMPARE(r.workbook->sheets.first().cell(4, 3)->number, 603.56);
    }

    void cellNames()
    {
        QCOMPARE(Sheet::cellName(15, 2), QStringLiteral("C16"));
        QCOMPARE(Sheet::cellName(0, 26), QStringLiteral("AA1"));
        QCOMPARE(Sheet::cellName(0, 16383), QStringLiteral("XFD1"));
        int row = 0, column = 0;
        QVERIFY(Sheet::parseCellName(u"XFD1048576", &row, &column));
        QCOMPARE(row, 1048575);
        QCOMPARE(column, 16383);
        QVERIFY(!Sheet::parseCellName(u"XFE1", &row, &column));
        QVERIFY(!Sheet::parseCellName(u"A0", &row, &column));
        QVERIFY(!Sheet::parseCellName(u"A1048577", &row, &column));
        QVERIFY(!Sheet::parseCellName(u"12", &row, &column));
    }
};

QTEST_GUILESS_MAIN(TestWorkbookReader)
#include "tst_workbookreader.moc"
