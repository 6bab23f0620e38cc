#include "ReportPaginator.h"

#include "PageFlowModel.h"
#include "PhaseTimer.h"
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

namespace {

void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat f = block.blockFormat();
    f.setPageBreakPolicy(f.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(f);
}

// The plain blocks before the first table, decided on the model and applied in one edit
// (one relayout). Returns the breaks added, or 0 when the model does not match Qt's layout.
int breakOnModel(QTextDocument *doc)
{
    PageFlowModel model(doc);
    if (!model.matchesLayout())
        return 0;
    QSet<int> breaks;
    for (int i = 0; i + 1 < model.count(); ++i) {
        if (!keepsWithNext(model.block(i)) || model.lastPage(i) == model.firstPage(i + 1))
            continue;
        int first = i;
        while (first > 0 && keepsWithNext(model.block(first - 1)) && model.lastPage(first - 1) == model.lastPage(i))
            --first;
        if (model.startsPage(first))
            continue; // the run is taller than a page
        breaks.insert(first);
        model.flow(breaks); // everything below moves; the scan goes on with the new pages
    }
    QTextCursor edit(doc);
    edit.beginEditBlock();
    for (int i : std::as_const(breaks))
        breakBefore(model.block(i));
    edit.endEditBlock();
    return int(breaks.size());
}

} // namespace

int ReportPaginator::keepHeadingsWithNext(QTextDocument *doc)
{
    const Pages pages{doc, doc->pageSize().height()};
    // Lay everything out first: Qt 6.4's lazy layout loses the rest of the document when a
    // format changes while it is only partly done (the PDF had 6 pages instead of 18).
    doc->documentLayout()->documentSize();
    PhaseTimer::mark("document: lay out the rest");
    int added = breakOnModel(doc);
    doc->documentLayout()->documentSize();
    PhaseTimer::mark("document: keep headings with the next block");
    // Then Qt's own layout, for what the model leaves out (tables, and anything it got
    // wrong): one pass, top to bottom; a page break changes nothing above it, and Qt lays the
    // rest out again at once, so after a move the scan just goes on.
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
        breakBefore(first);
        ++added;
    }
    return added;
}
