#include "ReportPaginator.h"

#include "ReportDocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <cmath>

namespace {

struct Pages
{
    QTextDocument *doc;
    qreal height;

    // The layout may put a line that starts a page a fraction of a dot before the page's
    // edge: two dots of tolerance.
    int of(qreal y) const { return int(std::floor((y + 2) / height)); }

    // The top of a block's first or last line, in document coordinates.
    qreal lineTop(const QTextBlock &block, bool last) const
    {
        const QRectF r = doc->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return r.top();
        const QTextLine line = layout->lineAt(last ? layout->lineCount() - 1 : 0);
        return r.top() + line.y();
    }
};

bool keepsWithNext(const QTextBlock &block)
{
    return block.blockFormat().boolProperty(ReportDocumentBuilder::KeepWithNextProperty);
}

// The block after `block` (when a table follows, its first cell).
QTextBlock nextContent(const QTextBlock &block)
{
    return block.next();
}

} // namespace

int ReportPaginator::keepHeadingsWithNext(QTextDocument *doc)
{
    const Pages pages{doc, doc->pageSize().height()};
    int added = 0;
    // Lay everything out first: Qt 6.4's lazy layout loses the rest of the document when a
    // format changes while it is only partly done (the PDF had 6 pages instead of 18).
    doc->documentLayout()->documentSize();
    // One pass, top to bottom: a page break changes nothing above it, and Qt lays the rest
    // out again at once, so after a move the scan just goes on.
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (!keepsWithNext(b))
            continue;
        const QTextBlock next = nextContent(b);
        if (!next.isValid())
            break;
        const int headingPage = pages.of(pages.lineTop(b, true));
        if (pages.of(pages.lineTop(next, false)) == headingPage)
            continue;
        // Move the whole run of keep-with-next blocks that ends here.
        QTextBlock first = b;
        while (first.previous().isValid() && keepsWithNext(first.previous())
               && pages.of(pages.lineTop(first.previous(), true)) == headingPage)
            first = first.previous();
        const qreal top = pages.lineTop(first, false);
        if (top - pages.of(top) * pages.height < 2.0)
            continue; // already at the top of a page: the run is taller than a page
        QTextBlockFormat f = first.blockFormat();
        f.setPageBreakPolicy(f.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(f);
        ++added;
    }
    return added;
}
