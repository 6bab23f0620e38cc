#pragma once

#include "ReportFonts.h"

#include <QFont>
#include <QFontMetricsF>

#include <functional>

QT_BEGIN_NAMESPACE
class QPainter;
class QPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

// Paints a laid-out report page by page on a full A4 page (a PDF writer with no margins):
// the type area at the standard's margins, the page number — 1 — 7 mm below it (odd
// pages right, even pages left, one character in), and on a draft a 草稿 mark on every page.
class ReportPagePainter
{
public:
    ReportPagePainter(const ReportFonts &fonts, bool draft);
    // `dotsPerMm` of the painter's device; `newPage` starts the next page of the device
    // (QPdfWriter::newPage). The documents one after the other, each from a new page, the
    // pages numbered on. Returns the number of pages painted.
    int paint(const QList<QTextDocument *> &documents, QPainter *painter, qreal dotsPerMm,
              const std::function<bool()> &newPage) const;

private:
    // The face of the page numbers measured on the device, once for all pages.
    struct PageNumberFace
    {
        QFont font;
        QFontMetricsF metrics;
        qreal oneChar;  // one character of 4号
        qreal dashTop;  // the top of the dashes, from the baseline
    };
    PageNumberFace pageNumberFace(QPaintDevice *device) const;
    // Page `index` of `document` as page `number` of the output.
    void paintPage(QTextDocument *document, int index, int number, const PageNumberFace &face, QPainter *painter,
                   qreal dotsPerMm) const;
    void paintPageNumber(QPainter *painter, int page, const PageNumberFace &face, qreal dotsPerMm) const;
    void paintDraftMark(QPainter *painter, qreal dotsPerMm) const;

    const ReportFonts &m_fonts;
    bool m_draft;
};
