#include "DocxParts.h"

#include "OfficialTextStyles.h"
#include "XmlPartWriter.h"

#include <cmath>

using namespace OfficialPageLayout;
constexpr qreal Pitch = OfficialTextStyles::LinePitchPt; // not the PDF's: see there
using OfficialTextStyles::Style;

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PackageRelationships = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString OfficeRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString WordMl = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");

QString twips(qreal points)
{
    return QString::number(qRound(points * 20));
}

QString halfPoints(qreal points)
{
    return QString::number(qRound(points * 2));
}

const char *jc(OfficialTextStyles::Align align)
{
    switch (align) {
    case OfficialTextStyles::Align::Left:
        return "left";
    case OfficialTextStyles::Align::Center:
        return "center";
    case OfficialTextStyles::Align::Right:
        return "right";
    case OfficialTextStyles::Align::Justify:
        break;
    }
    return "both";
}

// The face by its official name in every script slot: digits and Latin letters of a
// government document are set in the body face too.
void fonts(XmlPartWriter &w, ReportFonts::Role role)
{
    const QString name = ReportFonts::officialNames(role).constFirst();
    w.empty("w:rFonts", {{"w:ascii", name}, {"w:eastAsia", name}, {"w:hAnsi", name}, {"w:cs", name},
                         {"w:hint", QStringLiteral("eastAsia")}});
}

void runProperties(XmlPartWriter &w, const Style &s)
{
    w.start("w:rPr");
    fonts(w, s.face);
    if (&s == &OfficialTextStyles::draftMark())
        w.empty("w:color", {{"w:val", QLatin1String(OfficialTextStyles::draftColor())}});
    if (s.letterSpacingPt != 0) // in whole twips, rounded to the closer-set side
        w.empty("w:spacing", {{"w:val", QString::number(int(std::floor(s.letterSpacingPt * 20)))}});
    w.empty("w:sz", {{"w:val", halfPoints(s.pointSize)}});
    w.empty("w:szCs", {{"w:val", halfPoints(s.pointSize)}});
    w.end();
}

void paragraphProperties(XmlPartWriter &w, const Style &s)
{
    w.start("w:pPr");
    if (s.keepWithNext)
        w.empty("w:keepNext");
    w.empty("w:widowControl", {{"w:val", QStringLiteral("0")}}); // as the PDF: lines fill every page
    // No extra space between Chinese and Latin letters or digits: the PDF has none, and the
    // lines keep their 28 characters.
    w.empty("w:autoSpaceDE", {{"w:val", QStringLiteral("0")}});
    w.empty("w:autoSpaceDN", {{"w:val", QStringLiteral("0")}});
    w.empty("w:adjustRightInd", {{"w:val", QStringLiteral("0")}});
    w.empty("w:snapToGrid", {{"w:val", QStringLiteral("0")}}); // see OfficialTextStyles.h
    if (s.lineHeightLines > 0)
        w.empty("w:spacing", {{"w:before", QStringLiteral("0")},
                              {"w:after", twips(s.spaceAfterLines * Pitch)},
                              {"w:line", twips(s.lineHeightLines * Pitch)},
                              {"w:lineRule", QStringLiteral("exact")}});
    else
        w.empty("w:spacing", {{"w:before", QStringLiteral("0")},
                              {"w:after", twips(s.spaceAfterLines * Pitch)},
                              {"w:line", QString::number(s.autoLinePercent * 240 / 100)},
                              {"w:lineRule", QStringLiteral("auto")}});
    // Word and WPS indent by characters of the grid; LibreOffice reads the length.
    const bool hanging = s.firstLineChars < 0;
    const qreal first = hanging ? -s.firstLineChars : s.firstLineChars;
    w.empty("w:ind", {{"w:left", twips(s.leftChars * OfficialTextStyles::CharPitchPt)},
                      {"w:leftChars", QString::number(qRound(s.leftChars * 100))},
                      {"w:right", twips(s.rightChars * OfficialTextStyles::CharPitchPt)},
                      {"w:rightChars", QString::number(qRound(s.rightChars * 100))},
                      {hanging ? "w:hanging" : "w:firstLine", twips(first * OfficialTextStyles::CharPitchPt)},
                      {hanging ? "w:hangingChars" : "w:firstLineChars", QString::number(qRound(first * 100))}});
    w.empty("w:jc", {{"w:val", QLatin1String(jc(s.align))}});
    if (s.outlineLevel >= 0)
        w.empty("w:outlineLvl", {{"w:val", QString::number(s.outlineLevel)}});
    w.end();
}

