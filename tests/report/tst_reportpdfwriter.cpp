#include "ChartBuilder.h"
#include "ReportContentBuilder.h"
#include "ReportPdfWriter.h"
#include "ReportPlainText.h"
#include "ReportTestSupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace ReportTestSupport;

// The exported PDF read back as a reader would (issue 5): poppler's pdftotext and pdffonts
// (installed by setup.sh with poppler-utils) and Qt Pdf.
class TestReportPdfWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_example; // the example, exported once
    QString m_draft;
    int m_examplePages = 0;
    int m_draftPages = 0;

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static QString pageText(const QString &pdf, int page)
    {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                 QString::number(page), pdf, QStringLiteral("-")});
    }
    // The body text of all pages joined: page numbers (— 3 —) and line ends removed, so a
    // sentence that runs over a line or a page reads as printed.
    static QString bodyText(const QString &pdf, int pages)
    {
        static const QRegularExpression pageNumber(QStringLiteral("^\\s*— \\d+ —\\s*$"));
        QString text;
        for (int p = 1; p <= pages; ++p) {
            for (const QString &line : pageText(pdf, p).split(QLatin1Char('\n'))) {
                if (!pageNumber.match(line).hasMatch())
                    text += line.trimmed();
            }
        }
        return text.remove(QChar(0x0C));
    }

    // Every string the charts print.
    static QString chartTexts(const Report &report, const ReportEvaluation &evaluation)
    {
        QString all;
        const ChartBuilder builder;
        for (ReportChart which : {ReportChart::BudgetComposition, ReportChart::BudgetAgainstSpending, ReportChart::ThreePublic}) {
            const std::unique_ptr<QChart> chart = builder.build(which, report, evaluation);
            for (QAbstractSeries *s : chart->series()) {
                if (auto *pie = qobject_cast<QPieSeries *>(s)) {
                    for (QPieSlice *slice : pie->slices())
                        all += slice->label();
                }
                if (auto *bars = qobject_cast<QBarSeries *>(s)) {
                    for (QBarSet *set : bars->barSets())
                        all += set->label() + set->property("jixiaoValueLabels").toStringList().join(QString());
                }
            }
            for (QAbstractAxis *axis : chart->axes()) {
                all += axis->titleText();
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                    all += categories->categories().join(QString()).remove(QStringLiteral("<br>"));
            }
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
                     && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty(),
                 "pdftotext/pdffonts are missing: install poppler-utils (./setup.sh deps)");
        for (const auto &[source, target, pages] : {std::tuple{samplePath(), &m_example, &m_examplePages},
                                                     std::tuple{draftPath(), &m_draft, &m_draftPages}}) {
            const Report report = load(source);
            const ReportEvaluation evaluation = ReportEvaluation::of(report);
            *target = m_dir.filePath(QFileInfo(source).completeBaseName() + QStringLiteral(".pdf"));
            const ReportPdfWriter::Result r = ReportPdfWriter::write(*target, report, evaluation);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY(r.pages > 1);
            *pages = r.pages;
        }
    }

    void exampleHasTheExactSentences_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("spending") << QStringLiteral("全年共计支出1862.61万元，其中：基本支出623.09万元，项目支出1239.52万元。");
        QTest::newRow("project control") << QStringLiteral("项目支出预算控制率=1239.52/1250.75*100%=99.10%");
        QTest::newRow("three public") << QStringLiteral("“三公经费”控制率=9.60/9.72*100%=98.77%");
        QTest::newRow("no decrease") << QStringLiteral("（7）市直事业单位人才引进计划的奖补2.00万元。无预算调减资金。");
        QTest::newRow("initial") << QStringLiteral("1.年初预算情况：上年结转30.55万元，2023年财政年初部门预算1610.47万元，其中：基本支出603.56万元，项目支出1006.91万元，均系项目性专项。");
        QTest::newRow("title") << QStringLiteral("湘潭市行政审批服务局2023年度部门整体支出预算绩效自评报告");
        QTest::newRow("grade") << QStringLiteral("自评得分");
    }
    void exampleHasTheExactSentences()
    {
        QFETCH(QString, sentence);
        const QString text = bodyText(m_example, m_examplePages);
        QVERIFY2(text.contains(sentence), qPrintable(sentence));
    }

    // Nothing in the text layer that was not printed: no Kangxi radicals (U+2F00…) or CJK
    // radical supplements, no replacement or private-use characters, no character that
    // neither the document nor its charts contain, and no line twice.
    void textLayerHoldsOnlyWhatWasPrinted()
    {
        const Report report = load(samplePath());
        const ReportEvaluation evaluation = ReportEvaluation::of(report);
        const QString printed = ReportPlainText::render(ReportContentBuilder(report, evaluation).blocks())
                                + chartTexts(report, evaluation) + QStringLiteral("— 0123456789");
        const QSet<char32_t> allowed = [&printed] {
            QSet<char32_t> set;
            for (char32_t c : printed.toUcs4())
                set.insert(c);
            return set;
        }();
        const QString text = run(QStringLiteral("pdftotext"), {m_example, QStringLiteral("-")});
        QVERIFY(!text.isEmpty());
        for (char32_t c : text.toUcs4()) {
            QVERIFY2(!(c >= 0x2E80 && c <= 0x2FDF), qPrintable(QStringLiteral("radical U+%1").arg(uint(c), 4, 16)));
            QVERIFY2(c != 0xFFFD && !(c >= 0xE000 && c <= 0xF8FF), qPrintable(QStringLiteral("U+%1").arg(uint(c), 4, 16)));
            if (c == '\n' || c == ' ' || c == 0x0C)
                continue;
            QVERIFY2(allowed.contains(c), qPrintable(QStringLiteral("U+%1 %2 was not printed").arg(uint(c), 4, 16).arg(QString::fromUcs4(&c, 1))));
        }
        // A line that runs over a page break is on one page only.
        const QString body = bodyText(m_example, m_examplePages);
        QCOMPARE(body.count(QStringLiteral("全年共计支出1862.61万元，其中：基本支出623.09万元")), 1);
        QCOMPARE(body.count(QStringLiteral("现将有关情况汇报如下")), 1);
    }

    void fontsAreEmbedded()
    {
        const QString fonts = run(QStringLiteral("pdffonts"), {m_example});
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows) {
            const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 5 && columns[columns.size() - 5] == QLatin1String("yes"), qPrintable(row));
            QVERIFY2(!row.contains(QLatin1String("Noto")), qPrintable(row)); // the face that breaks the text layer
        }
    }

    void carriesTitleAuthorAndSubject()
    {
        QFile file(m_example);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QBuffer buffer;
        buffer.setData(file.readAll());
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QCOMPARE(pdf.pageCount(), m_examplePages);
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(), QStringLiteral("湘潭市行政审批服务局2023年度部门整体支出预算绩效自评报告"));
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Author).toString(), QStringLiteral("湘潭市行政审批服务局"));
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Subject).toString(), QStringLiteral("2023年度部门整体支出预算绩效自评"));
        // Qt Pdf (pdfium) reads the same text layer.
        QVERIFY(pdf.getAllText(0).text().contains(QStringLiteral("部门概况")));
        const QString info = run(QStringLiteral("pdfinfo"), {m_example});
        QVERIFY(info.contains(QStringLiteral("Author:          湘潭市行政审批服务局")));
    }

    // Charts are drawn as paths and text on the page, not pasted as pictures.
    void chartsAreVectors()
    {
        QFile file(m_example);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("/Subtype /Image"));
        const QString text = run(QStringLiteral("pdftotext"), {m_example, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("项目支出预算 1220.20万元"))); // a pie label, as text
        QVERIFY(text.contains(QStringLiteral("1873.84")));                 // a bar's value
        // Every slice of 图1 keeps its label: the small 上年结转 slice sits at the top of a
        // chart 62 mm high, and its label was once cut off above the chart.
        for (const char *label : {"基本支出预算 623.09万元", "项目支出预算 1220.20万元", "上年结转 30.55万元"})
            QVERIFY2(text.contains(QString::fromUtf8(label)), label);
    }

    void exampleIsNoDraft()
    {
        const QString text = run(QStringLiteral("pdftotext"), {m_example, QStringLiteral("-")});
        QVERIFY(!text.contains(QStringLiteral("草稿")));
        QFile file(m_example);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(QStringLiteral("草稿").toUtf8()));
        QVERIFY(!bytes.contains(QByteArray::fromHex("8349 7A3F"))); // UTF-16BE, as in Info strings
        QVERIFY(!bytes.toHex().toUpper().contains("83497A3F"));
        QVERIFY(!run(QStringLiteral("pdfinfo"), {m_example}).contains(QStringLiteral("草稿")));
    }

    void draftIsMarkedOnEveryPage()
    {
        for (int page = 1; page <= m_draftPages; ++page)
            QVERIFY2(pageText(m_draft, page).contains(QStringLiteral("草稿")), qPrintable(QString::number(page)));
        const QString last = bodyText(m_draft, m_draftPages);
        QVERIFY(last.contains(QStringLiteral("草稿说明")));
        QVERIFY(last.contains(QStringLiteral("1.【错误】资金结余不平衡")));
        QVERIFY(run(QStringLiteral("pdfinfo"), {m_draft}).contains(QStringLiteral("（草稿）")));
    }

    // The 附件说明 lists the appendices under the body, and the signature is never alone on
    // its page: the body's last paragraph, the 附件说明 and the signature print together.
    void appendixNoteKeepsWithTheSignature()
    {
        int page = 0;
        for (int p = 1; p <= m_examplePages && !page; ++p)
            page = pageText(m_example, p).contains(QStringLiteral("附件：1.2023年度部门整体支出绩效自评评分表")) ? p : 0;
        QVERIFY(page > 0);
        const QString text = pageText(m_example, page);
        QVERIFY2(text.contains(QStringLiteral("2.2023年度部门整体支出绩效指标计算表")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("湘潭市行政审批服务局")), qPrintable(text)); // the signature
        QVERIFY2(text.contains(QStringLiteral("不断提升预算管理水平。")), qPrintable(text)); // the body's last words
    }

    // No page ends with a heading whose text is on the next page.
    void noHeadingAtThePageFoot()
    {
        static const QRegularExpression heading(QStringLiteral(
            "^(([一二三四五六七八九十]+、)|(（[一二三四五六七八九十]+）)|(\\d+\\.\\S{1,12})|(（\\d+）.{1,16}：)|(图\\d .*)|(附件\\d))$"));
        static const QRegularExpression pageNumber(QStringLiteral("^— \\d+ —$"));
        for (const QString &pdf : {m_example, m_draft}) {
            const int pages = pdf == m_example ? m_examplePages : m_draftPages;
            for (int page = 1; page < pages; ++page) {
                QStringList lines = pageText(pdf, page).split(QLatin1Char('\n'));
                QString last;
                for (const QString &line : lines) {
                    const QString t = line.trimmed().remove(QChar(0x0C));
                    if (!t.isEmpty() && !pageNumber.match(t).hasMatch() && t != QLatin1String("草稿"))
                        last = t;
                }
                QVERIFY2(!heading.match(last).hasMatch(), qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(last)));
            }
        }
    }

    // The score table runs over a page: its header row is printed again.
    void tableHeaderRepeats()
    {
        int pagesWithHeader = 0;
        int pagesWithRows = 0;
        for (int page = 1; page <= m_examplePages; ++page) {
            const QString t = pageText(m_example, page);
            pagesWithHeader += t.contains(QStringLiteral("扣分原因")) ? 1 : 0;
            pagesWithRows += t.contains(QStringLiteral("需人工评分")) ? 1 : 0;
        }
        QVERIFY(pagesWithRows >= 2);
        QCOMPARE(pagesWithHeader, pagesWithRows);
    }

    void failedWriteLeavesNoFile()
    {
        // A file where a directory should be: no one, not even root, can write below it.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-directory"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString target = blocker + QStringLiteral("/report.pdf");
        const Report report = load(samplePath());
        const ReportPdfWriter::Result r = ReportPdfWriter::write(target, report, ReportEvaluation::of(report));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("report.pdf")));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("report")).size(), 0);
    }

    void existingFileIsReplacedWhole()
    {
        const QString target = m_dir.filePath(QStringLiteral("replace.pdf"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        const Report report = load(samplePath());
        QVERIFY(ReportPdfWriter::write(target, report, ReportEvaluation::of(report)).ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
};

QTEST_MAIN(TestReportPdfWriter)
#include "tst_reportpdfwriter.moc"
