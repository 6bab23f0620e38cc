#include "IndicatorCalculator.h"
#include "OverviewExport.h"
#include "ReportJsonReader.h"
#include "ZipArchive.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

// The overview as .xlsx and .csv: numbers are numeric cells (rates in percent, amounts in
// 万元 with two decimals), 不适用 is an empty cell, Chinese survives, and a failed export
// leaves the old file alone. The .xlsx is read back as what it is, a zip of XML, so that
// the test needs no office suite.
class TestOverviewExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QList<OverviewRecord> records()
    {
        QFile f(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
        f.open(QIODevice::ReadOnly);
        const Report report = *ReportJsonReader::read(f.readAll()).report;
        OverviewRecord a;
        a.id = 1;
        a.department = report.department;
        a.year = 2023;
        a.status = ReportStatus::Approved;
        a.setEvaluation(ReportEvaluation::of(report));
        OverviewRecord b = a;
        b.id = 2;
        b.department = QStringLiteral("湘潭市财政局, \"综合\"科"); // a comma and quotes in CSV
        b.status = ReportStatus::Returned;
        b.budget = Money::fromFen(-1234567); // -1.23 万元 (rounded like the documents)
        return {a, b};
    }
    static QString column(int index) // 0 → A, 26 → AA
    {
        QString name;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
            name.prepend(QChar('A' + (n - 1) % 26));
        return name;
    }
    // The <c> element of a cell in the sheet's XML, or empty when the cell is not written.
    static QString cellXml(const QString &sheet, int row, int col)
    {
        const QRegularExpression re(QStringLiteral("<c r=\"%1%2\"[^>]*(/>|>.*?</c>)").arg(column(col)).arg(row));
        return re.match(sheet).captured(0);
    }

private Q_SLOTS:
    void xlsxHoldsNumbersAsNumbers()
    {
        const QString path = m_dir.filePath(QStringLiteral("总览.xlsx"));
        QString error;
        QVERIFY2(OverviewExport::write(path, records(), 2023, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QMap<QString, QByteArray> zip = ZipArchive::read(f.readAll());
        QVERIFY2(zip.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(zip.keys().join(u' ')));
        const QString sheet = QString::fromUtf8(zip.value(QStringLiteral("xl/worksheets/sheet1.xml")));
        const QString strings = QString::fromUtf8(zip.value(QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(strings.contains(QStringLiteral("项目支出预算控制率(%)")));
        QVERIFY(strings.contains(QStringLiteral("湘潭市行政审批服务局")));
        QVERIFY(strings.contains(QStringLiteral("已审核")));
        QVERIFY(QString::fromUtf8(zip.value(QStringLiteral("xl/workbook.xml"))).contains(QStringLiteral("2023年度")));

        // Row 2 is the example: a number cell has no t="s"/"str" and holds the value itself.
        const auto number = [&sheet](int col) {
            const QString c = cellXml(sheet, 2, col);
            if (c.contains(QStringLiteral(" t=\"")))
                return QStringLiteral("TEXT:") + c;
            static const QRegularExpression v(QStringLiteral("<v>([^<]*)</v>"));
            return v.match(c).captured(1);
        };
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("project_control_rate"))).toDouble(), 99.10);
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("three_public_control_rate"))).toDouble(), 98.77);
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("execution_rate"))).toDouble(), 99.40);
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("budget_adjustment_rate"))).toDouble(), 0.0);
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("budget"))).toDouble(), 1843.29);
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("spent"))).toDouble(), 1862.61);
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("carryover_out"))).toDouble(), 11.23);
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("errors"))), QStringLiteral("0"));
        const qint64 score = records().first().scoreCenti;
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("score"))).toDouble(), double(score) / 100.0);
        // 不适用: no cell at all (empty in Excel), never 0.
        QCOMPARE(cellXml(sheet, 2, OverviewColumns::indexOf(QStringLiteral("staff_control_rate"))), QString());
        QCOMPARE(cellXml(sheet, 2, OverviewColumns::indexOf(QStringLiteral("three_public_change_rate"))), QString());
        // Text is text (shared strings), numbers are formatted with two decimals.
        QVERIFY(cellXml(sheet, 2, 0).contains(QStringLiteral("t=\"s\"")));
        QVERIFY(cellXml(sheet, 1, 0).contains(QStringLiteral("t=\"s\"")));
        QVERIFY(QString::fromUtf8(zip.value(QStringLiteral("xl/styles.xml"))).contains(QStringLiteral("formatCode=\"0.00\"")));
        QCOMPARE(number(OverviewColumns::indexOf(QStringLiteral("budget"))).isEmpty(), false);
        QCOMPARE(cellXml(sheet, 3, OverviewColumns::indexOf(QStringLiteral("budget"))).contains(QStringLiteral("<v>-1.23</v>")), true);
    }

    // Issue 11: the library writes doubles with 16 digits (98.26000000000001); the file
    // stores the exact decimal, as Excel does, and the cell is still a number.
    void xlsxStoresExactDecimals()
    {
        QList<OverviewRecord> rs = records();
        rs[1].budget = Money::fromFen(98260000); // 98.26 万元
        rs[1].scoreCenti = 9826;                 // 98.26 points
        const QString path = m_dir.filePath(QStringLiteral("exact.xlsx"));
        QString error;
        QVERIFY2(OverviewExport::write(path, rs, 2023, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QMap<QString, QByteArray> zip = ZipArchive::read(f.readAll());
        const QString sheet = QString::fromUtf8(zip.value(QStringLiteral("xl/worksheets/sheet1.xml")));
        QCOMPARE(cellXml(sheet, 3, OverviewColumns::indexOf(QStringLiteral("budget"))).contains(QStringLiteral("<v>98.26</v>")), true);
        QCOMPARE(cellXml(sheet, 3, OverviewColumns::indexOf(QStringLiteral("score"))).contains(QStringLiteral("<v>98.26</v>")), true);
        QVERIFY(!cellXml(sheet, 3, OverviewColumns::indexOf(QStringLiteral("score"))).contains(QStringLiteral(" t=\"")));
        // No number anywhere has more than its two decimals.
        static const QRegularExpression value(QStringLiteral("<v>(-?[0-9]+(?:\\.[0-9]+)?(?:E[-+]?[0-9]+)?)</v>"));
        int numbers = 0;
        for (const QRegularExpressionMatch &m : value.globalMatch(sheet)) {
            const QString v = m.captured(1);
            const qsizetype dot = v.indexOf(QLatin1Char('.'));
            QVERIFY2(dot < 0 || v.size() - dot - 1 <= 2, qPrintable(v));
            ++numbers;
        }
        QVERIFY(numbers > 20);
        // Every other part is as the library wrote it: it still opens as the same workbook.
        QVERIFY(zip.contains(QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(zip.contains(QStringLiteral("[Content_Types].xml")));
    }

    void csvHasABomAndOpensAsUtf8()
    {
        const QString path = m_dir.filePath(QStringLiteral("总览.csv"));
        QString error;
        QVERIFY2(OverviewExport::write(path, records(), 2023, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(bytes.mid(3));
        QVERIFY(!utf8.hasError());
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
        QVERIFY(lines.first().startsWith(QStringLiteral("部门,状态,得分,等级,待人工评分,自评表总分,自评表等级,预算调整率(%)")));
        QVERIFY(lines.first().endsWith(QStringLiteral("错误,提示,全年预算(万元),全年支出(万元),年末结转(万元)")));
        const QStringList row = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(row.size(), OverviewColumns::count());
        QCOMPARE(row.at(0), QStringLiteral("湘潭市行政审批服务局"));
        QCOMPARE(row.at(1), QStringLiteral("已审核"));
        QCOMPARE(row.at(OverviewColumns::indexOf(QStringLiteral("project_control_rate"))), QStringLiteral("99.10"));
        QCOMPARE(row.at(OverviewColumns::indexOf(QStringLiteral("basic_control_rate"))), QStringLiteral("100.00"));
        QCOMPARE(row.at(OverviewColumns::indexOf(QStringLiteral("staff_control_rate"))), QString()); // 不适用
        QCOMPARE(row.at(OverviewColumns::indexOf(QStringLiteral("budget"))), QStringLiteral("1843.29"));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("\"湘潭市财政局, \"\"综合\"\"科\",已退回,")));
        QVERIFY(lines.at(2).contains(QStringLiteral(",-1.23,")));
    }

    void aFailedExportLeavesTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.xlsx"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QString error;
        QVERIFY(!OverviewExport::write(m_dir.filePath(QStringLiteral("no/such/dir/x.xlsx")), records(), 2023, &error));
        QVERIFY2(error.contains(QStringLiteral("x.xlsx")), qPrintable(error));
        QVERIFY(!OverviewExport::write(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), records(), 2023, &error));
        QVERIFY(!OverviewExport::write(m_dir.filePath(QStringLiteral("x.pdf")), records(), 2023, &error));
        QVERIFY2(error.contains(QStringLiteral(".xlsx")), qPrintable(error));
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        if (QFileInfo(path).isWritable()) // root writes anyway: the check below means nothing
            QSKIP("running as root: a read-only file is still writable");
        QVERIFY(!OverviewExport::write(path, records(), 2023, &error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestOverviewExport)
#include "tst_overviewexport.moc"
