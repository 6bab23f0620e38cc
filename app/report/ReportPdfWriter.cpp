#include "ReportPdfWriter.h"

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

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QThread>
#include <algorithm>
#include <limits>
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

// The first `partCount` parts of the report laid out on a PDF writer of their own, and the
// pages that `range(body)` names (numbered from 1, the body's layout at hand) painted on it.
ReportPdfWriter::Written ReportPdfWriter::writePages(const Job &job, qsizetype partCount, const PdfMetadata *meta,
                                                     const std::function<PageRange(QTextDocument *body)> &range)
{
    Written written;
    QBuffer buffer(&written.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    if (meta) {
        writer.setTitle(meta->title);
        writer.setCreator(meta->creator);
        writer.setDocumentXmpMetadata(meta->xmp());
    }
    const ReportDocumentBuilder builder(job.fonts);
    std::vector<std::unique_ptr<QTextDocument>> owned;
    QList<QTextDocument *> documents;
    for (qsizetype i = 0; i < partCount; ++i) {
        owned.push_back(builder.build(job.parts[i], job.report, job.evaluation, &writer, ReportDocumentBuilder::Target::Pdf));
        ReportPaginator::keepHeadingsWithNext(owned.back().get());
        owned.back()->documentLayout()->documentSize(); // the whole layout, now
        documents.append(owned.back().get());
    }
    written.bodyPages = documents.front()->pageCount();
    written.range = range(documents.front());
    PhaseTimer::mark("lay out");
    QPainter painter;
    if (written.range.first > written.range.last || !painter.begin(&writer)) {
        written.pdf.clear();
        return written;
    }
    written.pages = ReportPagePainter(job.fonts, job.draft)
                        .paint(documents, &painter, writer.resolution() / 25.4, [&writer] { return writer.newPage(); },
                               written.range.first, written.range.last);
    PhaseTimer::mark("paint the pages");
    painter.end();
    PhaseTimer::mark("finish the PDF (fonts, streams)");
    buffer.close();
    if (written.pages == 0)
        written.pdf.clear();
    return written;
}

// The pages in two parts, on two threads at once, each part a PDF of its own (its own
// QPdfWriter, its own font subsets), then joined: QPdfWriter paints and embeds its fonts on
// one thread only, and on two cores this takes the example's export from 100 to 84 ms, for a
// larger file (the faces' subsets are embedded once per part: 414 → 580 KB). This thread
// lays out the body and paints its first pages (all its charts among them) with the
// document's metadata; the other lays the whole report out for itself (it must know where
// the first part ends) and paints the rest. Nothing is returned (and the caller writes the
// report in one piece) if there is no second part, if the two threads did not lay the body
// out alike, or if the parts cannot be joined.
std::optional<QByteArray> ReportPdfWriter::renderOnTwoThreads(const Job &job, int *pages)
{
    if (QThread::idealThreadCount() < 2)
        return std::nullopt;
    Written second;
    const bool sourceLanguage = SourceLanguageScope::isActive();
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        std::optional<SourceLanguageScope> chinese; // as the calling thread, should the layout call tr()
        if (sourceLanguage)
            chinese.emplace();
        second = writePages(job, job.parts.size(), nullptr,
                            [](QTextDocument *body) { return PageRange{handOverPage(body) + 1, std::numeric_limits<int>::max()}; });
    }));
    thread->start();
    const Written first = writePages(job, 1, &job.meta, [](QTextDocument *body) { return PageRange{1, handOverPage(body)}; });
    thread->wait();
    PhaseTimer::mark("wait for the second PDF");
    if (first.pdf.isEmpty() || second.pdf.isEmpty() || second.bodyPages != first.bodyPages
        || second.range.first != first.range.last + 1)
        return std::nullopt; // (a report of the body alone, too short for a second part, is written in one piece)
    QString error;
    QByteArray joined = PdfPageAppender::append(first.pdf, second.pdf, &error);
    PhaseTimer::mark("join the two PDFs");
    if (joined.isEmpty()) {
        qWarning("ReportPdfWriter: the two parts could not be joined (%s); writing in one piece", qPrintable(error));
        return std::nullopt;
    }
    *pages = first.pages + second.pages;
    return joined;
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
    if (!pdf) { // in one piece, on this thread
        const Written whole = writePages(job, job.parts.size(), &meta, [](QTextDocument *) {
            return PageRange{1, std::numeric_limits<int>::max()};
        });
        pdf = whole.pdf;
        result.pages = whole.pages;
    }
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
