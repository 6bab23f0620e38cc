#include "ReportAppendix.h"
#include "ReportContentBuilder.h"
#include "ReportDocxWriter.h"
#include "ReportJsonReader.h"
#include "ReportOdtWriter.h"
#include "ReportPdfWriter.h"
#include "ReportTableGrid.h"
#include "SelfEvaluationForm.h"
#include "SelfEvaluationXlsx.h"
#include "ZipArchive.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// The self-evaluation table as a form (the grid the PDF appendix and the .xlsx are drawn
// from) and as a spreadsheet, on the worked example of self-evaluation-table.md. The .xlsx is
// read back as a zip of XML, so the test needs no office suite.
namespace {

Report tableExample()
{
    const ReportJsonReader::Result r = ReportJsonReader::readFile(QStringLiteral(JIXIAO_TEST_DATA "/reports/xiangtan-2023-table.json"));
    if (!r.ok())
        qFatal("%s", qPrintable(r.message()));
    return *r.report;
}

QString textAt(const SelfEvaluationForm &form, int row, int column)
{
    const SelfEvaluationForm::Cell *c = form.cellAt(row, column);
    return c ? c->text : QStringLiteral("<none>");
}

QString column(int index)
{
    return QString(QChar('A' + index));
}

// The elements `tag` of an XML text, each whole (start tag to end tag).
QStringList elements(const QString &xml, const QString &tag)
{
    QStringList out;
    const QRegularExpression re(QStringLiteral("<%1[ >].*?</%1>").arg(QRegularExpression::escape(tag)),
                                QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(xml); it.hasNext();)
        out.append(it.next().captured(0));
    return out;
}

// The text of each page of a PDF, as pdftotext reads it (poppler-utils).
QStringList pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).split(QChar(0x0C));
}


// The page's full-width rules, top to bottom: runs of pixel rows dark across the middle 60%
// of the page (a table's rule spans the type area; no line of text is that dark), each as
// its first row and its thickness in pixels.
QList<std::pair<int, int>> fullWidthRules(const QImage &page)
{
    QList<std::pair<int, int>> rules;
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    const int from = gray.width() / 5, to = gray.width() * 4 / 5;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        int dark = 0;
        for (int x = from; x < to; ++x)
            dark += line[x] < 128;
        if (dark < (to - from) * 97 / 100)
            continue;
        if (!rules.isEmpty() && rules.last().first + rules.last().second == y)
            ++rules.last().second;
        else
            rules.append({y, 1});
    }
    return rules;
}

} // namespace

class TestSelfEvaluationForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyPositionIsCoveredOnce()
    {
        Report r = tableExample();
        r.fundsBySource.carryover.full = Money::fromWan(30, 55);
        const SelfEvaluationForm form = SelfEvaluationForm::of(r, ReportEvaluation::of(r));
        for (int row = 0; row < form.rowCount; ++row) {
            for (int c = 0; c < SelfEvaluationForm::Columns; ++c) {
                int covering = 0;
                for (const SelfEvaluationForm::Cell &cell : form.cells)
                    covering += row >= cell.row && row < cell.row + cell.rowSpan && c >= cell.column
                                        && c < cell.column + cell.columnSpan ? 1 : 0;
                QVERIFY2(covering == 1, qPrintable(QStringLiteral("row %1 column %2: %3").arg(row).arg(c).arg(covering)));
            }
        }
    }

    void workedExampleGrid()
    {
        const Report r = tableExample();
        const SelfEvaluationForm form = SelfEvaluationForm::of(r, ReportEvaluation::of(r));
        QCOMPARE(form.title, QStringLiteral("2023年度部门整体支出绩效自评表"));
        QCOMPARE(textAt(form, 0, 2), QStringLiteral("湘潭市行政审批服务局"));
        // The execution block: header row 1, total row 2 (no 其中 rows in the example).
        QCOMPARE(textAt(form, 1, 0), QStringLiteral("预算执行情况"));
        QCOMPARE(textAt(form, 2, 0), QStringLiteral("预算执行情况")); // merged over both rows
        const QStringList execution = {textAt(form, 2, 3), textAt(form, 2, 4), textAt(form, 2, 5), textAt(form, 2, 6),
                                       textAt(form, 2, 7), textAt(form, 2, 8)};
        QCOMPARE(execution, (QStringList{QStringLiteral("1641.02"), QStringLiteral("1873.84"), QStringLiteral("1862.61"),
                                         QStringLiteral("10.00"), QStringLiteral("99.40%"), QStringLiteral("9.94")}));
        QCOMPARE(form.cellAt(2, 7)->numberText, QStringLiteral("0.994"));
        QVERIFY(form.cellAt(2, 7)->percent);
        // The goal texts.
        QCOMPARE(textAt(form, 4, 2), r.overallGoal.expected);
        QCOMPARE(textAt(form, 4, 6), r.overallGoal.achieved);
        // The indicator grid.
        QCOMPARE(form.indicatorHeaderRow, 5);
        QCOMPARE(textAt(form, 5, 8), QStringLiteral("偏差原因分析及改进措施"));
        QCOMPARE(textAt(form, 6, 0), QStringLiteral("产出指标"));
        QCOMPARE(form.cellAt(6, 0)->rowSpan, 5); // five 产出指标 rows
        QCOMPARE(form.cellAt(6, 1)->rowSpan, 2); // two 数量指标
        QCOMPARE(textAt(form, 6, 3), QStringLiteral("≥"));
        QCOMPARE(textAt(form, 6, 4), QStringLiteral("700项"));
        QCOMPARE(textAt(form, 6, 5), QStringLiteral("865项"));
        QCOMPARE(textAt(form, 10, 3), QStringLiteral("≤"));
        QCOMPARE(textAt(form, 10, 7), QStringLiteral("4.84"));
        QCOMPARE(textAt(form, 13, 3), QStringLiteral("定性"));
        QCOMPARE(textAt(form, 13, 4), QStringLiteral("平稳运行"));
        QCOMPARE(textAt(form, 13, 7), QStringLiteral("9.50"));
        QVERIFY(textAt(form, 13, 8).startsWith(QStringLiteral("（达成年度指标）部分部门")));
        // The total and grade, then the preparer's line.
        QCOMPARE(textAt(form, 16, 0), QStringLiteral("总分"));
        QCOMPARE(textAt(form, 16, 6), QStringLiteral("100.00"));
        QCOMPARE(textAt(form, 16, 7), QStringLiteral("99.13"));
        QCOMPARE(textAt(form, 16, 8), QStringLiteral("等级：优"));
        QVERIFY(textAt(form, 17, 0).startsWith(QStringLiteral("填报人：")));
        QCOMPARE(form.rowCount, 18);
    }

    void notesSayTheCeilingAndWhatIsPending()
    {
        Report r = tableExample();
        r.execution.spent.project = Money::fromWan(600); // 执行率 (623.09 + 600) ÷ 1873.84 = 65.27%
        r.targetIndicators[3].actual.reset();
        const ReportEvaluation e = ReportEvaluation::of(r);
        const SelfEvaluationForm form = SelfEvaluationForm::of(r, e);
        const QString note = textAt(form, form.rowCount - 2, 0);
        QVERIFY2(note.contains(QStringLiteral("低于70%，总分最高79分")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("1项绩效指标待评")), qPrintable(note));
        QCOMPARE(textAt(form, 9, 7), QStringLiteral("待评"));
    }

    void fundsBySourceRows()
    {
        Report r = tableExample();
        r.fundsBySource.appropriation = {Money::fromWan(1610, 47), Money::fromWan(1843, 29), Money::fromWan(1832, 6), {}};
        const SelfEvaluationForm form = SelfEvaluationForm::of(r, ReportEvaluation::of(r));
        QCOMPARE(form.cellAt(1, 0)->rowSpan, 5);
        QCOMPARE(textAt(form, 3, 2), QStringLiteral("其中：当年财政拨款"));
        QCOMPARE(textAt(form, 3, 5), QStringLiteral("1832.06"));
        QCOMPARE(textAt(form, 4, 2), QStringLiteral("上年结转资金"));
        QCOMPARE(textAt(form, 4, 3), QString()); // not given: empty
    }

    void xlsxLayoutAndNumbers()
    {
        const Report r = tableExample();
        const SelfEvaluationForm form = SelfEvaluationForm::of(r, ReportEvaluation::of(r));
        const QString path = m_dir.filePath(QStringLiteral("自评表.xlsx"));
        QString error;
        QVERIFY2(SelfEvaluationXlsx::write(path, form, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QMap<QString, QByteArray> zip = ZipArchive::read(f.readAll());
        const QString sheet = QString::fromUtf8(zip.value(QStringLiteral("xl/worksheets/sheet1.xml")));
        const QString strings = QString::fromUtf8(zip.value(QStringLiteral("xl/sharedStrings.xml")));
        const QString workbook = QString::fromUtf8(zip.value(QStringLiteral("xl/workbook.xml")));
        QVERIFY(strings.contains(QStringLiteral("2023年度部门整体支出绩效自评表")));
        QVERIFY(strings.contains(QStringLiteral("单位：万元")));
        QVERIFY(strings.contains(QStringLiteral("偏差原因分析及改进措施")));
        // Grid row 2 is sheet row 5 (title, unit, then the grid): numbers as numbers, exact.
        auto value = [&sheet](int gridRow, int col) {
            const QRegularExpression re(QStringLiteral("<c r=\"%1%2\"[^>]*(/>|>.*?</c>)").arg(column(col)).arg(gridRow + 3));
            const QString c = re.match(sheet).captured(0);
            if (c.contains(QStringLiteral(" t=\"")))
                return QStringLiteral("TEXT");
            static const QRegularExpression v(QStringLiteral("<v>([^<]*)</v>"));
            return v.match(c).captured(1);
        };
        QCOMPARE(value(2, 3), QStringLiteral("1641.02"));
        QCOMPARE(value(2, 4), QStringLiteral("1873.84"));
        QCOMPARE(value(2, 5), QStringLiteral("1862.61"));
        QCOMPARE(value(2, 7), QStringLiteral("0.994"));
        QCOMPARE(value(2, 8), QStringLiteral("9.94"));
        QCOMPARE(value(10, 7), QStringLiteral("4.84"));
        QCOMPARE(value(16, 7), QStringLiteral("99.13"));
        QCOMPARE(value(6, 4), QStringLiteral("TEXT")); // 700项
        // Merged cells, A4 portrait fitted to the width, the indicator header repeated.
        QVERIFY(sheet.contains(QStringLiteral("<mergeCell ref=\"A1:I1\"/>")));
        QVERIFY(sheet.contains(QStringLiteral("<mergeCell ref=\"A4:B5\"/>"))); // 预算执行情况
        QVERIFY(sheet.contains(QStringLiteral("<mergeCell ref=\"A9:A13\"/>"))); // 产出指标
        QVERIFY2(sheet.contains(QStringLiteral("paperSize=\"9\"")), qPrintable(sheet.right(600)));
        QVERIFY(sheet.contains(QStringLiteral("orientation=\"portrait\"")));
        QVERIFY(sheet.contains(QStringLiteral("fitToHeight=\"0\"")));
        QVERIFY2(workbook.contains(QStringLiteral("_xlnm.Print_Titles")) && workbook.contains(QStringLiteral("$8:$8")),
                 qPrintable(workbook));
        // Borders in the styles.
        QVERIFY(QString::fromUtf8(zip.value(QStringLiteral("xl/styles.xml"))).contains(QStringLiteral("<left style=\"thin\">")));
    }

    // The PDF, .docx and .odt carry the form as 附件3 through ReportTableGrid, with its merges:
    // two tables printed as one, split where the indicator grid's header row begins.
    void appendixCarriesTheForm()
    {
        const Report r = tableExample();
        const ReportEvaluation e = ReportEvaluation::of(r);
        const ReportBlocks blocks = ReportAppendix(r, e).blocks();
        // The appendices as the published report names them, each once, in order.
        QStringList labels;
        QStringList captions;
        qsizetype caption = -1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks[i].kind == ReportBlock::Kind::AppendixLabel)
                labels.append(blocks[i].text);
            if (blocks[i].kind == ReportBlock::Kind::Caption)
                captions.append(blocks[i].text);
            if (blocks[i].kind == ReportBlock::Kind::Caption && blocks[i].text == QStringLiteral("2023年度部门整体支出绩效自评表"))
                caption = i;
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("附件1"), QStringLiteral("附件2"), QStringLiteral("附件3")}));
        QCOMPARE(captions, (QStringList{QStringLiteral("2023年度部门整体支出绩效自评评分表"), QStringLiteral("2023年度部门整体支出绩效指标计算表"),
                                        QStringLiteral("2023年度部门整体支出绩效自评表")}));
        QVERIFY(caption > 0);
        QCOMPARE(blocks[caption - 1].text, QStringLiteral("附件3"));
        QCOMPARE(blocks[caption + 1].text, QStringLiteral("单位：万元"));
        QCOMPARE(blocks[caption + 1].kind, ReportBlock::Kind::UnitNote); // the table's size, not a signature
        QCOMPARE(blocks.size(), caption + 4);
        const ReportTable &first = blocks[caption + 2].table;
        const ReportTable &second = blocks[caption + 3].table;
        QVERIFY(first.joinsNext && !first.repeatHeader);
        QVERIFY(!second.joinsNext && second.repeatHeader);
        const ReportTableGrid top(first);
        QCOMPARE(top.rowCount(), 5); // department, execution (2 rows), goal (2 rows)
        QCOMPARE(top.columnCount(), 9);
        QCOMPARE(top.headerRows(), 0);
        QCOMPARE(top.cell(0, 0).text, QStringLiteral("部门（单位）名称"));
        QCOMPARE(top.cell(1, 0).text, QStringLiteral("预算执行情况"));
        QCOMPARE(top.cell(1, 0).rowSpan, 2);
        QCOMPARE(top.cell(1, 0).columnSpan, 2);
        QVERIFY(top.cell(2, 0).covered && top.cell(2, 0).continuesAbove);
        QVERIFY(top.cell(1, 0).heading);
        QCOMPARE(top.cell(2, 3).text, QStringLiteral("1641.02"));
        QVERIFY(top.cell(2, 3).align == ReportTableGrid::Align::Right);
        const ReportTableGrid grid(second);
        QCOMPARE(grid.rowCount(), 13);
        QCOMPARE(grid.headerRows(), 1);
        QCOMPARE(grid.cell(0, 0).text, QStringLiteral("一级指标"));
        QCOMPARE(grid.cell(0, 8).text, QStringLiteral("偏差原因分析及改进措施"));
        QCOMPARE(grid.cell(1, 0).rowSpan, 5);
        QCOMPARE(grid.cell(11, 7).text, QStringLiteral("99.13"));
        QCOMPARE(grid.cell(12, 0).columnSpan, 9);
        QCOMPARE(top.columnPercent(), grid.columnPercent());
        // The sample has no indicator rows and no overall goal: no 附件3.
        const Report sample = *ReportJsonReader::readFile(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json")).report;
        for (const ReportBlock &b : ReportAppendix(sample, ReportEvaluation::of(sample)).blocks())
            QVERIFY(b.text != QStringLiteral("附件3"));
    }

    // Under the body, before the signature, the 附件说明 lists the appendices by number and
    // name (GB/T 9704 7.3.3); the sample, without the standard table, has two.
    void appendixNoteListsTheAppendices()
    {
        const Report r = tableExample();
        const ReportEvaluation e = ReportEvaluation::of(r);
        const ReportBlocks blocks = ReportContentBuilder(r, e).blocks();
        qsizetype note = -1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks[i].kind == ReportBlock::Kind::AppendixNote)
                note = i;
        }
        QVERIFY(note > 0);
        QCOMPARE(blocks[note].text, QStringLiteral("附件：1.2023年度部门整体支出绩效自评评分表\n2.2023年度部门整体支出绩效指标计算表\n"
                                                   "3.2023年度部门整体支出绩效自评表"));
        QCOMPARE(blocks[note + 1].kind, ReportBlock::Kind::Signature);
        QVERIFY(blocks[note - 1].kind == ReportBlock::Kind::RunInParagraph); // the body's last: （三）进一步提高…
        const Report sample = *ReportJsonReader::readFile(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json")).report;
        QCOMPARE(ReportAppendix(sample, ReportEvaluation::of(sample)).note().text,
                 QStringLiteral("附件：1.2023年度部门整体支出绩效自评评分表\n2.2023年度部门整体支出绩效指标计算表"));
    }

    // A page the table runs onto begins with the indicator grid's header (一级指标 …), as a
    // printed form's does, not with the form's first row (部门（单位）名称/年度).
    void pdfRepeatsTheGridHeader()
    {
        const Report r = tableExample();
        const ReportPdfWriter::Result pdf = ReportPdfWriter::render(r, ReportEvaluation::of(r));
        QVERIFY2(pdf.ok(), qPrintable(pdf.error));
        const QString path = m_dir.filePath(QStringLiteral("table.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf.pdf);
        f.close();
        const QStringList pages = pdfPages(path);
        qsizetype appendix = -1;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (pages[p].contains(QStringLiteral("附件3")))
                appendix = p;
        }
        QVERIFY(appendix >= 0);
        QVERIFY2(appendix + 1 < pages.size() && pages[appendix + 1].contains(QStringLiteral("总分")),
                 "the example's table should run onto a second page");
        const QString next = pages[appendix + 1].simplified().remove(QLatin1Char(' '));
        QVERIFY2(next.startsWith(QStringLiteral("一级")), qPrintable(next.left(80)));
        QVERIFY2(next.contains(QStringLiteral("偏差原因")), qPrintable(next.left(200)));
        QVERIFY2(!next.contains(QStringLiteral("名称")), qPrintable(next.left(80)));
    }

    // The form prints as two tables joined without space (the grid's header repeats on the
    // next page); the join showed as two rules 2.5 pt apart, a double line across the form.
    void pdfJoinIsOneRule()
    {
        const Report r = tableExample();
        const ReportPdfWriter::Result pdf = ReportPdfWriter::render(r, ReportEvaluation::of(r));
        QVERIFY2(pdf.ok(), qPrintable(pdf.error));
        const QString path = m_dir.filePath(QStringLiteral("join.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf.pdf);
        f.close();
        const QStringList pages = pdfPages(path);
        int appendix = -1;
        for (int p = 0; p < pages.size(); ++p) {
            if (pages[p].contains(QStringLiteral("附件3")))
                appendix = p + 1;
        }
        QVERIFY(appendix > 0);
        const QString image = m_dir.filePath(QStringLiteral("join"));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-f"),
                                                  QString::number(appendix), QStringLiteral("-l"),
                                                  QString::number(appendix), QStringLiteral("-png"),
                                                  QStringLiteral("-singlefile"), path, image});
        QVERIFY(render.waitForFinished(60000) && render.exitCode() == 0);
        const QList<std::pair<int, int>> rules = fullWidthRules(QImage(image + QStringLiteral(".png")));
        QVERIFY2(rules.size() >= 3, "the form's top, the join and the grid's header should rule the page");
        for (qsizetype i = 1; i < rules.size(); ++i) {
            const int gap = rules[i].first - (rules[i - 1].first + rules[i - 1].second);
            QVERIFY2(gap > 10, qPrintable(QStringLiteral("two rules %1 px apart at y=%2").arg(gap).arg(rules[i].first)));
        }
        for (const auto &rule : rules)
            QVERIFY2(rule.second <= 3, qPrintable(QStringLiteral("a rule %1 px thick at y=%2").arg(rule.second).arg(rule.first)));
    }

    // Word repeats only a table's first rows (w:tblHeader), LibreOffice the rows of
    // table:table-header-rows: the grid's header row, first in a table of its own.
    void docxAndOdtRepeatTheGridHeader()
    {
        const Report r = tableExample();
        const ReportEvaluation e = ReportEvaluation::of(r);
        const ReportDocxWriter::Result docx = ReportDocxWriter::render(r, e);
        QVERIFY2(docx.ok(), qPrintable(docx.error));
        const QString document = QString::fromUtf8(ZipArchive::read(docx.docx).value(QStringLiteral("word/document.xml")));
        const QStringList tables = elements(document, QStringLiteral("w:tbl"));
        QStringList repeated; // the first cell of each repeated row
        bool gridFound = false;
        for (const QString &table : tables) {
            const QStringList rows = elements(table, QStringLiteral("w:tr"));
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (!rows[i].contains(QStringLiteral("<w:tblHeader/>")))
                    continue;
                QVERIFY2(i == 0, "Word repeats only rows at the top of a table");
                repeated.append(QRegularExpression(QStringLiteral("<w:t[^>]*>([^<]*)</w:t>")).match(rows[i]).captured(1));
            }
            gridFound = gridFound || (table.contains(QStringLiteral("偏差原因分析及改进措施")) && !table.contains(QStringLiteral("部门（单位）名称")));
        }
        QVERIFY(gridFound);
        // 绩效目标表, 附件1, 附件2, and of 附件3 the grid only.
        QCOMPARE(repeated, (QStringList{QStringLiteral("一级指标"), QStringLiteral("一级指标"), QStringLiteral("指标"),
                                        QStringLiteral("一级指标")}));
        QCOMPARE(tables.size(), 5);
        // Between the two parts a paragraph, or Word would join them into one table again.
        QVERIFY(!document.contains(QStringLiteral("</w:tbl><w:tbl>")));

        const ReportOdtWriter::Result odt = ReportOdtWriter::render(r, e);
        QVERIFY2(odt.ok(), qPrintable(odt.error));
        const QString content = QString::fromUtf8(ZipArchive::read(odt.odt).value(QStringLiteral("content.xml")));
        const QStringList headers = elements(content, QStringLiteral("table:table-header-rows"));
        QCOMPARE(headers.size(), 4);
        QVERIFY2(headers[3].contains(QStringLiteral("一级指标")) && headers[3].contains(QStringLiteral("偏差原因分析及改进措施")),
                 qPrintable(headers[3]));
        for (const QString &h : headers)
            QVERIFY2(!h.contains(QStringLiteral("部门（单位）名称")), qPrintable(h));
    }

    // The .xlsx was made 0600 (a temporary file renamed), unreadable by colleagues on a shared
    // folder, while the PDF and .docx follow the umask. A new file follows the umask; a file it
    // replaces keeps its permissions.
    void xlsxPermissionsLikeOtherExports()
    {
        const Report r = tableExample();
        const SelfEvaluationForm form = SelfEvaluationForm::of(r, ReportEvaluation::of(r));
        const mode_t saved = ::umask(022);
        const QString path = m_dir.filePath(QStringLiteral("shared.xlsx"));
        QString error;
        const bool written = SelfEvaluationXlsx::write(path, form, &error);
        ::umask(saved);
        QVERIFY2(written, qPrintable(error));
        QFile::Permissions p = QFile::permissions(path);
        QVERIFY(p & QFile::ReadGroup);
        QVERIFY(p & QFile::ReadOther);
        QVERIFY(!(p & QFile::WriteOther));

        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        QVERIFY2(SelfEvaluationXlsx::write(path, form, &error), qPrintable(error));
        p = QFile::permissions(path);
        QVERIFY(p & QFile::ReadGroup);
        QVERIFY(!(p & QFile::ReadOther));
    }

    // A draft says so where a spreadsheet can: the title row, and the header of every printed page.
    void xlsxDraftIsMarked()
    {
        const Report r = tableExample();
        SelfEvaluationForm form = SelfEvaluationForm::of(r, ReportEvaluation::of(r));
        for (const bool draft : {false, true}) {
            form.draft = draft;
            const QString path = m_dir.filePath(QStringLiteral("draft-%1.xlsx").arg(draft));
            QString error;
            QVERIFY2(SelfEvaluationXlsx::write(path, form, &error), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QMap<QString, QByteArray> zip = ZipArchive::read(f.readAll());
            const QString sheet = QString::fromUtf8(zip.value(QStringLiteral("xl/worksheets/sheet1.xml")));
            const QString strings = QString::fromUtf8(zip.value(QStringLiteral("xl/sharedStrings.xml")));
            QCOMPARE(strings.contains(QStringLiteral("2023年度部门整体支出绩效自评表（草稿）")), draft);
            const QString header = QRegularExpression(QStringLiteral("<oddHeader>(.*?)</oddHeader>")).match(sheet).captured(1);
            QCOMPARE(header.contains(QStringLiteral("草稿")), draft);
            QVERIFY(sheet.contains(QStringLiteral("<oddFooter>")));
        }
    }

    void xlsxFailureLeavesNoFile()
    {
        const Report r = tableExample();
        const SelfEvaluationForm form = SelfEvaluationForm::of(r, ReportEvaluation::of(r));
        QString error;
        QVERIFY(!SelfEvaluationXlsx::write(m_dir.filePath(QStringLiteral("no-such-dir/t.xlsx")), form, &error));
        QVERIFY(error.contains(QStringLiteral("no-such-dir")));
    }
};

QTEST_MAIN(TestSelfEvaluationForm)
#include "tst_selfevaluationform.moc"
