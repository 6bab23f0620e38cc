#include "ReportPdfWriter.h"

#include "AsideLayout.h"
#include "ChartTextObject.h"
#include "OfficialPageLayout.h"
#include "PdfMetadata.h"
#include "PdfPageAppender.h"
#include "PhaseTimer.h"
#include "ReportContentBuilder.h"
#include "ReportDocumentBuilder.h"
#include "ReportFonts.h"
#include "ReportPagePainter.h"
#include "ReportPaginator.h"
#include "SaveFile.h"
#include "SourceLanguageScope.h"
#include "UnhintedGlyphs.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QThread>
#include <algorithm>
#include <memory>
#include <optional>
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

void setUp(QPdfWriter &writer, const PdfMetadata *meta)
{
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    if (meta) {
        writer.setTitle(meta->title);
        writer.setCreator(meta->creator);
        writer.setDocumentXmpMetadata(meta->xmp());
    }
}

using Documents = std::vector<std::unique_ptr<QTextDocument>>;

// Parts `from` … `to` - 1 laid out on `device`.
Documents layOut(const QList<ReportBlocks> &parts, qsizetype from, qsizetype to, const ReportDocumentBuilder &builder,
                 const Report &report, const ReportEvaluation &evaluation, QPaintDevice *device)
{
    Documents documents;
    for (qsizetype i = from; i < to; ++i) {
        documents.push_back(builder.build(parts[i], report, evaluation, device, ReportDocumentBuilder::Target::Pdf));
        ReportPaginator::keepHeadingsWithNext(documents.back().get());
        documents.back()->documentLayout()->documentSize(); // the whole layout, now
    }
    return documents;
}

// The last page of the body that the first writer paints: every page with a chart (charts
// are widgets, drawn on the application's thread) and at least three quarters of the body.
// The second writer also lays out the appendix tables, so its share of the pages is smaller;
// on the example (15 pages of body, 3 of appendix) the halves take about as long with the
// first writer painting 12 pages: 84 ms for the command against 94 ms with 8.
int handOverPage(QTextDocument *body)
{
    const int pages = body->pageCount();
    return std::min(pages, std::max(ChartTextObject::lastPageWithAChart(body), (pages * 3 + 3) / 4));
}

} // namespace

// What both threads read (and neither changes) while the pages are written.
struct ReportPdfWriter::Job
{
    const Report &report;
    const ReportEvaluation &evaluation;
    const ReportFonts &fonts;
    QList<ReportBlocks> parts;
    bool draft;
    PdfMetadata meta;
};

QString ReportPdfWriter::subject(const Report &report, bool draft)
{
    QString s = QStringLiteral("%1年度部门整体支出预算绩效自评").arg(report.year);
    if (draft)
        s += QStringLiteral("（草稿）");
    return s;
}

