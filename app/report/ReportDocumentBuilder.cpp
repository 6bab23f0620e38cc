#include "ReportDocumentBuilder.h"

#include "ChartBuilder.h"
#include "ChartTextObject.h"
#include "OfficialPageLayout.h"
#include "OfficialTextStyles.h"
#include "PhaseTimer.h"
#include "ReportTableGrid.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace OfficialPageLayout;
using Kind = ReportBlock::Kind;
using Role = ReportFonts::Role;

namespace {

// QTextDocument's units, measured on Qt 6.4 with a 1200 dpi QPdfWriter as paint device:
// fixed line heights, block top/bottom margins, table borders/paddings/margins and image
// sizes are pixels of 1/96 inch that the layout scales to the device; text indents, block
// left/right margins and the page size are device units, unscaled.
qreal px(qreal points)
{
    return points * 96.0 / 72.0;
}

constexpr qreal CharPitch = BodyPt + BodyLetterSpacingPt; // one character of the closed-up grid
constexpr qreal Indent = 2 * CharPitch;                  // 首行缩进两字
constexpr qreal JoinedTableGapPt = 2.5;                  // see insertTable

} // namespace

ReportDocumentBuilder::ReportDocumentBuilder(const ReportFonts &fonts) : m_fonts(fonts)
{
}

QFont ReportDocumentBuilder::chartFont() const
{
    QFont font = m_fonts.font(Role::Body, 10.5);
    font.setPixelSize(14); // 五号 (10.5 pt) in the chart's 96 px/inch coordinates
    return font;
}

QTextCharFormat ReportDocumentBuilder::charFormat(Role role, qreal pointSize) const
{
    QTextCharFormat f;
    const QStringList families = m_fonts.families(role);
    f.setFontFamilies(families);
    f.setFontPointSize(pointSize);
    f.setFontWeight(m_fonts.isBold(role) ? QFont::Bold : QFont::Normal);
    f.setForeground(Qt::black);
    return f;
}

QTextCharFormat ReportDocumentBuilder::charFormatFor(Kind kind) const
{
    QTextCharFormat f;
    switch (kind) {
    case Kind::Title:
        f = charFormat(Role::Title, TitlePt);
        break;
    case Kind::Heading1:
    case Kind::AppendixLabel:
        f = charFormat(Role::Hei, BodyPt);
        break;
    case Kind::Heading2:
        f = charFormat(Role::Kai, BodyPt);
        break;
    case Kind::Caption:
        f = charFormat(Role::Hei, CaptionPt);
        break;
    case Kind::UnitNote:
        f = charFormat(Role::Body, TablePt);
        break;
    default:
        f = charFormat(Role::Body, BodyPt);
        break;
    }
    if (kind != Kind::Title && kind != Kind::Caption && kind != Kind::UnitNote) {
        // Closes 28 characters of 3号 up into the 156 mm line of the standard's grid.
        f.setFontLetterSpacingType(QFont::PercentageSpacing);
        f.setFontLetterSpacing(100.0 * (BodyPt + BodyLetterSpacingPt) / BodyPt);
    }
    return f;
}

