#pragma once

#include <QList>
#include <QSet>
#include <QTextBlock>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

// Where the lines of a laid-out document's opening run of plain blocks (up to its first
// table) fall on the pages, computed the way QTextDocumentLayout (Qt 6.4) paginates: block
// margins collapsed, a line moved to the next page when it would cross the page's foot,
// forced page breaks. Line breaking does not depend on the page, so the lines of the layout
// at hand can be moved around freely — trying page breaks here costs microseconds, where
// each trial in the document costs a relayout of everything after it.
class PageFlowModel
{
public:
    explicit PageFlowModel(QTextDocument *document);

    int count() const { return int(m_items.size()); }
    QTextBlock block(int i) const { return m_items[i].block; }
    int firstPage(int i) const { return m_items[i].firstPage; }
    int lastPage(int i) const { return m_items[i].lastPage; }
    // Whether item i begins a page (nothing above it on its page).
    bool startsPage(int i) const { return m_items[i].firstTop - m_items[i].firstPage * m_pageHeight < 2.0; }

    // Recomputes the pages with extra page breaks before the given items.
    void flow(const QSet<int> &breaksBefore);
    // True when the model, with no extra breaks, puts every line on the page the document's
    // own layout put it: only then are its answers used.
    bool matchesLayout();

private:
    struct Line
    {
        qreal height = 0;      // what the layout advances by
        qreal breakHeight = 0; // what must fit above the page's foot
        qreal bottom = 0;      // where the line ends
        int actualPage = 0;    // in the layout the model was made from
        int page = 0;          // as the model flows it
    };
    struct Item
    {
        QTextBlock block;
        qreal topMargin = 0, bottomMargin = 0;
        bool breakBefore = false, breakAfter = false;
        QList<Line> lines;
        int firstPage = 0, lastPage = 0;
        qreal firstTop = 0;
    };
    QList<Item> m_items;
    qreal m_pageHeight = 0;
};
