#include "ReportPagePainter.h"

#include "OfficialPageLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

using namespace OfficialPageLayout;

ReportPagePainter::ReportPagePainter(const ReportFonts &fonts, bool draft) : m_fonts(fonts), m_draft(draft)
{
}

namespace {

// The root-frame paragraph that begins on an earlier page and continues on the page that
// starts at `top`, if any (at most one).
QTextBlock continuedParagraph(QTextDocument *doc, qreal top)
{
    const QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (QTextFrame::iterator it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || !block.layout() || block.layout()->lineCount() < 2)
            continue;
        const qreal blockTop = layout->blockBoundingRect(block).top();
        const QTextLayout *lines = block.layout();
        // Two dots of tolerance: the layout may start a page's first line a fraction early.
        if (blockTop + lines->lineAt(0).y() >= top - 2)
            break; // blocks are in order: the rest start on this page or later
        if (blockTop + lines->lineAt(lines->lineCount() - 1).y() >= top - 2)
            return block;
    }
    return QTextBlock();
}

} // namespace

int ReportPagePainter::paint(const QList<QTextDocument *> &documents, QPainter *painter, qreal dotsPerMm,
                             const std::function<bool()> &newPage) const
{
    int painted = 0;
    const PageNumberFace face = pageNumberFace(painter->device());
    for (QTextDocument *doc : documents) {
        doc->documentLayout()->documentSize(); // the layout is lazy: finish it before counting pages
        const int pages = doc->pageCount();
        for (int i = 0; i < pages; ++i) {
            if (painted > 0 && !newPage())
                return painted;
            paintPage(doc, i, ++painted, face, painter, dotsPerMm);
        }
    }
    return painted;
}

void ReportPagePainter::paintPage(QTextDocument *doc, int i, int number, const PageNumberFace &face, QPainter *painter,
                                  qreal dotsPerMm) const
{
    const QSizeF page = doc->pageSize();
    if (m_draft)
        paintDraftMark(painter, dotsPerMm); // under the text, which stays readable
    const qreal top = i * page.height();
    const qreal bottom = top + page.height();
    painter->save();
    painter->translate(LeftMarginMm * dotsPerMm, TopMarginMm * dotsPerMm - top);
    painter->setClipRect(QRectF(0, top, page.width(), page.height()));

    // QTextLayout::draw (Qt 6.4) also draws the last line *above* its clip: a paragraph
    // that runs over from the previous page would put that page's last line, invisible
    // but extractable, into this page's text layer. So such a paragraph is drawn here
    // line by line, and the document from where it ends.
    qreal from = top;
    if (const QTextBlock continued = continuedParagraph(doc, top); continued.isValid()) {
        const QTextLayout *lines = continued.layout();
        const qreal blockTop = doc->documentLayout()->blockBoundingRect(continued).top();
        // Qt's own test for skipping the paragraph counts its fixed line height (in
        // pixels of 1/96 inch, scaled to the device).
        const QTextBlockFormat format = continued.blockFormat();
        const bool fixed = format.lineHeightType() == QTextBlockFormat::FixedHeight;
        bool runsOn = false; // the paragraph also fills this page and goes on to the next
        for (int l = 0; l < lines->lineCount(); ++l) {
            const QTextLine line = lines->lineAt(l);
            const qreal y = blockTop + line.y();
            if (y >= bottom - 2) {
                runsOn = true;
            } else if (y >= top - 2) {
                line.draw(painter, lines->position());
                from = std::max(from, y + (fixed ? format.lineHeight() * dotsPerMm * 25.4 / 96 : line.height()));
            }
        }
        if (runsOn)
            from = bottom;
    }
    if (from < bottom - 2) {
        QAbstractTextDocumentLayout::PaintContext context;
        // One dot inside: a line ending exactly on an edge belongs to one page only.
        context.clip = QRectF(0, from + 1, page.width(), bottom - from - 2);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(painter, context);
    }
    painter->restore();
    paintPageNumber(painter, number, face, dotsPerMm);
}

ReportPagePainter::PageNumberFace ReportPagePainter::pageNumberFace(QPaintDevice *device) const
{
    const QFont font = m_fonts.font(ReportFonts::Role::PageNumber, PageNumberPt);
    const QFontMetricsF metrics(font, device);
    return PageNumberFace{font, metrics, metrics.horizontalAdvance(QChar(0x4E00)),
                          metrics.tightBoundingRect(QStringLiteral("—")).top()};
}

void ReportPagePainter::paintPageNumber(QPainter *painter, int page, const PageNumberFace &face, qreal dotsPerMm) const
{
    painter->save();
    painter->setFont(face.font);
    painter->setPen(Qt::black);
    const QString text = QStringLiteral("— %1 —").arg(page);
    const qreal width = face.metrics.horizontalAdvance(text);
    // The top of the dashes sits 7 mm below the type area.
    const qreal baseline = (TopMarginMm + TypeHeightMm + PageNumberGapMm) * dotsPerMm - face.dashTop;
    const qreal left = LeftMarginMm * dotsPerMm;
    const qreal right = (LeftMarginMm + TypeWidthMm) * dotsPerMm;
    const qreal x = page % 2 == 1 ? right - face.oneChar - width : left + face.oneChar;
    painter->drawText(QPointF(x, baseline), text);
    painter->restore();
}

void ReportPagePainter::paintDraftMark(QPainter *painter, qreal dotsPerMm) const
{
    painter->save();
    QFont font = m_fonts.font(ReportFonts::Role::Hei, 120);
    font.setLetterSpacing(QFont::PercentageSpacing, 130);
    painter->setFont(font);
    painter->setPen(QColor(200, 40, 40, 70));
    painter->translate(PageWidthMm / 2 * dotsPerMm, PageHeightMm / 2 * dotsPerMm);
    painter->rotate(-35);
    const QString text = QStringLiteral("草稿");
    const QFontMetricsF metrics(font, painter->device());
    painter->drawText(QPointF(-metrics.horizontalAdvance(text) / 2, metrics.ascent() / 3), text);
    painter->restore();

    // And in words at the head of the page, where GB/T 9704 puts such marks (密级, 紧急程度):
    // the diagonal mark is seen, this one is also found by search and text extraction.
    painter->save();
    painter->setFont(m_fonts.font(ReportFonts::Role::Hei, BodyPt));
    painter->setPen(QColor(200, 40, 40));
    painter->drawText(QPointF(LeftMarginMm * dotsPerMm, (TopMarginMm - 12) * dotsPerMm), text);
    painter->restore();
}
