#include "PageFlowModel.h"
#include "ReportContentBuilder.h"
#include "ReportDocumentBuilder.h"
#include "ReportPaginator.h"
#include "ReportTestSupport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTest>

using namespace ReportTestSupport;
using Kind = ReportBlock::Kind;

// No heading alone at the foot of a page: the 22-line grid makes it easy to put one there.
class TestReportPaginator : public QObject
{
    Q_OBJECT

    Report m_report = load(samplePath());
    ReportEvaluation m_evaluation = ReportEvaluation::of(m_report);

    static int pageOf(QTextDocument *doc, const QString &text)
    {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text() == text) {
                const qreal y = doc->documentLayout()->blockBoundingRect(b).top() + b.layout()->lineAt(0).y();
                return int((y + 2) / doc->pageSize().height());
            }
        }
        return -1;
    }

    // `lines` one-line paragraphs, then the given blocks.
    static ReportBlocks page(int lines, const QList<ReportBlock> &then)
    {
        ReportBlocks blocks;
        for (int i = 0; i < lines; ++i)
            blocks.append(ReportBlock::of(Kind::Paragraph, QStringLiteral("第%1行").arg(i + 1)));
        return blocks + then;
    }

    std::unique_ptr<QTextDocument> layOut(const ReportBlocks &blocks, QPdfWriter *writer)
    {
        return ReportDocumentBuilder(ReportFonts::installed()).build(blocks, m_report, m_evaluation, writer);
    }

private Q_SLOTS:
    void layoutHas22LinesAPage()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const auto doc = layOut(page(23, {}), &writer);
        doc->documentLayout()->documentSize();
        QCOMPARE(pageOf(doc.get(), QStringLiteral("第22行")), 0);
        QCOMPARE(pageOf(doc.get(), QStringLiteral("第23行")), 1);
    }

    void movesAHeadingOnTheLastLine()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const auto doc = layOut(page(21, {ReportBlock::of(Kind::Heading2, QStringLiteral("（一）标题")),
                                          ReportBlock::of(Kind::Paragraph, QStringLiteral("正文"))}), &writer);
        doc->documentLayout()->documentSize();
        QCOMPARE(pageOf(doc.get(), QStringLiteral("（一）标题")), 0); // alone at the foot
        QCOMPARE(ReportPaginator::keepHeadingsWithNext(doc.get()), 1);
        QCOMPARE(pageOf(doc.get(), QStringLiteral("（一）标题")), 1);
        QCOMPARE(pageOf(doc.get(), QStringLiteral("正文")), 1);
        QCOMPARE(pageOf(doc.get(), QStringLiteral("第21行")), 0);
    }

    void movesARunOfHeadingsTogether()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const auto doc = layOut(page(20, {ReportBlock::of(Kind::Heading1, QStringLiteral("二、标题")),
                                          ReportBlock::of(Kind::Heading2, QStringLiteral("（一）标题")),
                                          ReportBlock::of(Kind::Paragraph, QStringLiteral("正文"))}), &writer);
        QCOMPARE(ReportPaginator::keepHeadingsWithNext(doc.get()), 1);
        QCOMPARE(pageOf(doc.get(), QStringLiteral("二、标题")), 1);
        QCOMPARE(pageOf(doc.get(), QStringLiteral("（一）标题")), 1);
    }

    // The model that decides the breaks without relayouts agrees with Qt's layout on the
    // whole reports, and predicts what Qt does with a break it adds.
    void modelMatchesQtsLayout_data()
    {
        QTest::addColumn<QString>("report");
        QTest::newRow("example") << samplePath();
        QTest::newRow("draft") << draftPath();
    }
    void modelMatchesQtsLayout()
    {
        QFETCH(QString, report);
        const Report r = load(report);
        const ReportEvaluation e = ReportEvaluation::of(r);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const auto doc = ReportDocumentBuilder(ReportFonts::installed())
                             .build(ReportContentBuilder(r, e).blocks(), r, e, &writer);
        doc->documentLayout()->documentSize();
        PageFlowModel model(doc.get());
        QVERIFY(model.count() > 50);
        QVERIFY(model.matchesLayout());

        const int i = model.count() / 2; // a break in the middle, as the model sees it…
        model.flow({i});
        const int last = model.count() - 1;
        const int predicted = model.lastPage(last);
        QTextBlockFormat f = model.block(i).blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(model.block(i)).setBlockFormat(f);
        doc->documentLayout()->documentSize();
        PageFlowModel after(doc.get()); // …and as Qt lays it out
        QVERIFY(after.matchesLayout());
        QCOMPARE(after.lastPage(last), predicted);
        QCOMPARE(after.firstPage(i), model.firstPage(i));
    }

    void leavesHeadingsThatAreFollowedOnTheirPage()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const auto doc = layOut(page(20, {ReportBlock::of(Kind::Heading2, QStringLiteral("（一）标题")),
                                          ReportBlock::of(Kind::Paragraph, QStringLiteral("正文"))}), &writer);
        QCOMPARE(ReportPaginator::keepHeadingsWithNext(doc.get()), 0);
        QCOMPARE(pageOf(doc.get(), QStringLiteral("正文")), 0);
    }
};

QTEST_MAIN(TestReportPaginator)
#include "tst_reportpaginator.moc"