QTextBlockFormat ReportDocumentBuilder::blockFormat(Kind kind, qreal dotsPerPt) const
{
    auto dev = [dotsPerPt](qreal points) { return points * dotsPerPt; };
    QTextBlockFormat f;
    f.setLineHeight(px(LinePitchPt), QTextBlockFormat::FixedHeight);
    f.setTopMargin(0);
    f.setBottomMargin(0);
    switch (kind) {
    case Kind::Title:
        f.setAlignment(Qt::AlignHCenter);
        // 1.5 lines each, so that the body after the title stays on the 22-line grid.
        f.setLineHeight(px(LinePitchPt * 1.5), QTextBlockFormat::FixedHeight);
        f.setProperty(KeepWithNextProperty, true);
        break;
    case Kind::Heading1:
    case Kind::Heading2:
    case Kind::Heading3:
    case Kind::Heading4:
        f.setAlignment(Qt::AlignLeft);
        f.setTextIndent(dev(Indent));
        f.setProperty(KeepWithNextProperty, true);
        break;
    case Kind::Paragraph:
    case Kind::RunInParagraph:
    case Kind::DraftNotice:
        f.setAlignment(Qt::AlignJustify);
        f.setTextIndent(dev(Indent));
        break;
    case Kind::Formula:
        f.setAlignment(Qt::AlignLeft);
        f.setTextIndent(dev(Indent));
        break;
    case Kind::Caption:
        f.setAlignment(Qt::AlignHCenter);
        f.setTopMargin(px(LinePitchPt * 0.25));
        f.setProperty(KeepWithNextProperty, true);
        break;
    case Kind::AppendixLabel:
        f.setAlignment(Qt::AlignLeft);
        f.setProperty(KeepWithNextProperty, true);
        break;
    case Kind::UnitNote:
        f.setAlignment(Qt::AlignRight);
        f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        f.setProperty(KeepWithNextProperty, true);
        break;
    case Kind::AppendixNote: // "附件：" two characters in; the names aligned under the first
        f.setAlignment(Qt::AlignLeft);
        f.setProperty(KeepWithNextProperty, true); // with the signature
        f.setLeftMargin(dev(5 * CharPitch));
        f.setTextIndent(dev(-3 * CharPitch));
        break;
    case Kind::Chart:
        f.setAlignment(Qt::AlignHCenter);
        f.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
        f.setBottomMargin(px(LinePitchPt * 0.5));
        break;
    case Kind::Signature:
        f.setAlignment(Qt::AlignRight);
        f.setRightMargin(dev(2 * BodyPt));
        break;
    case Kind::Table:
    case Kind::PageBreak:
        break;
    }
    return f;
}

void ReportDocumentBuilder::insertTable(QTextCursor &cursor, const ReportTable &table, bool continues) const
{
    // Which cells merge, and how each is aligned: ReportTableGrid decides for every format.
    const ReportTableGrid grid(table);
    const int columns = grid.columnCount();
    QTextTableFormat format;
    format.setHeaderRowCount(grid.headerRows());
    format.setBorderCollapse(true);
    format.setBorder(px(0.75));
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(px(3));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setAlignment(Qt::AlignHCenter);
    // A table that continues the one before (ReportTable::joinsNext) moves up onto its rule:
    // Qt 6.4 lays two such tables with a 0.75 pt collapsed border 2.5 pt apart, which printed
    // as a double line across the form (measured; tst_selfevaluationform checks the page).
    format.setTopMargin(continues ? -px(JoinedTableGapPt) : px(4));
    format.setBottomMargin(table.joinsNext ? 0 : px(LinePitchPt * 0.5));
    QList<QTextLength> widths;
    for (int c = 0; c < columns; ++c)
        widths.append(QTextLength(QTextLength::PercentageLength, table.columnPercent.value(c, 100 / columns)));
    format.setColumnWidthConstraints(widths);
    QTextTable *t = cursor.insertTable(grid.rowCount(), columns, format);

    const QTextCharFormat headerChar = charFormat(Role::Hei, TablePt);
    const QTextCharFormat bodyChar = charFormat(Role::Body, TablePt);
    for (int r = 0; r < grid.rowCount(); ++r) {
        for (int c = 0; c < grid.columnCount(); ++c) {
            const ReportTableGrid::Cell &g = grid.cell(r, c);
            QTextTableCell cell = t->cellAt(r, c);
            QTextCharFormat cellFormat = cell.format();
            // Merged group cells (一级/二级指标) may run over a page break: their name stays at
            // the top, where it is seen, rather than in a middle that may fall on the break.
            cellFormat.setVerticalAlignment(g.alignTop ? QTextCharFormat::AlignTop : QTextCharFormat::AlignMiddle);
            cell.setFormat(cellFormat);
            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(g.align == ReportTableGrid::Align::Right    ? Qt::AlignRight
                            : g.align == ReportTableGrid::Align::Center ? Qt::AlignHCenter
                                                                        : Qt::AlignLeft);
            bf.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
            cursor.setBlockFormat(bf);
            cursor.insertText(g.text, g.heading ? headerChar : bodyChar);
        }
    }
    for (int r = 0; r < grid.rowCount(); ++r) {
        for (int c = 0; c < grid.columnCount(); ++c) {
            const ReportTableGrid::Cell &g = grid.cell(r, c);
            if (!g.covered && (g.rowSpan > 1 || g.columnSpan > 1))
                t->mergeCells(r, c, g.rowSpan, g.columnSpan);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportDocumentBuilder::insertBlocks(QTextCursor &cursor, const ReportBlocks &blocks, qreal dotsPerPt) const
{
    bool fresh = true;       // the cursor's block is still empty and unused
    bool breakBefore = false;
    Kind previous = Kind::PageBreak;
    bool joined = false; // the previous block is a table that the next one continues
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const ReportBlock &b = blocks[i];
        if (b.kind == Kind::PageBreak) {
            breakBefore = true;
            continue;
        }
        QTextBlockFormat bf = blockFormat(b.kind, dotsPerPt);
        if (i + 1 < blocks.size() && OfficialTextStyles::keepsWithNext(b.kind, blocks[i + 1].kind))
            bf.setProperty(KeepWithNextProperty, true);
        if (previous == Kind::Title && b.kind != Kind::Title)
            bf.setTopMargin(px(LinePitchPt)); // 标题与正文之间空一行
        if ((b.kind == Kind::Signature && previous != Kind::Signature) || b.kind == Kind::AppendixNote)
            bf.setTopMargin(px(LinePitchPt)); // 正文之下空一行署名 (or 附件说明)
        previous = b.kind;
        if (breakBefore)
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        breakBefore = false;
        const bool continues = joined && b.kind == Kind::Table;
        joined = b.kind == Kind::Table && b.table.joinsNext;
        if (continues) // the empty paragraph between the two tables takes no room
            bf.setLineHeight(0, QTextBlockFormat::FixedHeight);
        const QTextCharFormat cf = charFormatFor(b.kind);
        if (fresh) {
            cursor.setBlockFormat(bf);
            cursor.setBlockCharFormat(cf);
        } else {
            cursor.insertBlock(bf, cf);
        }
        fresh = false;
        switch (b.kind) {
        case Kind::Table:
            insertTable(cursor, b.table, continues);
            fresh = true; // the layout leaves an empty block after a table: reuse it
            break;
        case Kind::Chart:
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), ChartTextObject::format(b.chart));
            break;
        case Kind::RunInParagraph:
            cursor.insertText(b.lead, charFormatFor(Kind::Heading2));
            cursor.insertText(b.text, cf);
            break;
        case Kind::AppendixNote: // its lines in one paragraph ("\n" would start new ones)
            cursor.insertText(QString(b.text).replace(QLatin1Char('\n'), QChar::LineSeparator), cf);
            break;
        default:
            cursor.insertText(b.text, cf);
            break;
        }
    }
    if (fresh && previous == Kind::Table) {
        // The empty paragraph that Qt keeps after a closing table takes no room: when the
        // table fills its last page, it would otherwise start a blank page.
        QTextBlockFormat end;
        end.setLineHeight(0, QTextBlockFormat::FixedHeight);
        cursor.setBlockFormat(end);
    }
}

