#include "ReportOdtWriter.h"

#include "ReportContentBuilder.h"
#include "ReportDocumentBuilder.h"
#include "ReportFonts.h"
#include "SaveFile.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

QByteArray ReportOdtWriter::render(const Report &report, const ReportEvaluation &evaluation, QString *error)
{
    const ReportFonts &fonts = ReportFonts::installed();
    if (!fonts.isUsable()) {
        if (error)
            *error = fonts.problem();
        return QByteArray();
    }
    const std::unique_ptr<QTextDocument> doc = ReportDocumentBuilder(fonts).build(
        ReportContentBuilder(report, evaluation).blocks(), report, evaluation, nullptr, ReportDocumentBuilder::Target::Odt);
    doc->setMetaInformation(QTextDocument::DocumentTitle, ReportContentBuilder::documentTitle(report));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        if (error)
            *error = tr("无法生成 ODT 文档。");
        return QByteArray();
    }
    return bytes;
}

bool ReportOdtWriter::write(const QString &fileName, const Report &report, const ReportEvaluation &evaluation, QString *error)
{
    const QByteArray bytes = render(report, evaluation, error);
    return !bytes.isEmpty() && SaveFile::write(fileName, bytes, error);
}
