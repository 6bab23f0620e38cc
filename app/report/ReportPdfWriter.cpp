#include "ReportPdfWriter.h"

#include "AsideLayout.h"
#include "LayoutDevice.h"
#include "OfficialPageLayout.h"
#include "PdfMetadata.h"
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

bool hasChart(const ReportBlocks &part)
{
    return std::any_of(part.cbegin(), part.cend(), [](const ReportBlock &b) { return b.kind == ReportBlock::Kind::Chart; });
}

} // namespace

QString ReportPdfWriter::subject(const Report &report, bool draft)
{
    QString s = QStringLiteral("%1年度部门整体支出预算绩效自评").arg(report.year);
    if (draft)
        s += QStringLiteral("（草稿）");
    return s;
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

    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        // Declared first, destroyed last: documents laid out aside use its font engines.
        std::unique_ptr<AsideLayout> aside;
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(meta.title);
        writer.setCreator(meta.creator);
        writer.setDocumentXmpMetadata(meta.xmp());
        const LayoutDevice writerTwin(writer);

        const ReportDocumentBuilder builder(fonts);
        const ReportBlocks blocks = ReportContentBuilder(report, evaluation).blocks();
        PhaseTimer::mark("content blocks (sentences, tables)");
        const QList<ReportBlocks> parts = partsStartingOnANewPage(blocks);
        std::vector<std::unique_ptr<QTextDocument>> documents(parts.size());
        auto layOut = [&](qsizetype i, QPaintDevice *device) {
            documents[i] = builder.build(parts[i], report, evaluation, device, ReportDocumentBuilder::Target::Pdf);
            ReportPaginator::keepHeadingsWithNext(documents[i].get());
        };
        // The parts after the first that hold no chart (the appendix tables) are laid out on a
        // second thread, on a stand-in with the writer's metrics, while this thread lays out
        // and paints the first. (Charts stay on this thread: Qt Charts are widgets.)
        QList<qsizetype> asideParts;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (!hasChart(parts[i]))
                asideParts.append(i);
        }
        if (!asideParts.isEmpty()) {
            QThread *painting = QThread::currentThread();
            const bool sourceLanguage = SourceLanguageScope::isActive();
            aside = std::make_unique<AsideLayout>([&, painting, sourceLanguage] {
                UnhintedGlyphs::followProcess();
                std::optional<SourceLanguageScope> chinese; // as this thread, should the layout ever call tr()
                if (sourceLanguage)
                    chinese.emplace();
                for (qsizetype i : std::as_const(asideParts)) {
                    layOut(i, const_cast<LayoutDevice *>(&writerTwin));
                    documents[i]->documentLayout()->documentSize(); // the whole layout, here
                    documents[i]->moveToThread(painting);
                }
            });
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (!asideParts.contains(i))
                layOut(i, &writer);
        }

        QPainter painter;
        if (!painter.begin(&writer)) {
            if (aside)
                aside->waitUntilDone(); // it fills `documents`, which go first
            result.error = tr("无法生成 PDF。");
            result.pdf.clear();
            return result;
        }
        const qreal dotsPerMm = writer.resolution() / 25.4;
        auto document = [&](qsizetype i) {
            if (aside && asideParts.contains(i)) {
                aside->waitUntilDone();
                PhaseTimer::mark("wait for the parts laid out aside");
            }
            return documents[i].get();
        };
        result.pages = ReportPagePainter(fonts, result.draft)
                           .paint(qsizetype(documents.size()), document, &painter, dotsPerMm, [&writer] { return writer.newPage(); });
        PhaseTimer::mark("paint the pages");
        painter.end();
        PhaseTimer::mark("finish the PDF (fonts, streams)");
        documents.clear(); // before the thread whose font engines they may hold ends
    }
    buffer.close();
    if (result.pdf.isEmpty() || !meta.appendInfo(result.pdf)) {
        result.error = tr("无法生成 PDF。");
        result.pdf.clear();
    }
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
