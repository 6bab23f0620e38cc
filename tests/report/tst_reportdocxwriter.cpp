#include "OfficePackage.h"
#include "ReportContentBuilder.h"
#include "ReportDocxWriter.h"
#include "ReportTestSupport.h"

#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace ReportTestSupport;

// The .docx (issue 15) read back without the writer's code: its zip members, its XML (the
// page, the grid, the faces, the footers, the properties) and its text, which must be the
// PDF's text block for block (both are made from ReportContentBuilder).
class TestReportDocxWriter : public QObject
{
    Q_OBJECT

    Report m_sample;
    ReportEvaluation m_evaluation;
    QMap<QString, QByteArray> m_docx;

    static QMap<QString, QByteArray> render(const Report &report, const ReportEvaluation &evaluation, QString *notice = nullptr)
    {
        const ReportDocxWriter::Result r = ReportDocxWriter::render(report, evaluation);
        if (!r.ok())
            qFatal("docx: %s", qPrintable(r.error));
        if (notice)
            *notice = r.notice;
        return ZipArchive::read(r.docx);
    }

    // The attributes of the first element `name` inside the style `styleId`.
    static QXmlStreamAttributes styleElement(const QByteArray &styles, const QString &styleId, const QString &name)
    {
        QXmlStreamReader r(styles);
        bool inStyle = false;
        while (!r.atEnd()) {
            const QXmlStreamReader::TokenType t = r.readNext();
            if (t == QXmlStreamReader::StartElement && r.qualifiedName() == QLatin1String("w:style"))
                inStyle = r.attributes().value(QLatin1String("w:styleId")) == styleId;
            else if (t == QXmlStreamReader::StartElement && inStyle && r.qualifiedName() == name)
                return r.attributes();
        }
        return {};
    }

