#include "ReportOdtWriter.h"

#include "OdtContentPart.h"
#include "OdtStyles.h"
#include "OfficeDocumentContent.h"
#include "PhaseTimer.h"
#include "SaveFile.h"
#include "ZipPackage.h"

ReportOdtWriter::Result ReportOdtWriter::render(const Report &report, const ReportEvaluation &evaluation)
{
    Result result;
    const std::optional<OfficeDocumentContent> content = OfficeDocumentContent::of(report, evaluation, &result.error);
    if (!content)
        return result;
    const auto &[properties, blocks, pictures] = *content;
    result.draft = properties.draft;

    XmlCharacterFilter filter;
    QStringList pictureNames;
    for (int i = 0; i < pictures.size(); ++i)
        pictureNames.append(OdtContentPart::pictureName(i));
    ZipPackage zip(properties.created.toLocalTime());
    // The media type first and stored, as ODF 1.3 §3.3 asks (readers find it at byte 38).
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), ZipPackage::Compression::Stored);
    zip.add(QStringLiteral("content.xml"), OdtContentPart(blocks, pictures).xml(filter));
    zip.add(QStringLiteral("styles.xml"), OdtStyles::styles(filter, properties.draft));
    zip.add(QStringLiteral("meta.xml"), OdtStyles::meta(filter, properties));
    for (int i = 0; i < pictures.size(); ++i) // PNG is compressed already
        zip.add(pictureNames[i], pictures[i].png, ZipPackage::Compression::Stored);
    zip.add(QStringLiteral("META-INF/manifest.xml"), OdtStyles::manifest(filter, pictureNames));
    result.odt = zip.finish();
    PhaseTimer::mark("write the .odt package");
    if (result.odt.isEmpty()) {
        result.error = tr("无法生成 ODT 文档。");
        return result;
    }
    result.notice = filter.notice();
    return result;
}

ReportOdtWriter::Result ReportOdtWriter::write(const QString &fileName, const Report &report, const ReportEvaluation &evaluation)
{
    Result result = render(report, evaluation);
    if (!result.ok())
        return result;
    QString error;
    if (!SaveFile::write(fileName, result.odt, &error))
        result.error = error;
    PhaseTimer::mark("write the file");
    return result;
}
