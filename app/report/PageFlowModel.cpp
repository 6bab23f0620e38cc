#include "PageFlowModel.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <cmath>

PageFlowModel::PageFlowModel(QTextDocument *doc) : m_pageHeight(doc->pageSize().height())
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const QPaintDevice *device = layout->paintDevice();
    // Block margins and fixed line heights are 1/96-inch pixels scaled to the device.
    const qreal scaling = device && device->logicalDpiY() != 96 ? device->logicalDpiY() / 96.0 : 1.0;
    for (QTextFrame::iterator it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame())
            break; // a table: its pagination is Qt's business
        const QTextBlock block = it.currentBlock();
        const QTextLayout *tl = block.layout();
        if (!block.isVisible() || !tl)
            continue;
        const QTextBlockFormat f = block.blockFormat();
        Item item;
        item.block = block;
        item.topMargin = f.topMargin() * scaling;
        item.bottomMargin = f.bottomMargin() * scaling;
        item.breakBefore = f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        item.breakAfter = f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter;
        const qreal top = layout->blockBoundingRect(block).top();
        const bool fixed = f.lineHeightType() == QTextBlockFormat::FixedHeight;
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            // As QTextDocumentLayout's getLineHeightParams().
            const qreal raw = std::ceil(line.ascent() + line.descent() + line.leading());
            Line l;
            l.height = f.lineHeight(raw, scaling);
            l.bottom = f.lineHeight(line.height(), scaling);
            l.breakHeight = fixed || f.lineHeightType() == QTextBlockFormat::MinimumHeight ? l.bottom : line.height();
            l.actualPage = int(std::floor((top + line.y() + 2) / m_pageHeight));
            item.lines.append(l);
        }
        m_items.append(item);
    }
}

void PageFlowModel::flow(const QSet<int> &breaksBefore)
{
    qreal y = 0;
    qreal pageBottom = m_pageHeight;
    auto newPage = [&] {
        pageBottom += m_pageHeight;
        y = std::max(y, pageBottom - m_pageHeight);
    };
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (item.breakBefore || breaksBefore.contains(i))
            newPage();
        if (i > 0) // margins between blocks collapse
            y += std::max(item.topMargin, m_items[i - 1].bottomMargin);
        qreal bottom = y;
        for (int l = 0; l < item.lines.size(); ++l) {
            Line &line = item.lines[l];
            while (y + line.breakHeight > pageBottom && m_pageHeight >= line.breakHeight)
                newPage();
            line.page = int(std::floor((y + 2) / m_pageHeight));
            if (l == 0) {
                item.firstPage = line.page;
                item.firstTop = y;
            }
            item.lastPage = line.page;
            bottom = y + line.bottom;
            y += line.height;
        }
        y = std::max(y, bottom);
        if (item.breakAfter)
            newPage();
    }
}

bool PageFlowModel::matchesLayout()
{
    flow({});
    for (const Item &item : m_items) {
        for (const Line &line : item.lines) {
            if (line.page != line.actualPage)
                return false;
        }
    }
    return true;
}