    static qreal twipsToMm(const QString &twips) { return twips.toDouble() / 20 / 72 * 25.4; }

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = load(samplePath());
        m_evaluation = ReportEvaluation::of(m_sample);
        QCOMPARE(m_evaluation.errorCount(), 0);
        m_docx = render(m_sample, m_evaluation);
        QVERIFY(!m_docx.isEmpty());
    }

    void isAWellFormedPackage()
    {
        for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                                 "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
                                 "word/footer2.xml", "docProps/core.xml", "docProps/app.xml"})
            QVERIFY2(m_docx.contains(QLatin1String(part)), part);
        QCOMPARE(OfficePackage::malformedParts(m_docx), QStringList());
        // Every relationship's target is in the package.
        const QStringList targets = OfficePackage::attributeValues(m_docx.value(QStringLiteral("word/_rels/document.xml.rels")),
                                                                   QStringLiteral("Relationship"), QStringLiteral("Target"));
        for (const QString &t : targets)
            QVERIFY2(m_docx.contains(QStringLiteral("word/") + t), qPrintable(t));
    }

    void pageIsA4WithTheOfficialMargins()
    {
        const QByteArray doc = m_docx.value(QStringLiteral("word/document.xml"));
        QStringList w = OfficePackage::attributeValues(doc, QStringLiteral("w:pgSz"), QStringLiteral("w:w"));
        QStringList h = OfficePackage::attributeValues(doc, QStringLiteral("w:pgSz"), QStringLiteral("w:h"));
        QCOMPARE(w.size(), 1);
        QVERIFY(qAbs(twipsToMm(w[0]) - 210) <= 0.5);
        QVERIFY(qAbs(twipsToMm(h[0]) - 297) <= 0.5);
        const QList<std::pair<const char *, qreal>> margins{{"w:top", 37}, {"w:bottom", 35}, {"w:left", 28}, {"w:right", 26}};
        for (const auto &[side, mm] : margins) {
            const QStringList v = OfficePackage::attributeValues(doc, QStringLiteral("w:pgMar"), QLatin1String(side));
            QCOMPARE(v.size(), 1);
            QVERIFY2(qAbs(twipsToMm(v[0]) - mm) <= 0.5, side);
        }
    }

    void gridOf22LinesAnd28Characters()
    {
        const QByteArray doc = m_docx.value(QStringLiteral("word/document.xml"));
        QCOMPARE(OfficePackage::attributeValues(doc, QStringLiteral("w:docGrid"), QStringLiteral("w:type")),
                 QStringList{QStringLiteral("linesAndChars")});
        const int pitch = OfficePackage::attributeValues(doc, QStringLiteral("w:docGrid"), QStringLiteral("w:linePitch")).value(0).toInt();
        const int charSpace = OfficePackage::attributeValues(doc, QStringLiteral("w:docGrid"), QStringLiteral("w:charSpace")).value(0).toInt();
        const qreal typeHeightTwips = 225 / 25.4 * 72 * 20, typeWidthPt = 156 / 25.4 * 72;
        QCOMPARE(int(typeHeightTwips / pitch), 22);
        // Word's character pitch: the body's 3号 plus charSpace/4096 pt.
        const qreal charPitch = 16 + charSpace / 4096.0;
        QCOMPARE(int(typeWidthPt / charPitch), 28);
        // The paragraphs keep to the grid by their exact line pitch and tracking.
        const QByteArray styles = m_docx.value(QStringLiteral("word/styles.xml"));
        const QXmlStreamAttributes spacing = styleElement(styles, QStringLiteral("Normal"), QStringLiteral("w:spacing"));
        QCOMPARE(spacing.value(QLatin1String("w:lineRule")), QLatin1String("exact"));
        QCOMPARE(spacing.value(QLatin1String("w:line")).toInt(), pitch);
        QStringList trackings = OfficePackage::attributeValues(styles, QStringLiteral("w:spacing"), QStringLiteral("w:val"));
        trackings.removeAll(QString()); // the paragraphs' spacing has no w:val
        const int tracking = trackings.value(0).toInt();
        QVERIFY(tracking < 0);
        QCOMPARE(int(typeWidthPt / (16 + tracking / 20.0)), 28);
    }

    void facesByTheirOfficialNames_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("face");
        QTest::addColumn<int>("halfPoints");
        QTest::newRow("body 仿宋 三号") << "Normal" << "仿宋_GB2312" << 32;
        QTest::newRow("一、 黑体") << "Heading1" << "黑体" << 32;
        QTest::newRow("（一） 楷体") << "Heading2" << "楷体_GB2312" << 32;
        QTest::newRow("title 小标宋 二号") << "Title" << "方正小标宋简体" << 44;
        QTest::newRow("page number 宋体 四号") << "PageNumber" << "宋体" << 28;
        QTest::newRow("run-in heading 楷体") << "RunInHeading" << "楷体_GB2312" << 0;
    }
    void facesByTheirOfficialNames()
    {
        QFETCH(QString, style);
        QFETCH(QString, face);
        QFETCH(int, halfPoints);
        const QByteArray styles = m_docx.value(QStringLiteral("word/styles.xml"));
        const QXmlStreamAttributes fonts = styleElement(styles, style, QStringLiteral("w:rFonts"));
        QCOMPARE(fonts.value(QLatin1String("w:eastAsia")).toString(), face);
        QCOMPARE(fonts.value(QLatin1String("w:ascii")).toString(), face);
        if (halfPoints)
            QCOMPARE(styleElement(styles, style, QStringLiteral("w:sz")).value(QLatin1String("w:val")).toInt(), halfPoints);
    }

    void fontTableNamesTheAlternatives()
    {
        const QByteArray fonts = m_docx.value(QStringLiteral("word/fontTable.xml"));
        const QStringList names = OfficePackage::attributeValues(fonts, QStringLiteral("w:font"), QStringLiteral("w:name"));
        const QStringList alternatives = OfficePackage::attributeValues(fonts, QStringLiteral("w:altName"), QStringLiteral("w:val"));
        QCOMPARE(names.size(), alternatives.size());
        QCOMPARE(alternatives.value(names.indexOf(QStringLiteral("仿宋_GB2312"))), QStringLiteral("仿宋"));
        QCOMPARE(alternatives.value(names.indexOf(QStringLiteral("楷体_GB2312"))), QStringLiteral("楷体"));
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
        for (const OfficePackage::Paragraph &p : OfficePackage::paragraphs(m_docx.value(QStringLiteral("word/document.xml")), false)) {
            if (!p.inTable)
                actual.append(p.text);
        }
        if (actual.size() == expected.size() + 1 && actual.last().isEmpty())
            actual.removeLast(); // the paragraph Word requires after a closing table
        QCOMPARE(actual, expected);
        QVERIFY(actual.join(QString()).contains(QStringLiteral("“三公经费”控制率=9.60/9.72*100%=98.77%")));
    }

    void scoreTableIsARealTable()
    {
        const QByteArray doc = m_docx.value(QStringLiteral("word/document.xml"));
        QXmlStreamReader r(doc);
        // The tables' rows as text, cell by cell.
        QList<QList<QStringList>> tables;
        QList<QList<int>> grids;
        QString cell;
        int depth = 0;
        while (!r.atEnd()) {
            r.readNext();
            const QStringView name = r.qualifiedName();
            if (r.isStartElement() && name == QLatin1String("w:tbl")) {
                tables.append(QList<QStringList>());
                grids.append(QList<int>());
            } else if (r.isStartElement() && name == QLatin1String("w:gridCol")) {
                grids.last().append(r.attributes().value(QLatin1String("w:w")).toInt());
            } else if (r.isStartElement() && name == QLatin1String("w:tr")) {
                tables.last().append(QStringList());
            } else if (r.isStartElement() && name == QLatin1String("w:tc")) {
                cell.clear();
                ++depth;
            } else if (r.isEndElement() && name == QLatin1String("w:tc")) {
                tables.last().last().append(cell);
                --depth;
            } else if (r.isCharacters() && depth > 0) {
                cell += r.text();
            }
        }
        QCOMPARE(tables.size(), 2); // the score table and the indicator table (the sample has no target table)
        const QList<QStringList> &score = tables[0];
        QCOMPARE(score[0], (QStringList{QStringLiteral("一级指标"), QStringLiteral("二级指标"), QStringLiteral("三级指标"),
                                        QStringLiteral("分值"), QStringLiteral("得分"), QStringLiteral("扣分原因")}));
        // The column widths are the table's, in twips that add up to the 156 mm type area.
        int sum = 0;
        for (const int w : std::as_const(grids[0]))
            sum += w;
        QCOMPARE(sum, qRound(156 / 25.4 * 72 * 20));
        QCOMPARE(grids[0].size(), 6);
        QVERIFY(qAbs(grids[0][5] - sum * 38 / 100) <= 1);
        // The values, and the total row with 合计 over the three name columns.
        const ScoreCard &card = m_evaluation.score;
        QCOMPARE(score.last().value(0), QStringLiteral("合计"));
        QCOMPARE(score.last().size(), 4);
        QCOMPARE(score.last().value(2), ScoreCard::pointsText(card.totalCenti));
        QCOMPARE(score.size(), 1 + card.items.size() + 1);
        QCOMPARE(score[1].value(2), card.items.first().name);
        QCOMPARE(score[1].value(3), ScoreCard::pointsText(card.items.first().weightCenti));
        // The header row repeats on every page, and 一级/二级指标 are merged down.
        QCOMPARE(doc.count("<w:tblHeader/>"), 2);
        QVERIFY(doc.contains("<w:vMerge w:val=\"restart\"/>"));
        QVERIFY(doc.contains("<w:vMerge/>"));
        QVERIFY(doc.contains("<w:gridSpan w:val=\"3\"/>"));
    }

    void chartsArePicturesAtPrintResolution()
    {
        const QByteArray doc = m_docx.value(QStringLiteral("word/document.xml"));
        const QStringList cx = OfficePackage::attributeValues(doc, QStringLiteral("wp:extent"), QStringLiteral("cx"));
        const QStringList titles = OfficePackage::attributeValues(doc, QStringLiteral("wp:docPr"), QStringLiteral("title"));
        const QStringList descriptions = OfficePackage::attributeValues(doc, QStringLiteral("wp:docPr"), QStringLiteral("descr"));
        QCOMPARE(cx.size(), 3);
        QCOMPARE(titles.value(0), QStringLiteral("图1 2023年度预算构成"));
        for (int i = 0; i < 3; ++i) {
            const QImage image = QImage::fromData(m_docx.value(QStringLiteral("word/media/chart%1.png").arg(i + 1)), "png");
            QVERIFY(!image.isNull());
            const qreal widthInches = cx[i].toDouble() / 914400;
            QVERIFY2(image.width() / widthInches >= 299.5, qPrintable(QString::number(image.width() / widthInches)));
            QVERIFY(widthInches * 25.4 <= 156); // within the type area
            QVERIFY(descriptions[i].startsWith(titles[i]));
            QVERIFY2(descriptions[i].contains(QStringLiteral("万元")), qPrintable(descriptions[i]));
        }
    }

    void pageNumbersArePageFieldsInOddAndEvenFooters()
    {
        QVERIFY(m_docx.value(QStringLiteral("word/settings.xml")).contains("<w:evenAndOddHeaders/>"));
        const QByteArray doc = m_docx.value(QStringLiteral("word/document.xml"));
        QCOMPARE(OfficePackage::attributeValues(doc, QStringLiteral("w:footerReference"), QStringLiteral("w:type")),
                 (QStringList{QStringLiteral("default"), QStringLiteral("even")}));
        for (const auto &[part, side] : {std::pair{"word/footer1.xml", "right"}, std::pair{"word/footer2.xml", "left"}}) {
            const QByteArray footer = m_docx.value(QLatin1String(part));
            QCOMPARE(OfficePackage::attributeValues(footer, QStringLiteral("w:instrText"), QStringLiteral("x")).size(), 1);
            QVERIFY(footer.contains("> PAGE </w:instrText>"));
            QCOMPARE(OfficePackage::attributeValues(footer, QStringLiteral("w:jc"), QStringLiteral("w:val")), QStringList{QLatin1String(side)});
            const QString text = OfficePackage::paragraphs(footer, false).value(0).text;
            QVERIFY2(text.startsWith(QStringLiteral("— ")) && text.endsWith(QStringLiteral(" —")), qPrintable(text));
        }
        // Not a draft: no header.
        QVERIFY(!doc.contains("w:headerReference"));
    }

    void documentProperties()
    {
        const QByteArray core = m_docx.value(QStringLiteral("docProps/core.xml"));
        const QString text = QString::fromUtf8(core);
        QVERIFY(text.contains(QStringLiteral("<dc:title>湘潭市行政审批服务局2023年度部门整体支出预算绩效自评报告</dc:title>")));
        QVERIFY(text.contains(QStringLiteral("<dc:creator>湘潭市行政审批服务局</dc:creator>")));
        QVERIFY(text.contains(QStringLiteral("<dc:subject>2023年度部门整体支出预算绩效自评</dc:subject>")));
        const QRegularExpression created(QStringLiteral("<dcterms:created xsi:type=\"dcterms:W3CDTF\">(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)<"));
        const QRegularExpressionMatch m = created.match(text);
        QVERIFY2(m.hasMatch(), core.constData());
        QVERIFY(qAbs(QDateTime::fromString(m.captured(1), Qt::ISODate).secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }

    void draftHasItsMarkInEveryHeaderAndTheFindingsAtTheEnd()
    {
        const Report report = load(draftPath());
        const ReportEvaluation evaluation = ReportEvaluation::of(report);
        QVERIFY(evaluation.errorCount() > 0);
        const QMap<QString, QByteArray> docx = render(report, evaluation);
        QCOMPARE(OfficePackage::malformedParts(docx), QStringList());
        const QByteArray doc = docx.value(QStringLiteral("word/document.xml"));
        QCOMPARE(OfficePackage::attributeValues(doc, QStringLiteral("w:headerReference"), QStringLiteral("w:type")),
                 (QStringList{QStringLiteral("default"), QStringLiteral("even")}));
        for (const char *part : {"word/header1.xml", "word/header2.xml"})
            QCOMPARE(OfficePackage::paragraphs(docx.value(QLatin1String(part)), false).value(0).text, QStringLiteral("草稿"));
        const QList<OfficePackage::Paragraph> paragraphs = OfficePackage::paragraphs(doc, false);
        int notice = -1;
        for (int i = 0; i < paragraphs.size(); ++i) {
            if (paragraphs[i].text == QStringLiteral("草稿说明"))
                notice = i;
        }
        QVERIFY(notice > 0);
        QCOMPARE(paragraphs.last().style, QStringLiteral("DraftNotice"));
        QVERIFY(paragraphs.last().text.contains(QStringLiteral("【")));
        QVERIFY(QString::fromUtf8(docx.value(QStringLiteral("docProps/core.xml"))).contains(QStringLiteral("（草稿）")));
    }

    void controlCharactersAreDroppedAndSaid()
    {
        Report report = m_sample;
        report.preamble = QStringLiteral("前言\u0001有\u001B控制字符\uFFFF和 ]]> & <b>");
        QString notice;
        const QMap<QString, QByteArray> docx = render(report, ReportEvaluation::of(report), &notice);
        QCOMPARE(OfficePackage::malformedParts(docx), QStringList());
        QVERIFY2(notice.contains(QLatin1String("U+0001")) && notice.contains(QLatin1String("U+001B"))
                     && notice.contains(QLatin1String("U+FFFF")), qPrintable(notice));
        QVERIFY(notice.contains(QLatin1Char('3')));
        bool found = false;
        for (const OfficePackage::Paragraph &p : OfficePackage::paragraphs(docx.value(QStringLiteral("word/document.xml")), false))
            found = found || p.text == QStringLiteral("前言有控制字符和 ]]> & <b>");
        QVERIFY(found);
    }
};

QTEST_MAIN(TestReportDocxWriter)
#include "tst_reportdocxwriter.moc"
