#include "OfficePackage.h"
#include "ReportContentBuilder.h"
#include "ReportOdtWriter.h"
#include "ReportTestSupport.h"

#include <QImage>
#include <QSet>
#include <QTest>

using namespace ReportTestSupport;

// The .odt (issue 15) read back without the writer's code. Qt's ODF writer, used before,
// wrote no page at all (LibreOffice laid the report out on its default page in 11 pages):
// the page, the faces, the footers and the tables are checked here, and the text must be
// the PDF's block for block.
class TestReportOdtWriter : public QObject
{
    Q_OBJECT

    Report m_sample;
    ReportEvaluation m_evaluation;
    QByteArray m_bytes;
    QMap<QString, QByteArray> m_odt;

    static QByteArray render(const Report &report, const ReportEvaluation &evaluation, QString *notice = nullptr)
    {
        const ReportOdtWriter::Result r = ReportOdtWriter::render(report, evaluation);
        if (!r.ok())
            qFatal("odt: %s", qPrintable(r.error));
        if (notice)
            *notice = r.notice;
        return r.odt;
    }

    // The attributes of the first element `name` (inside the style `styleName` if given).
    static QXmlStreamAttributes first(const QByteArray &xml, const QString &name, const QString &styleName = QString())
    {
        QXmlStreamReader r(xml);
        bool inStyle = styleName.isEmpty();
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (!styleName.isEmpty() && r.qualifiedName() == QLatin1String("style:style"))
                inStyle = r.attributes().value(QLatin1String("style:name")) == styleName;
            else if (inStyle && r.qualifiedName() == name)
                return r.attributes();
        }
        return {};
    }

    static qreal millimetres(QStringView length)
    {
        if (length.endsWith(QLatin1String("mm")))
            return length.chopped(2).toDouble();
        if (length.endsWith(QLatin1String("pt")))
            return length.chopped(2).toDouble() / 72 * 25.4;
        if (length.endsWith(QLatin1String("cm")))
            return length.chopped(2).toDouble() * 10;
        if (length.endsWith(QLatin1String("in")))
            return length.chopped(2).toDouble() * 25.4;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = load(samplePath());
        m_evaluation = ReportEvaluation::of(m_sample);
        m_bytes = render(m_sample, m_evaluation);
        m_odt = ZipArchive::read(m_bytes);
        QVERIFY(!m_odt.isEmpty());
    }

    void isAnOpenDocumentPackage()
    {
        // The stored media type first, its text at byte 38 (ODF 1.3 part 2, §3.3).
        QCOMPARE(m_bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(m_bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        QCOMPARE(OfficePackage::malformedParts(m_odt), QStringList());
        const QStringList listed = OfficePackage::attributeValues(m_odt.value(QStringLiteral("META-INF/manifest.xml")),
                                                                  QStringLiteral("manifest:file-entry"), QStringLiteral("manifest:full-path"));
        for (auto it = m_odt.cbegin(); it != m_odt.cend(); ++it) {
            if (it.key() != QLatin1String("mimetype") && !it.key().startsWith(QLatin1String("META-INF/")))
                QVERIFY2(listed.contains(it.key()), qPrintable(it.key()));
        }
    }

    void pageIsA4WithTheOfficialMarginsAndGrid()
    {
        const QByteArray styles = m_odt.value(QStringLiteral("styles.xml"));
        const QXmlStreamAttributes page = first(styles, QStringLiteral("style:page-layout-properties"));
        QVERIFY(!page.isEmpty());
        const QList<std::pair<const char *, qreal>> expected{{"fo:page-width", 210}, {"fo:page-height", 297},
                                                             {"fo:margin-top", 37}, {"fo:margin-left", 28}, {"fo:margin-right", 26}};
        for (const auto &[name, mm] : expected)
            QVERIFY2(qAbs(millimetres(page.value(QLatin1String(name))) - mm) <= 0.5, name);
        // ODF puts the footer inside the bottom margin: margin and footer make 35 mm.
        const QXmlStreamAttributes footer = first(styles, QStringLiteral("style:header-footer-properties"));
        const qreal bottom = millimetres(page.value(QLatin1String("fo:margin-bottom"))) + millimetres(footer.value(QLatin1String("fo:min-height")));
        QVERIFY2(qAbs(bottom - 35) <= 0.5, qPrintable(QString::number(bottom)));
        QCOMPARE(page.value(QLatin1String("style:layout-grid-lines")).toInt(), 22);
        const qreal pitch = millimetres(page.value(QLatin1String("style:layout-grid-base-height")));
        QCOMPARE(int(225 / pitch), 22);
        QCOMPARE(int(156 / millimetres(page.value(QLatin1String("style:layout-grid-base-width")))), 28);
        // The body keeps to the grid by its exact line height and tracking.
        const QXmlStreamAttributes normal = first(styles, QStringLiteral("style:paragraph-properties"), QStringLiteral("Normal"));
        QCOMPARE(millimetres(normal.value(QLatin1String("fo:line-height"))), pitch);
        const QXmlStreamAttributes text = first(styles, QStringLiteral("style:text-properties"), QStringLiteral("Normal"));
        const qreal tracking = millimetres(text.value(QLatin1String("fo:letter-spacing"))) / 25.4 * 72;
        QCOMPARE(int(156 / 25.4 * 72 / (16 + tracking)), 28);
    }

    void facesByTheirOfficialNames_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("face");
        QTest::addColumn<QString>("size");
        QTest::newRow("body 仿宋 三号") << "Normal" << "仿宋_GB2312" << "16pt";
        QTest::newRow("一、 黑体") << "Heading1" << "黑体" << "16pt";
        QTest::newRow("（一） 楷体") << "Heading2" << "楷体_GB2312" << "16pt";
        QTest::newRow("title 小标宋 二号") << "Title" << "方正小标宋简体" << "22pt";
        QTest::newRow("page number 宋体 四号") << "PageNumber" << "宋体" << "14pt";
    }
    void facesByTheirOfficialNames()
    {
        QFETCH(QString, style);
        QFETCH(QString, face);
        QFETCH(QString, size);
        const QByteArray styles = m_odt.value(QStringLiteral("styles.xml"));
        const QXmlStreamAttributes text = first(styles, QStringLiteral("style:text-properties"), style);
        QCOMPARE(text.value(QLatin1String("style:font-name-asian")).toString(), face);
        QCOMPARE(text.value(QLatin1String("style:font-name")).toString(), face);
        QCOMPARE(text.value(QLatin1String("style:font-size-asian")).toString(), size);
        // The face is declared under that name, with the name the system knows it by.
        const QStringList faces = OfficePackage::attributeValues(styles, QStringLiteral("style:font-face"), QStringLiteral("style:name"));
        const QStringList families = OfficePackage::attributeValues(styles, QStringLiteral("style:font-face"), QStringLiteral("svg:font-family"));
        QCOMPARE(families.value(faces.indexOf(face)), QLatin1Char('\'') + face + QLatin1Char('\''));
    }

    void sameTextAsThePdfBlockForBlock()
    {
        QStringList expected;
        for (const ReportBlock &b : ReportContentBuilder(m_sample, m_evaluation).blocks()) {
            if (b.kind == ReportBlock::Kind::Table || b.kind == ReportBlock::Kind::PageBreak)
                continue;
            expected.append(b.lead + b.text);
        }
        QStringList actual;
        for (const OfficePackage::Paragraph &p : OfficePackage::paragraphs(m_odt.value(QStringLiteral("content.xml")), true)) {
            if (!p.inTable)
                actual.append(p.text);
        }
        QCOMPARE(actual, expected);
        QVERIFY(actual.join(QString()).contains(QStringLiteral("“三公经费”控制率=9.60/9.72*100%=98.77%")));
    }

    void headingsHaveOutlineLevels()
    {
        const QByteArray content = m_odt.value(QStringLiteral("content.xml"));
        const QStringList levels = OfficePackage::attributeValues(content, QStringLiteral("text:h"), QStringLiteral("text:outline-level"));
        QVERIFY(levels.contains(QStringLiteral("1")) && levels.contains(QStringLiteral("2")));
    }

    void tablesAreRealTables()
    {
        const QByteArray content = m_odt.value(QStringLiteral("content.xml"));
        QCOMPARE(content.count("<table:table "), 2);
        QCOMPARE(content.count("<table:table-header-rows>"), 2);
        QVERIFY(content.contains("table:number-rows-spanned=\""));
        QVERIFY(content.contains("table:number-columns-spanned=\"3\""));
        // The score table's columns add up to the type area, as the table has them.
        QXmlStreamReader r(content);
        QStringList widths;
        QString style;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (r.qualifiedName() == QLatin1String("style:style"))
                style = r.attributes().value(QLatin1String("style:name")).toString();
            else if (r.qualifiedName() == QLatin1String("style:table-column-properties") && style.startsWith(QLatin1String("Table1.")))
                widths.append(r.attributes().value(QLatin1String("style:column-width")).toString());
        }
        QCOMPARE(widths.size(), 6);
        qreal sum = 0;
        for (const QString &w : std::as_const(widths))
            sum += millimetres(w);
        QVERIFY(qAbs(sum - 156) < 0.05);
        QVERIFY(qAbs(millimetres(widths[5]) - 156 * 0.38) < 0.05);
        // Cells with their values, 合计 as a heading cell.
        const QList<OfficePackage::Paragraph> paragraphs = OfficePackage::paragraphs(content, true);
        QStringList cells;
        for (const OfficePackage::Paragraph &p : paragraphs) {
            if (p.inTable)
                cells.append(p.text);
        }
        QCOMPARE(cells.mid(0, 6), (QStringList{QStringLiteral("一级指标"), QStringLiteral("二级指标"), QStringLiteral("三级指标"),
                                        QStringLiteral("分值"), QStringLiteral("得分"), QStringLiteral("扣分原因")}));
        QVERIFY(cells.contains(QStringLiteral("合计")));
        QVERIFY(cells.contains(ScoreCard::pointsText(m_evaluation.score.totalCenti)));
    }

    void chartsArePicturesWithAlternativeText()
    {
        const QByteArray content = m_odt.value(QStringLiteral("content.xml"));
        const QStringList widths = OfficePackage::attributeValues(content, QStringLiteral("draw:frame"), QStringLiteral("svg:width"));
        const QStringList images = OfficePackage::attributeValues(content, QStringLiteral("draw:image"), QStringLiteral("xlink:href"));
        QCOMPARE(images.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QImage image = QImage::fromData(m_odt.value(images[i]), "png");
            QVERIFY(!image.isNull());
            QVERIFY(image.width() / (millimetres(widths[i]) / 25.4) >= 299.5);
        }
        const QList<OfficePackage::Paragraph> none; // svg:title and svg:desc are elements
        QXmlStreamReader r(content);
        QStringList titles, descriptions;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (r.qualifiedName() == QLatin1String("svg:title"))
                titles.append(r.readElementText());
            else if (r.qualifiedName() == QLatin1String("svg:desc"))
                descriptions.append(r.readElementText());
        }
        QCOMPARE(titles.value(0), QStringLiteral("图1 2023年度预算构成"));
        QCOMPARE(descriptions.size(), 3);
        QVERIFY(descriptions.value(2).contains(QStringLiteral("万元")));
    }

    void pageNumbersRightOnOddPagesLeftOnEven()
    {
        const QByteArray styles = m_odt.value(QStringLiteral("styles.xml"));
        QXmlStreamReader r(styles);
        QStringList footerStyles;
        bool inFooter = false;
        int fields = 0;
        while (!r.atEnd()) {
            r.readNext();
            const QStringView name = r.qualifiedName();
            if (name == QLatin1String("style:footer") || name == QLatin1String("style:footer-left"))
                inFooter = r.isStartElement();
            else if (inFooter && r.isStartElement() && name == QLatin1String("text:p"))
                footerStyles.append(r.attributes().value(QLatin1String("text:style-name")).toString());
            else if (inFooter && r.isStartElement() && name == QLatin1String("text:page-number"))
                ++fields;
        }
        QCOMPARE(fields, 2);
        QCOMPARE(footerStyles.size(), 2);
        QCOMPARE(first(styles, QStringLiteral("style:paragraph-properties"), footerStyles[0]).value(QLatin1String("fo:text-align")),
                 QLatin1String("end"));
        QCOMPARE(first(styles, QStringLiteral("style:paragraph-properties"), footerStyles[1]).value(QLatin1String("fo:text-align")),
                 QLatin1String("start"));
        QVERIFY(!styles.contains("<style:header>")); // not a draft
    }

    void everyStyleHasADisplayNameOfItsOwn()
    {
        // LibreOffice knows a style by its display name: two with one name became one, and
        // every page number stood on the left.
        const QByteArray styles = m_odt.value(QStringLiteral("styles.xml"));
        QXmlStreamReader r(styles);
        QSet<QString> seen;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement || r.qualifiedName() != QLatin1String("style:style"))
                continue;
            const QXmlStreamAttributes a = r.attributes();
            const QString name = a.value(QLatin1String("style:family")).toString() + QLatin1Char('/')
                                 + (a.hasAttribute(QLatin1String("style:display-name")) ? a.value(QLatin1String("style:display-name"))
                                                                                         : a.value(QLatin1String("style:name"))).toString();
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
        }
        QVERIFY(seen.size() > 10);
    }

    void documentProperties()
    {
        const QString meta = QString::fromUtf8(m_odt.value(QStringLiteral("meta.xml")));
        QVERIFY(meta.contains(QStringLiteral("<dc:title>湘潭市行政审批服务局2023年度部门整体支出预算绩效自评报告</dc:title>")));
        QVERIFY(meta.contains(QStringLiteral("<meta:initial-creator>湘潭市行政审批服务局</meta:initial-creator>")));
        QVERIFY(meta.contains(QStringLiteral("<dc:subject>2023年度部门整体支出预算绩效自评</dc:subject>")));
        QVERIFY(meta.contains(QStringLiteral("<meta:creation-date>")));
    }

    void draftHasItsMarkInEveryHeader()
    {
        const Report report = load(draftPath());
        const QMap<QString, QByteArray> odt = ZipArchive::read(render(report, ReportEvaluation::of(report)));
        QCOMPARE(OfficePackage::malformedParts(odt), QStringList());
        const QByteArray styles = odt.value(QStringLiteral("styles.xml"));
        QVERIFY(styles.contains("<style:header><text:p text:style-name=\"DraftMark\">草稿</text:p></style:header>"));
        QVERIFY(styles.contains("<style:header-left><text:p text:style-name=\"DraftMark\">草稿</text:p></style:header-left>"));
        const QList<OfficePackage::Paragraph> paragraphs = OfficePackage::paragraphs(odt.value(QStringLiteral("content.xml")), true);
        QVERIFY(paragraphs.last().text.contains(QStringLiteral("【")));
    }

    void spacesAndControlCharacters()
    {
        Report report = m_sample;
        report.preamble = QStringLiteral("两个空格  在中间，三个   在中间，再一个在末尾 \u0007，]]> & <b>");
        const ReportEvaluation evaluation = ReportEvaluation::of(report);
        QString expected;
        for (const ReportBlock &b : ReportContentBuilder(report, evaluation).blocks()) {
            if (b.text.startsWith(QStringLiteral("两个空格")))
                expected = b.text;
        }
        QVERIFY(expected.contains(QStringLiteral("   ")));
        expected.remove(QChar(0x7));
        QString notice;
        const QMap<QString, QByteArray> odt = ZipArchive::read(render(report, evaluation, &notice));
        QCOMPARE(OfficePackage::malformedParts(odt), QStringList());
        QVERIFY2(notice.contains(QLatin1String("U+0007")), qPrintable(notice));
        // ODF collapses spaces: the runs must come back as <text:s/>, every space kept.
        const QByteArray content = odt.value(QStringLiteral("content.xml"));
        QVERIFY(content.contains("<text:s text:c=\"2\"/>"));
        bool found = false;
        for (const OfficePackage::Paragraph &p : OfficePackage::paragraphs(content, true))
            found = found || p.text == expected;
        QVERIFY2(found, qPrintable(expected));
    }
};

QTEST_MAIN(TestReportOdtWriter)
#include "tst_reportodtwriter.moc"
