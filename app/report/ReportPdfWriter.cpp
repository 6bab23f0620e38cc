#include "ReportPdfWriter.h"

#include "OfficialPageLayout.h"
#include "PdfMetadata.h"
#include "PhaseTimer.h"
#include "ReportContentBuilder.h"
#include "ReportDocumentBuilder.h"
#include "ReportFonts.h"
#include "ReportPagePainter.h"
#include "ReportPaginator.h"
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
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(meta.title);
        writer.setCreator(meta.creator);
        writer.setDocumentXmpMetadata(meta.xmp());

        const ReportDocumentBuilder builder(fonts);
        const ReportBlocks blocks = ReportContentBuilder(report, evaluation).blocks();
        PhaseTimer::mark("content blocks (sentences, tables)");
        std::vector<std::unique_ptr<QTextDocument>> documents;
        QList<QTextDocument *> pages;
        for (const ReportBlocks &part : partsStartingOnANewPage(blocks)) {
            documents.push_back(builder.build(part, report, evaluation, &writer, ReportDocumentBuilder::Target::Pdf));
            ReportPaginator::keepHeadingsWithNext(documents.back().get());
            pages.append(documents.back().get());
        }

        QPainter painter;
        if (!painter.begin(&writer)) {
            result.error = tr("无法生成 PDF。");
            result.pdf.clear();
            return result;
        }
        const qreal dotsPerMm = writer.resolution() / 25.4;
        result.pages = ReportPagePainter(fonts, result.draft).paint(pages, &painter, dotsPerMm, [&writer] { return writer.newPage(); });
        PhaseTimer::mark("paint the pages");
        painter.end();
        PhaseTimer::mark("finish the PDF (fonts, streams)");
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
