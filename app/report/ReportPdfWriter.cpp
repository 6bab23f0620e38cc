#include "ReportPdfWriter.h"

#include "OfficialPageLayout.h"
#include "PdfMetadata.h"
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
        const std::unique_ptr<QTextDocument> doc = builder.build(ReportContentBuilder(report, evaluation).blocks(), report,
                                                                 evaluation, &writer, ReportDocumentBuilder::Target::Pdf);
        ReportPaginator::keepHeadingsWithNext(doc.get());

        QPainter painter;
        if (!painter.begin(&writer)) {
            result.error = tr("无法生成 PDF。");
            result.pdf.clear();
            return result;
        }
        const qreal dotsPerMm = writer.resolution() / 25.4;
        result.pages = ReportPagePainter(fonts, result.draft).paint(doc.get(), &painter, dotsPerMm, [&writer] { return writer.newPage(); });
        painter.end();
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
    return result;
}
