#include "DocxDocumentPart.h"

#include "DocxParts.h"
#include "OfficialTextStyles.h"
#include "ReportTableGrid.h"
#include "XmlPartWriter.h"

#include <cmath>

using namespace OfficialPageLayout;
constexpr qreal Pitch = OfficialTextStyles::LinePitchPt; // not the PDF's: see there
using Kind = ReportBlock::Kind;

namespace {

const QString Preserve = QStringLiteral("preserve");

QString twips(qreal points)
{
    return QString::number(qRound(points * 20));
}

QString twipsOfMm(qreal mm)
{
    return twips(mmToPt(mm));
}

qint64 emuOfMm(qreal mm)
{
    return qRound64(mm * 36000);
}

// A paragraph that takes no room: Word needs one after a table that ends the document, and
// one between two tables, which it would otherwise join into one.
void hairlineParagraph(XmlPartWriter &w)
{
    w.start("w:p");
    w.start("w:pPr");
    w.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")},
                          {"w:line", QStringLiteral("20")}, {"w:lineRule", QStringLiteral("exact")}});
    w.start("w:rPr");
    w.empty("w:sz", {{"w:val", QStringLiteral("2")}});
    w.end();
    w.end();
    w.end();
}

// A run of text; a line break ("\n", as in the 附件说明) is a w:br within the paragraph.
void run(XmlPartWriter &w, const QString &text, const char *characterStyle = nullptr)
{
    w.start("w:r");
    if (characterStyle) {
        w.start("w:rPr");
        w.empty("w:rStyle", {{"w:val", QLatin1String(characterStyle)}});
        w.end();
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            w.empty("w:br");
        w.element("w:t", lines[i], {{"xml:space", Preserve}});
    }
    w.end();
}

} // namespace

DocxDocumentPart::DocxDocumentPart(const ReportBlocks &blocks, const QList<ReportChartPicture> &pictures, bool draft)
    : m_blocks(blocks), m_pictures(pictures), m_draft(draft)
{
}

int DocxDocumentPart::linePitchTwips()
{
    return qRound(Pitch * 20);
}

int DocxDocumentPart::charSpace()
{
    // Rounded down: the 28th character must still fit the line.
    const qreal pitch = mmToPt(TypeWidthMm) / CharsPerLine;
    return int(std::floor((pitch - BodyPt) * 4096));
}

