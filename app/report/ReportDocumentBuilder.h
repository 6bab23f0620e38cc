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
    enum class Charts {
        Vector, // drawn by ChartTextObject on the page's painter (PDF)
        Image   // embedded pictures (ODT, which cannot hold our vector objects)
    };
    // Blocks that must stay on the page of the block that follows them carry this
    // block-format property (see ReportPaginator).
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 2;

    explicit ReportDocumentBuilder(const ReportFonts &fonts);

    // `device` is what the document will be painted on (the PDF writer), or null: lengths
    // and the page size are set for its resolution. Report and evaluation feed the charts.
    std::unique_ptr<QTextDocument> build(const ReportBlocks &blocks, const Report &report,
                                         const ReportEvaluation &evaluation, QPaintDevice *device,
                                         Charts charts) const;

    // The character formats of the document's faces, for the page painter too.
    QTextCharFormat charFormat(ReportFonts::Role role, qreal pointSize) const;

private:
    QTextBlockFormat blockFormat(ReportBlock::Kind kind, qreal dotsPerPt) const;
    QTextCharFormat charFormatFor(ReportBlock::Kind kind) const;
    void insertTable(QTextCursor &cursor, const ReportTable &table) const;

    const ReportFonts &m_fonts;
};