// The pages in two parts, on two threads at once, each part a PDF of its own (its own
// QPdfWriter, its own font subsets), then joined: QPdfWriter paints and embeds its fonts on
// one thread only, and on two cores this takes the example's export from 100 to 84 ms, for a
// larger file (the faces' subsets are embedded once per part: 414 → 584 KB). This thread
// paints the first pages of the body (all its charts among them) and writes the document's
// metadata; the other lays the whole report out for itself and paints the rest. Nothing is
// returned (and the caller writes the report in one piece) if there is no second part, if the
// two threads did not lay the body out alike, or if the parts cannot be joined.
std::optional<QByteArray> ReportPdfWriter::renderOnTwoThreads(const Job &job, int *pages)
{
    if (QThread::idealThreadCount() < 2)
        return std::nullopt;
    struct Second
    {
        QByteArray pdf;
        int pages = 0;
        int bodyPages = -1;
        int handOver = -1;
    } second;
    const bool sourceLanguage = SourceLanguageScope::isActive();
    // The second thread lays the whole report out for itself (the body too: it must know where
    // the first half ends, and the pages it paints are the body's as well) and paints from the
    // page after the hand-over.
    AsideLayout aside([&] {
        UnhintedGlyphs::followProcess();
        std::optional<SourceLanguageScope> chinese; // as the calling thread, should the layout call tr()
        if (sourceLanguage)
            chinese.emplace();
        QBuffer buffer(&second.pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUp(writer, nullptr);
        const ReportDocumentBuilder builder(job.fonts);
        Documents documents = layOut(job.parts, 0, job.parts.size(), builder, job.report, job.evaluation, &writer);
        second.bodyPages = documents.front()->pageCount();
        second.handOver = handOverPage(documents.front().get());
        if (second.handOver >= second.bodyPages && documents.size() == 1)
            return; // nothing left for this half
        QPainter painter;
        if (!painter.begin(&writer))
            return;
        second.pages = ReportPagePainter(job.fonts, job.draft)
                           .paint(qsizetype(documents.size()), [&documents](qsizetype i) { return documents[i].get(); },
                                  &painter, writer.resolution() / 25.4, [&writer] { return writer.newPage(); },
                                  second.handOver + 1);
        painter.end();
    });

    const ReportDocumentBuilder builder(job.fonts);
    QBuffer firstBuffer;
    firstBuffer.open(QIODevice::WriteOnly);
    QPdfWriter first(&firstBuffer);
    setUp(first, &job.meta);
    Documents body = layOut(job.parts, 0, 1, builder, job.report, job.evaluation, &first);
    const int handOver = handOverPage(body.front().get());
    PhaseTimer::mark("lay out the body");
    QPainter painter;
    if (!painter.begin(&first))
        return std::nullopt;
    const int firstPages = ReportPagePainter(job.fonts, job.draft)
                               .paint(1, [&body](qsizetype) { return body.front().get(); }, &painter,
                                      first.resolution() / 25.4, [&first] { return first.newPage(); }, 1, handOver);
    PhaseTimer::mark("paint the first pages");
    painter.end();
    PhaseTimer::mark("finish the first PDF (fonts, streams)");
    aside.waitUntilDone();
    PhaseTimer::mark("wait for the second PDF");
    if (second.pages == 0 || second.bodyPages != body.front()->pageCount() || second.handOver != handOver)
        return std::nullopt; // (a report of the body alone, shorter than one page per half, is written in one piece)
    firstBuffer.close();
    QString error;
    QByteArray joined = PdfPageAppender::append(firstBuffer.data(), second.pdf, &error);
    PhaseTimer::mark("join the two PDFs");
    if (joined.isEmpty()) {
        qWarning("ReportPdfWriter: the two halves could not be joined (%s); writing in one piece", qPrintable(error));
        return std::nullopt;
    }
    *pages = firstPages + second.pages;
    return joined;
}

// The pages one after the other on this thread, with one writer.
std::optional<QByteArray> ReportPdfWriter::renderOnOneThread(const Job &job, int *pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, &job.meta);
        const ReportDocumentBuilder builder(job.fonts);
        Documents documents = layOut(job.parts, 0, job.parts.size(), builder, job.report, job.evaluation, &writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return std::nullopt;
        *pages = ReportPagePainter(job.fonts, job.draft)
                     .paint(qsizetype(documents.size()), [&documents](qsizetype i) { return documents[i].get(); },
                            &painter, writer.resolution() / 25.4, [&writer] { return writer.newPage(); });
        PhaseTimer::mark("paint the pages");
        painter.end();
        PhaseTimer::mark("finish the PDF (fonts, streams)");
    }
    return pdf;
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
    result.draft = evaluation.errorCount() > 0;

    PdfMetadata meta;
    meta.title = ReportContentBuilder::documentTitle(report);
    meta.author = report.department.trimmed();
    meta.subject = subject(report, result.draft);
    meta.creator = QStringLiteral("Jixiao ") + QCoreApplication::applicationVersion();
    if (QCoreApplication::applicationVersion().isEmpty())
        meta.creator = QStringLiteral("Jixiao");

    const Job job{report, evaluation, fonts, partsStartingOnANewPage(ReportContentBuilder(report, evaluation).blocks()),
                  result.draft, meta};
    PhaseTimer::mark("content blocks (sentences, tables)");
    std::optional<QByteArray> pdf = renderOnTwoThreads(job, &result.pages);
    if (!pdf)
        pdf = renderOnOneThread(job, &result.pages);
    if (!pdf || pdf->isEmpty() || !meta.appendInfo(*pdf)) {
        result.error = tr("无法生成 PDF。");
        return result;
    }
    result.pdf = *pdf;
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