QByteArray DocxDocumentPart::xml(XmlCharacterFilter &filter) const
{
    XmlPartWriter w(filter);
    w.start("w:document",
            {{"xmlns:w", QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main")},
             {"xmlns:r", QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships")},
             {"xmlns:wp", QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")},
             {"xmlns:a", QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main")},
             {"xmlns:pic", QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture")}});
    w.start("w:body");
    Kind previous = Kind::PageBreak;
    bool pageBreak = false;
    bool joined = false; // the previous block is a table that this one continues
    int pictureIndex = 0;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const ReportBlock &b = m_blocks[i];
        switch (b.kind) {
        case Kind::PageBreak:
            pageBreak = true;
            continue;
        case Kind::Table:
            if (pageBreak) // a table cannot break the page itself: an empty paragraph does
                paragraph(w, ReportBlock::of(Kind::Paragraph, QString()), previous, true);
            else if (joined) // two tables that print as one, each with its own header row
                hairlineParagraph(w);
            table(w, b.table);
            break;
        case Kind::Chart:
            w.start("w:p");
            w.start("w:pPr");
            w.empty("w:pStyle", {{"w:val", QLatin1String(OfficialTextStyles::forBlock(Kind::Chart).id)}});
            if (pageBreak)
                w.empty("w:pageBreakBefore");
            w.end();
            picture(w, pictureIndex++);
            w.end();
            break;
        default:
            paragraph(w, b, previous, pageBreak,
                      i + 1 < m_blocks.size() && OfficialTextStyles::keepsWithNext(b.kind, m_blocks[i + 1].kind));
            break;
        }
        pageBreak = false;
        previous = b.kind;
        joined = b.kind == Kind::Table && b.table.joinsNext;
    }
    // A document cannot end in a table: the paragraph Word requires after it takes no room, so
    // that a table that fills its page does not start another.
    if (previous == Kind::Table)
        hairlineParagraph(w);
    section(w);
    w.end();
    w.end();
    return w.finish();
}

void DocxDocumentPart::paragraph(XmlPartWriter &w, const ReportBlock &b, Kind previous, bool pageBreak, bool keepNext) const
{
    const OfficialTextStyles::Style &style = OfficialTextStyles::forBlock(b.kind);
    w.start("w:p");
    w.start("w:pPr");
    w.empty("w:pStyle", {{"w:val", QLatin1String(style.id)}});
    if (keepNext && !style.keepWithNext)
        w.empty("w:keepNext");
    if (pageBreak)
        w.empty("w:pageBreakBefore");
    if (const qreal before = OfficialTextStyles::spaceBeforeLines(b.kind, previous); before > 0)
        w.empty("w:spacing", {{"w:before", twips(before * Pitch)}});
    w.end();
    if (b.kind == Kind::RunInParagraph)
        run(w, b.lead, "RunInHeading");
    if (!b.text.isEmpty())
        run(w, b.text);
    w.end();
}

void DocxDocumentPart::table(XmlPartWriter &w, const ReportTable &table) const
{
    const ReportTableGrid grid(table);
    const qreal widthTwips = mmToPt(TypeWidthMm) * 20;
    // Whole twips that add up to the type area: WPS lays a table out from these.
    QList<int> columns;
    qreal edge = 0;
    int placed = 0;
    for (const qreal percent : grid.columnPercent()) {
        edge += percent * widthTwips / 100;
        columns.append(qRound(edge) - placed);
        placed += columns.last();
    }

    w.start("w:tbl");
    w.start("w:tblPr");
    w.empty("w:tblW", {{"w:w", QString::number(placed)}, {"w:type", QStringLiteral("dxa")}});
    w.empty("w:jc", {{"w:val", QStringLiteral("center")}});
    w.empty("w:tblInd", {{"w:w", QStringLiteral("0")}, {"w:type", QStringLiteral("dxa")}});
    w.start("w:tblBorders");
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        w.empty(side, {{"w:val", QStringLiteral("single")}, {"w:sz", QStringLiteral("6")}, // ¾ pt, as the PDF
                       {"w:space", QStringLiteral("0")}, {"w:color", QStringLiteral("000000")}});
    w.end();
    w.empty("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
    w.start("w:tblCellMar");
    w.empty("w:top", {{"w:w", twips(3 * 0.75)}, {"w:type", QStringLiteral("dxa")}});
    w.empty("w:left", {{"w:w", twips(3 * 0.75)}, {"w:type", QStringLiteral("dxa")}});
    w.empty("w:bottom", {{"w:w", twips(3 * 0.75)}, {"w:type", QStringLiteral("dxa")}});
    w.empty("w:right", {{"w:w", twips(3 * 0.75)}, {"w:type", QStringLiteral("dxa")}});
    w.end();
    w.end();
    w.start("w:tblGrid");
    for (const int c : std::as_const(columns))
        w.empty("w:gridCol", {{"w:w", QString::number(c)}});
    w.end();

    for (int r = 0; r < grid.rowCount(); ++r) {
        w.start("w:tr");
        w.start("w:trPr");
        w.empty("w:cantSplit");
        if (r < grid.headerRows())
            w.empty("w:tblHeader"); // repeated at the top of every page the table reaches
        w.end();
        for (int c = 0; c < grid.columnCount();) {
            const ReportTableGrid::Cell &cell = grid.cell(r, c);
            // A cell merged into the one on its left is not written; one merged into the
            // cell above is, as the continuation of a vertical merge.
            int width = 0;
            for (int k = c; k < c + cell.columnSpan; ++k)
                width += columns.value(k);
            w.start("w:tc");
            w.start("w:tcPr");
            w.empty("w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
            if (cell.columnSpan > 1)
                w.empty("w:gridSpan", {{"w:val", QString::number(cell.columnSpan)}});
            if (cell.rowSpan > 1)
                w.empty("w:vMerge", {{"w:val", QStringLiteral("restart")}});
            else if (cell.continuesAbove)
                w.empty("w:vMerge");
            w.empty("w:vAlign", {{"w:val", cell.alignTop ? QStringLiteral("top") : QStringLiteral("center")}});
            w.end();
            w.start("w:p");
            w.start("w:pPr");
            const OfficialTextStyles::Style &style = cell.heading ? OfficialTextStyles::tableHeader() : OfficialTextStyles::tableText();
            w.empty("w:pStyle", {{"w:val", QLatin1String(style.id)}});
            w.empty("w:jc", {{"w:val", cell.align == ReportTableGrid::Align::Right    ? QStringLiteral("right")
                                       : cell.align == ReportTableGrid::Align::Center ? QStringLiteral("center")
                                                                                      : QStringLiteral("left")}});
            w.end();
            if (!cell.text.isEmpty())
                run(w, cell.text);
            w.end();
            w.end();
            c += cell.columnSpan;
        }
        w.end();
    }
    w.end();
}

void DocxDocumentPart::picture(XmlPartWriter &w, int index) const
{
    if (index >= m_pictures.size())
        return;
    const ReportChartPicture &p = m_pictures[index];
    const QString cx = QString::number(emuOfMm(p.sizeMm.width()));
    const QString cy = QString::number(emuOfMm(p.sizeMm.height()));
    const QString zero = QStringLiteral("0");
    const QString name = p.caption.isEmpty() ? QStringLiteral("图%1").arg(index + 1) : p.caption;
    w.start("w:r");
    w.start("w:drawing");
    w.start("wp:inline", {{"distT", zero}, {"distB", zero}, {"distL", zero}, {"distR", zero}});
    w.empty("wp:extent", {{"cx", cx}, {"cy", cy}});
    w.empty("wp:effectExtent", {{"l", zero}, {"t", zero}, {"r", zero}, {"b", zero}});
    // The alternative text: the caption as its title, every figure of the chart as its description.
    w.empty("wp:docPr", {{"id", QString::number(index + 1)}, {"name", name}, {"descr", p.description}, {"title", p.caption}});
    w.start("wp:cNvGraphicFramePr");
    w.empty("a:graphicFrameLocks", {{"noChangeAspect", QStringLiteral("1")}});
    w.end();
    w.start("a:graphic");
    w.start("a:graphicData", {{"uri", QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture")}});
    w.start("pic:pic");
    w.start("pic:nvPicPr");
    w.empty("pic:cNvPr", {{"id", QString::number(index + 1)}, {"name", DocxParts::pictureName(index).section(QLatin1Char('/'), -1)},
                          {"descr", p.description}});
    w.empty("pic:cNvPicPr");
    w.end();
    w.start("pic:blipFill");
    w.empty("a:blip", {{"r:embed", DocxParts::pictureId(index)}});
    w.start("a:stretch");
    w.empty("a:fillRect");
    w.end();
    w.end();
    w.start("pic:spPr");
    w.start("a:xfrm");
    w.empty("a:off", {{"x", zero}, {"y", zero}});
    w.empty("a:ext", {{"cx", cx}, {"cy", cy}});
    w.end();
    w.start("a:prstGeom", {{"prst", QStringLiteral("rect")}});
    w.empty("a:avLst");
    w.end();
    w.end();
    w.end(); // pic:pic
    w.end();
    w.end();
    w.end(); // wp:inline
    w.end();
    w.end();
}

void DocxDocumentPart::section(XmlPartWriter &w) const
{
    w.start("w:sectPr");
    if (m_draft) {
        w.empty("w:headerReference", {{"w:type", QStringLiteral("default")}, {"r:id", QLatin1String(DocxParts::headerOddId())}});
        w.empty("w:headerReference", {{"w:type", QStringLiteral("even")}, {"r:id", QLatin1String(DocxParts::headerEvenId())}});
    }
    w.empty("w:footerReference", {{"w:type", QStringLiteral("default")}, {"r:id", QLatin1String(DocxParts::footerOddId())}});
    w.empty("w:footerReference", {{"w:type", QStringLiteral("even")}, {"r:id", QLatin1String(DocxParts::footerEvenId())}});
    w.empty("w:pgSz", {{"w:w", twipsOfMm(PageWidthMm)}, {"w:h", twipsOfMm(PageHeightMm)}});
    const qreal rightMm = PageWidthMm - LeftMarginMm - TypeWidthMm;
    const qreal bottomMm = PageHeightMm - TopMarginMm - TypeHeightMm;
    w.empty("w:pgMar", {{"w:top", twipsOfMm(TopMarginMm)},
                        {"w:right", twipsOfMm(rightMm)},
                        {"w:bottom", twipsOfMm(bottomMm)},
                        {"w:left", twipsOfMm(LeftMarginMm)},
                        // The draft mark 12 mm above the type area, as the PDF's.
                        {"w:header", twipsOfMm(TopMarginMm - 12 - 5)},
                        // The top of the page number's dashes about 7 mm below the type area.
                        {"w:footer", twipsOfMm(bottomMm - PageNumberGapMm - 4)},
                        {"w:gutter", QStringLiteral("0")}});
    w.empty("w:cols", {{"w:space", QStringLiteral("425")}});
    w.empty("w:docGrid", {{"w:type", QStringLiteral("linesAndChars")},
                          {"w:linePitch", QString::number(linePitchTwips())},
                          {"w:charSpace", QString::number(charSpace())}});
    w.end();
}
