#include "ReportPdfWriter.h"

#include "PdfMetadata.h"
#include "PhaseTimer.h"
#include "ReportContentBuilder.h"
#include "ReportDocumentBuilder.h"
#include "ReportFonts.h"
#include "ReportPagePainter.h"
#include "ReportPaginator.h"
#include "ReportProperties.h"
#include "SaveFile.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <memory>
#include <vector>

namespace {

// The parts of the document that start on a new page: the body, each appendix, a draft's
// notes. Each is laid out as a document of its own, so that a keep-with-next break in the
// body lays out again only the body, not the appendix tables (the costliest part of the
// layout), and no part's pages depend on another's.
QList<ReportBlocks> partsStartingOnANewPage(const ReportBlocks &blocks)
{
    QList<ReportBlocks> parts(1);
    for (const ReportBlock &b : blocks) {
        if (b.kind == ReportBlock::Kind::PageBreak) {
            if (!parts.last().isEmpty())
                parts.append(ReportBlocks());
        } else {
            parts.last().append(b);
        }
    }
    if (parts.last().isEmpty() && parts.size() > 1)
        parts.removeLast();
    return parts;
}

} // namespace

// The report laid out on `writer` (each part that starts on a new page a document of its
// own) and painted page by page. Returns the number of pages, 0 if nothing could be painted.
int ReportPdfWriter::writePages(QPdfWriter *writer, const Report &report, const ReportEvaluation &evaluation,
                                const ReportFonts &fonts, bool draft)
{
    const QList<ReportBlocks> parts = partsStartingOnANewPage(ReportContentBuilder(report, evaluation).blocks());
    PhaseTimer::mark("content blocks (sentences, tables)");
    const ReportDocumentBuilder builder(fonts);
    std::vector<std::unique_ptr<QTextDocument>> owned;
    QList<QTextDocument *> documents;
    for (const ReportBlocks &part : parts) {
        owned.push_back(builder.build(part, report, evaluation, writer));
        ReportPaginator::keepHeadingsWithNext(owned.back().get());
        documents.append(owned.back().get());
    }
    PhaseTimer::mark("lay out");
    QPainter painter;
    if (!painter.begin(writer))
        return 0;
    const int pages = ReportPagePainter(fonts, draft).paint(documents, &painter, writer->resolution() / 25.4,
                                                            [writer] { return writer->newPage(); });
    PhaseTimer::mark("paint the pages");
    painter.end();
    PhaseTimer::mark("finish the PDF (fonts, streams)");
    return pages;
}

ReportPdfWriter::Result ReportPdfWriter::render(const Report &report, const ReportEvaluation &evaluation)
{
    Result result;
    const ReportFonts &fonts = ReportFonts::installed();
    if (!fonts.isUsable()) {
        result.error = fonts.problem();
        return result;
    }
    PhaseTimer::mark("choose the fonts");
    const ReportProperties properties = ReportProperties::of(report, evaluation);
    result.draft = properties.draft;

    PdfMetadata meta;
    meta.title = properties.title;
    meta.author = properties.author;
    meta.subject = properties.subject;
    meta.creator = properties.creator;

    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(meta.title);
        writer.setCreator(meta.creator);
        writer.setDocumentXmpMetadata(meta.xmp());
        result.pages = writePages(&writer, report, evaluation, fonts, result.draft);
    }
    const bool written = result.pages > 0 && meta.setInfo(pdf);
    PhaseTimer::mark("author and subject (libqpdf)");
    if (!written) {
        result.error = tr("无法生成 PDF。");
        return result;
    }
    result.pdf = pdf;
    return result;
}

ReportPdfWriter::Result ReportPdfWriter::write(const QString &fileName, const Report &report, const ReportEvaluation &evaluation)
{
    Result result = render(report, evaluation);
    if (!result.ok())
        return result;
    QString error;
    if (!SaveFile::write(fileName, result.pdf, &error))
        result.error = error;
    PhaseTimer::mark("write the file");
    return result;
}