std::unique_ptr<QTextDocument> ReportDocumentBuilder::build(const ReportBlocks &blocks, const Report &report,
                                                            const ReportEvaluation &evaluation, QPaintDevice *device) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(m_fonts.font(Role::Body, BodyPt));
    const qreal dotsPerMm = (device ? device->logicalDpiX() : 96) / 25.4;
    const qreal dotsPerPt = dotsPerMm * 25.4 / 72;

    const ChartBuilder chartBuilder(chartFont(), TextLanguage::Chinese); // the document is Chinese

    QTextCursor cursor(doc.get());
    insertBlocks(cursor, blocks, dotsPerPt);
    PhaseTimer::mark("document: insert the blocks");
    // The layout last: once it exists, every insertion above would lay out the rest of the
    // document again (seconds for a table of 150 cells). And it lays out only once, on the
    // device: a null page size holds the layout back (QTextDocumentLayout does nothing while
    // the page is null) until the device, the metrics and the real page are all set — each
    // of these set on a live layout would lay the document out again (at screen resolution
    // first, with hinted glyphs: a third of the export's layout time).
    // Fractional glyph advances: 3号 at 1200 dpi is 266.67 dots, which hinted metrics round
    // to 267 — enough to push the 28th character of a line to the next one.
    doc->setUseDesignMetrics(true);
    doc->setPageSize(QSizeF(0, 0));
    ChartTextObject::install(doc.get(), chartBuilder, report, evaluation, dotsPerMm);
    if (device)
        doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(QSizeF(TypeWidthMm * dotsPerMm, TypeHeightMm * dotsPerMm));
    PhaseTimer::mark("document: first layout step");
    return doc;
}
