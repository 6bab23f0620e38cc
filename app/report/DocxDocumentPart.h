#pragma once

#include "ReportBlock.h"
#include "ReportChartPictures.h"
#include "XmlCharacterFilter.h"

#include <QByteArray>
#include <QList>

class XmlPartWriter;

// word/document.xml of the report: one paragraph per block in the style of its kind
// (OfficialTextStyles), tables as Word tables (grid widths, borders, merged cells, the header
// row repeated), charts as inline pictures with their alternative text, and the section: A4,
// the GB/T 9704 margins, the 22 × 28 document grid, odd and even footers (and a draft's
// headers).
class DocxDocumentPart
{
public:
    DocxDocumentPart(const ReportBlocks &blocks, const QList<ReportChartPicture> &pictures, bool draft);
    QByteArray xml(XmlCharacterFilter &filter) const;

    // The document grid: the pitch of a line in twentieths of a point, and the character
    // pitch as Word's w:charSpace (4096ths of a point more than the body's 3号).
    static int linePitchTwips();
    static int charSpace();

private:
    void paragraph(XmlPartWriter &w, const ReportBlock &block, ReportBlock::Kind previous, bool pageBreak,
                   bool keepNext = false) const;
    void table(XmlPartWriter &w, const ReportTable &table) const;
    void picture(XmlPartWriter &w, int index) const;
    void section(XmlPartWriter &w) const;

    const ReportBlocks &m_blocks;
    const QList<ReportChartPicture> &m_pictures;
    bool m_draft;
};