void relationship(XmlPartWriter &w, const QString &id, const QString &type, const QString &target)
{
    w.empty("Relationship", {{"Id", id}, {"Type", type}, {"Target", target}});
}

} // namespace

namespace DocxParts {

QString pictureId(int index)
{
    return QStringLiteral("rIdChart%1").arg(index + 1);
}

QString pictureName(int index)
{
    return QStringLiteral("media/chart%1.png").arg(index + 1);
}

QByteArray styles(XmlCharacterFilter &filter)
{
    XmlPartWriter w(filter);
    w.start("w:styles", {{"xmlns:w", W}});
    w.start("w:docDefaults");
    w.start("w:rPrDefault");
    w.start("w:rPr");
    fonts(w, ReportFonts::Role::Body);
    w.empty("w:kern", {{"w:val", QStringLiteral("2")}});
    w.empty("w:sz", {{"w:val", halfPoints(BodyPt)}});
    w.empty("w:szCs", {{"w:val", halfPoints(BodyPt)}});
    w.empty("w:lang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}, {"w:bidi", QStringLiteral("ar-SA")}});
    w.end();
    w.end();
    w.start("w:pPrDefault");
    w.start("w:pPr");
    w.empty("w:widowControl", {{"w:val", QStringLiteral("0")}});
    w.end();
    w.end();
    w.end(); // docDefaults

    for (const Style *s : OfficialTextStyles::all()) {
        const bool normal = QLatin1String(s->id) == QLatin1String("Normal");
        w.start("w:style", {{"w:type", QStringLiteral("paragraph")}, {"w:styleId", QLatin1String(s->id)}});
        if (normal)
            w.attribute("w:default", QStringLiteral("1"));
        w.empty("w:name", {{"w:val", QString::fromUtf8(s->name)}});
        if (!normal) {
            w.empty("w:basedOn", {{"w:val", QStringLiteral("Normal")}});
            // After a heading, caption or title comes body text.
            w.empty("w:next", {{"w:val", QStringLiteral("Normal")}});
        }
        w.empty("w:qFormat");
        paragraphProperties(w, *s);
        runProperties(w, *s);
        w.end();
    }
    // A （一） heading that runs into its paragraph: the heading's face on the run.
    w.start("w:style", {{"w:type", QStringLiteral("character")}, {"w:styleId", QStringLiteral("RunInHeading")}});
    w.empty("w:name", {{"w:val", QStringLiteral("段首标题")}});
    w.empty("w:qFormat");
    w.start("w:rPr");
    fonts(w, OfficialTextStyles::forBlock(ReportBlock::Kind::Heading2).face);
    w.end();
    w.end();
    w.end();
    return w.finish();
}

QByteArray fontTable(XmlCharacterFilter &filter)
{
    XmlPartWriter w(filter);
    w.start("w:fonts", {{"xmlns:w", W}});
    for (const ReportFonts::Role role : {ReportFonts::Role::Body, ReportFonts::Role::Hei, ReportFonts::Role::Kai,
                                         ReportFonts::Role::Title, ReportFonts::Role::PageNumber}) {
        const QStringList names = ReportFonts::officialNames(role);
        w.start("w:font", {{"w:name", names.constFirst()}});
        if (names.size() > 1)
            w.empty("w:altName", {{"w:val", names.at(1)}});
        w.empty("w:charset", {{"w:val", QStringLiteral("86")}}); // GB2312
        w.empty("w:family", {{"w:val", QStringLiteral("modern")}});
        w.empty("w:pitch", {{"w:val", QStringLiteral("fixed")}});
        w.end();
    }
    w.end();
    return w.finish();
}

QByteArray settings(XmlCharacterFilter &filter)
{
    XmlPartWriter w(filter);
    w.start("w:settings", {{"xmlns:w", W}});
    w.empty("w:zoom", {{"w:percent", QStringLiteral("100")}});
    w.empty("w:defaultTabStop", {{"w:val", twips(2 * OfficialTextStyles::CharPitchPt)}});
    w.empty("w:evenAndOddHeaders"); // — N — right on odd pages, left on even ones
    // Punctuation keeps its full width: 28 characters to every line, as the PDF.
    w.empty("w:characterSpacingControl", {{"w:val", QStringLiteral("doNotCompress")}});
    w.start("w:compat");
    w.empty("w:compatSetting", {{"w:name", QStringLiteral("compatibilityMode")},
                                {"w:uri", QStringLiteral("http://schemas.microsoft.com/office/word")},
                                {"w:val", QStringLiteral("15")}});
    w.end();
    w.empty("w:themeFontLang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}});
    w.end();
    return w.finish();
}

QByteArray footer(XmlCharacterFilter &filter, bool odd)
{
    XmlPartWriter w(filter);
    w.start("w:ftr", {{"xmlns:w", W}, {"xmlns:r", R}});
    w.start("w:p");
    w.start("w:pPr");
    w.empty("w:pStyle", {{"w:val", QLatin1String(OfficialTextStyles::pageNumber().id)}});
    const QString oneChar = twips(PageNumberPt);
    if (odd)
        w.empty("w:ind", {{"w:right", oneChar}, {"w:rightChars", QStringLiteral("0")}});
    else
        w.empty("w:ind", {{"w:left", oneChar}, {"w:leftChars", QStringLiteral("0")}});
    w.empty("w:jc", {{"w:val", odd ? QStringLiteral("right") : QStringLiteral("left")}});
    w.end();
    auto run = [&w](const QString &text) {
        w.start("w:r");
        w.element("w:t", text, {{"xml:space", QStringLiteral("preserve")}});
        w.end();
    };
    auto fieldChar = [&w](const char *type) {
        w.start("w:r");
        w.empty("w:fldChar", {{"w:fldCharType", QLatin1String(type)}});
        w.end();
    };
    run(QStringLiteral("— "));
    fieldChar("begin");
    w.start("w:r");
    w.element("w:instrText", QStringLiteral(" PAGE "), {{"xml:space", QStringLiteral("preserve")}});
    w.end();
    fieldChar("separate");
    run(odd ? QStringLiteral("1") : QStringLiteral("2"));
    fieldChar("end");
    run(QStringLiteral(" —"));
    w.end();
    w.end();
    return w.finish();
}

QByteArray draftHeader(XmlCharacterFilter &filter)
{
    XmlPartWriter w(filter);
    w.start("w:hdr", {{"xmlns:w", W}, {"xmlns:r", R}});
    w.start("w:p");
    w.start("w:pPr");
    w.empty("w:pStyle", {{"w:val", QLatin1String(OfficialTextStyles::draftMark().id)}});
    w.end();
    w.start("w:r");
    w.element("w:t", QStringLiteral("草稿"));
    w.end();
    w.end();
    w.end();
    return w.finish();
}

QByteArray coreProperties(XmlCharacterFilter &filter, const ReportProperties &p)
{
    XmlPartWriter w(filter);
    w.start("cp:coreProperties",
            {{"xmlns:cp", QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties")},
             {"xmlns:dc", QStringLiteral("http://purl.org/dc/elements/1.1/")},
             {"xmlns:dcterms", QStringLiteral("http://purl.org/dc/terms/")},
             {"xmlns:dcmitype", QStringLiteral("http://purl.org/dc/dcmitype/")},
             {"xmlns:xsi", QStringLiteral("http://www.w3.org/2001/XMLSchema-instance")}});
    w.element("dc:title", p.title);
    w.element("dc:subject", p.subject);
    w.element("dc:creator", p.author);
    w.element("cp:lastModifiedBy", p.author);
    if (p.draft)
        w.element("cp:contentStatus", QStringLiteral("草稿"));
    const QString created = p.created.toUTC().toString(Qt::ISODate);
    w.element("dcterms:created", created, {{"xsi:type", QStringLiteral("dcterms:W3CDTF")}});
    w.element("dcterms:modified", created, {{"xsi:type", QStringLiteral("dcterms:W3CDTF")}});
    w.end();
    return w.finish();
}

QByteArray appProperties(XmlCharacterFilter &filter, const ReportProperties &p)
{
    XmlPartWriter w(filter);
    w.start("Properties", {{"xmlns", QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")},
                           {"xmlns:vt", QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes")}});
    w.element("Application", p.creator);
    w.element("Company", p.author);
    w.end();
    return w.finish();
}

QByteArray contentTypes(XmlCharacterFilter &filter, bool draft)
{
    XmlPartWriter w(filter);
    w.start("Types", {{"xmlns", QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types")}});
    w.empty("Default", {{"Extension", QStringLiteral("rels")},
                        {"ContentType", QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")}});
    w.empty("Default", {{"Extension", QStringLiteral("xml")}, {"ContentType", QStringLiteral("application/xml")}});
    w.empty("Default", {{"Extension", QStringLiteral("png")}, {"ContentType", QStringLiteral("image/png")}});
    auto part = [&w](const QString &name, const QString &type) {
        w.empty("Override", {{"PartName", name}, {"ContentType", type}});
    };
    part(QStringLiteral("/word/document.xml"), WordMl + QStringLiteral("document.main+xml"));
    part(QStringLiteral("/word/styles.xml"), WordMl + QStringLiteral("styles+xml"));
    part(QStringLiteral("/word/settings.xml"), WordMl + QStringLiteral("settings+xml"));
    part(QStringLiteral("/word/fontTable.xml"), WordMl + QStringLiteral("fontTable+xml"));
    part(QStringLiteral("/word/footer1.xml"), WordMl + QStringLiteral("footer+xml"));
    part(QStringLiteral("/word/footer2.xml"), WordMl + QStringLiteral("footer+xml"));
    if (draft) {
        part(QStringLiteral("/word/header1.xml"), WordMl + QStringLiteral("header+xml"));
        part(QStringLiteral("/word/header2.xml"), WordMl + QStringLiteral("header+xml"));
    }
    part(QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    part(QStringLiteral("/docProps/app.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    w.end();
    return w.finish();
}

QByteArray packageRelationships(XmlCharacterFilter &filter)
{
    XmlPartWriter w(filter);
    w.start("Relationships", {{"xmlns", PackageRelationships}});
    relationship(w, QStringLiteral("rId1"), OfficeRelationship + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml"));
    relationship(w, QStringLiteral("rId2"),
                 QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                 QStringLiteral("docProps/core.xml"));
    relationship(w, QStringLiteral("rId3"), OfficeRelationship + QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml"));
    w.end();
    return w.finish();
}

QByteArray documentRelationships(XmlCharacterFilter &filter, bool draft, int pictures)
{
    XmlPartWriter w(filter);
    w.start("Relationships", {{"xmlns", PackageRelationships}});
    relationship(w, QStringLiteral("rIdStyles"), OfficeRelationship + QStringLiteral("styles"), QStringLiteral("styles.xml"));
    relationship(w, QStringLiteral("rIdSettings"), OfficeRelationship + QStringLiteral("settings"), QStringLiteral("settings.xml"));
    relationship(w, QStringLiteral("rIdFonts"), OfficeRelationship + QStringLiteral("fontTable"), QStringLiteral("fontTable.xml"));
    relationship(w, QLatin1String(footerOddId()), OfficeRelationship + QStringLiteral("footer"), QStringLiteral("footer1.xml"));
    relationship(w, QLatin1String(footerEvenId()), OfficeRelationship + QStringLiteral("footer"), QStringLiteral("footer2.xml"));
    if (draft) {
        relationship(w, QLatin1String(headerOddId()), OfficeRelationship + QStringLiteral("header"), QStringLiteral("header1.xml"));
        relationship(w, QLatin1String(headerEvenId()), OfficeRelationship + QStringLiteral("header"), QStringLiteral("header2.xml"));
    }
    for (int i = 0; i < pictures; ++i)
        relationship(w, pictureId(i), OfficeRelationship + QStringLiteral("image"), pictureName(i));
    w.end();
    return w.finish();
}

} // namespace DocxParts
