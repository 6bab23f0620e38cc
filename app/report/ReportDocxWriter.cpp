#include "ReportDocxWriter.h"

#include "DocxDocumentPart.h"
#include "DocxParts.h"
#include "OfficeDocumentContent.h"
#include "PhaseTimer.h"
#include "SaveFile.h"
#include "ZipPackage.h"

ReportDocxWriter::Result ReportDocxWriter::render(const Report &report, const ReportEvaluation &evaluation)
{
    Result result;
    const std::optional<OfficeDocumentContent> content = OfficeDocumentContent::of(report, evaluation, &result.error);
    if (!content)
        return result;
    const auto &[properties, blocks, pictures] = *content;
    result.draft = properties.draft;

    XmlCharacterFilter filter;
    ZipPackage zip(properties.created.toLocalTime());
    using DocxParts::footer;
    zip.add(QStringLiteral("[Content_Types].xml"), DocxParts::contentTypes(filter, properties.draft));
    zip.add(QStringLiteral("_rels/.rels"), DocxParts::packageRelationships(filter));
    zip.add(QStringLiteral("docProps/core.xml"), DocxParts::coreProperties(filter, properties));
    zip.add(QStringLiteral("docProps/app.xml"), DocxParts::appProperties(filter, properties));
    zip.add(QStringLiteral("word/document.xml"), DocxDocumentPart(blocks, pictures, properties.draft).xml(filter));
    zip.add(QStringLiteral("word/_rels/document.xml.rels"),
            DocxParts::documentRelationships(filter, properties.draft, int(pictures.size())));
    zip.add(QStringLiteral("word/styles.xml"), DocxParts::styles(filter));
    zip.add(QStringLiteral("word/settings.xml"), DocxParts::settings(filter));
    zip.add(QStringLiteral("word/fontTable.xml"), DocxParts::fontTable(filter));
    zip.add(QStringLiteral("word/footer1.xml"), footer(filter, true));
    zip.add(QStringLiteral("word/footer2.xml"), footer(filter, false));
    if (properties.draft) {
        zip.add(QStringLiteral("word/header1.xml"), DocxParts::draftHeader(filter));
        zip.add(QStringLiteral("word/header2.xml"), DocxParts::draftHeader(filter));
    }
    for (int i = 0; i < pictures.size(); ++i) // PNG is compressed already
        zip.add(QStringLiteral("word/") + DocxParts::pictureName(i), pictures[i].png, ZipPackage::Compression::Stored);
    result.docx = zip.finish();
    PhaseTimer::mark("write the .docx package");
    if (result.docx.isEmpty()) {
        result.error = tr("无法生成 Word 文档。");
        return result;
    }
    result.notice = filter.notice();
    return result;
}

ReportDocxWriter::Result ReportDocxWriter::write(const QString &fileName, const Report &report, const ReportEvaluation &evaluation)
{
    Result result = render(report, evaluation);
    if (!result.ok())
        return result;
    QString error;
    if (!SaveFile::write(fileName, result.docx, &error))
        result.error = error;
    PhaseTimer::mark("write the file");
    return result;
}
