#pragma once

#include "ReportBlock.h"
#include "ReportEvaluation.h"
#include "ReportFonts.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <memory>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QTextCursor;
class QTextDocument;
QT_END_NAMESPACE

// Lays the blocks out as a QTextDocument in the manner of GB/T 9704: 仿宋 3号 body on a
// fixed 22-line grid, 28 characters a line, headings 一、 in 黑体 and （一） in 楷体, the
// title in 小标宋, tables with ruled cells whose header row repeats on every page.
class ReportDocumentBuilder
{
public:
    // Blocks that must stay on the page of the block that follows them carry this
    // block-format property (see ReportPaginator).
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 2;

    explicit ReportDocumentBuilder(const ReportFonts &fonts);

    // `device` is what the document will be painted on (the PDF writer), or null: lengths
    // and the page size are set for its resolution. Report and evaluation feed the charts,
    // drawn as vectors by ChartTextObject; the body is closed up to the standard's 28
    // characters a line.
    std::unique_ptr<QTextDocument> build(const ReportBlocks &blocks, const Report &report,
                                         const ReportEvaluation &evaluation, QPaintDevice *device) const;

    // The face of the charts' labels and legends: 五号 of the body face, in the pixels of
    // the charts' 96 px/inch coordinates (the PDF's vectors and the pictures of .docx/.odt).
    QFont chartFont() const;

    // The character formats of the document's faces, for the page painter too.
    QTextCharFormat charFormat(ReportFonts::Role role, qreal pointSize) const;

private:
    QTextBlockFormat blockFormat(ReportBlock::Kind kind, qreal dotsPerPt) const;
    QTextCharFormat charFormatFor(ReportBlock::Kind kind) const;
    // The blocks at the cursor, each with its paragraph format: page breaks, the blank line
    // after the title and before the signature, tables that continue one another.
    void insertBlocks(QTextCursor &cursor, const ReportBlocks &blocks, qreal dotsPerPt) const;
    // `continues`: the table goes on from the one before it (ReportTable::joinsNext).
    void insertTable(QTextCursor &cursor, const ReportTable &table, bool continues) const;

    const ReportFonts &m_fonts;
};
