#include "OdtStyles.h"

#include "OfficialTextStyles.h"
#include "ReportFonts.h"
#include "XmlPartWriter.h"

using namespace OfficialPageLayout;
using OfficialTextStyles::Style;
using Role = ReportFonts::Role;

namespace {

constexpr qreal Pitch = OfficialTextStyles::LinePitchPt; // not the PDF's: see there
constexpr qreal FooterFromBottomMm = 24; // the foot of the page number, as the .docx's footer
constexpr qreal HeaderFromTopMm = 20;    // the draft mark, about 12 mm above the type area

QString pt(qreal points)
{
    return XmlPartWriter::number(points) + QStringLiteral("pt");
}

QString mm(qreal millimetres)
{
    return XmlPartWriter::number(millimetres) + QStringLiteral("mm");
}

const char *textAlign(OfficialTextStyles::Align align)
{
    switch (align) {
    case OfficialTextStyles::Align::Left:
        return "start";
    case OfficialTextStyles::Align::Center:
        return "center";
    case OfficialTextStyles::Align::Right:
        return "end";
    case OfficialTextStyles::Align::Justify:
        break;
    }
    return "justify";
}

void textProperties(XmlPartWriter &w, Role face, qreal size, qreal letterSpacing, const char *color = nullptr)
{
    const QString name = OdtStyles::fontName(int(face));
    w.start("style:text-properties", {{"style:font-name", name}, {"style:font-name-asian", name},
                                      {"style:font-name-complex", name}, {"fo:font-size", pt(size)},
                                      {"style:font-size-asian", pt(size)}, {"style:font-size-complex", pt(size)}});
    if (letterSpacing != 0)
        w.attribute("fo:letter-spacing", pt(letterSpacing));
    if (color)
        w.attribute("fo:color", QStringLiteral("#") + QLatin1String(color));
    w.end();
}

// `name` may differ from the style's id for a variant (the even pages' page number); the
// indents are the style's unless given.
void paragraphStyle(XmlPartWriter &w, const Style &s, const QString &name, const QString &parent, OfficialTextStyles::Align align,
                    const char *color = nullptr, qreal leftPt = 0, qreal rightPt = -1, const QString &displayName = QString())
{
    // LibreOffice knows a style by its display name: a variant needs one of its own.
    w.start("style:style", {{"style:name", name}, {"style:display-name", displayName.isEmpty() ? QString::fromUtf8(s.name) : displayName},
                            {"style:family", QStringLiteral("paragraph")}});
    if (!parent.isEmpty())
        w.attribute("style:parent-style-name", parent);
    if (s.outlineLevel >= 0)
        w.attribute("style:default-outline-level", QString::number(s.outlineLevel + 1));
    if (s.keepWithNext) // after a heading, caption or title comes body text
        w.attribute("style:next-style-name", QStringLiteral("Normal"));
    w.start("style:paragraph-properties",
            {{"fo:margin-top", QStringLiteral("0pt")},
             {"fo:margin-bottom", pt(s.spaceAfterLines * Pitch)},
             {"fo:margin-left", pt(leftPt)},
             {"fo:margin-right", pt(rightPt >= 0 ? rightPt : s.rightChars * OfficialTextStyles::CharPitchPt)},
             {"fo:text-indent", pt(s.firstLineChars * OfficialTextStyles::CharPitchPt)},
             {"fo:line-height", s.lineHeightLines > 0 ? pt(s.lineHeightLines * Pitch) : QString::number(s.autoLinePercent) + QLatin1Char('%')},
             {"fo:text-align", QLatin1String(textAlign(align))},
             {"style:justify-single-word", QStringLiteral("false")},
             // As the PDF: lines fill every page, no space between Chinese and Latin text, and
             // the paragraphs keep to the grid by their pitch and tracking (OfficialTextStyles.h).
             {"fo:orphans", QStringLiteral("0")},
             {"fo:widows", QStringLiteral("0")},
             {"style:text-autospace", QStringLiteral("none")},
             {"style:snap-to-layout-grid", QStringLiteral("false")}});
    if (s.keepWithNext)
        w.attribute("fo:keep-with-next", QStringLiteral("always"));
    w.end();
    textProperties(w, s.face, s.pointSize, s.letterSpacingPt, color);
    w.end();
}

void pageNumber(XmlPartWriter &w, bool odd)
{
    w.start("text:p", {{"text:style-name", odd ? QStringLiteral("PageNumber") : QStringLiteral("PageNumberEven")}});
    w.text(QStringLiteral("— "));
    w.element("text:page-number", odd ? QStringLiteral("1") : QStringLiteral("2"), {{"text:select-page", QStringLiteral("current")}});
    w.text(QStringLiteral(" —"));
    w.end();
}

void draftMark(XmlPartWriter &w)
{
    w.element("text:p", QStringLiteral("草稿"), {{"text:style-name", QLatin1String(OfficialTextStyles::draftMark().id)}});
}

// Paragraphs default to Chinese, with hanging punctuation and strict line breaks.
void defaultStyle(XmlPartWriter &w)
{
    w.start("style:default-style", {{"style:family", QStringLiteral("paragraph")}});
    w.empty("style:paragraph-properties", {{"style:punctuation-wrap", QStringLiteral("hanging")},
                                           {"style:line-break", QStringLiteral("strict")},
                                           {"style:writing-mode", QStringLiteral("page")}});
    w.start("style:text-properties", {{"fo:language", QStringLiteral("zh")}, {"fo:country", QStringLiteral("CN")},
                                      {"style:language-asian", QStringLiteral("zh")}, {"style:country-asian", QStringLiteral("CN")}});
    w.end();
    w.end();
}

// The official text styles, and the page number's variant for even pages.
void officialStyles(XmlPartWriter &w)
{
    const Style &number = OfficialTextStyles::pageNumber();
    for (const Style *s : OfficialTextStyles::all()) {
        const bool normal = QLatin1String(s->id) == QLatin1String("Normal");
        const char *color = s == &OfficialTextStyles::draftMark() ? OfficialTextStyles::draftColor() : nullptr;
        // — N — one character in from the edge of the type area: right on odd pages …
        const qreal right = s == &number ? PageNumberPt : -1;
        paragraphStyle(w, *s, QLatin1String(s->id), normal ? QString() : QStringLiteral("Normal"), s->align, color,
                       s->leftChars * OfficialTextStyles::CharPitchPt, right);
    }
    // … left on even ones.
    paragraphStyle(w, number, QStringLiteral("PageNumberEven"), QLatin1String(number.id), OfficialTextStyles::Align::Left,
                   nullptr, PageNumberPt, 0, QString::fromUtf8(number.name) + QStringLiteral("（偶数页）"));
}

// A （一） heading that runs into its paragraph: the heading's face on the span.
void runInHeadingStyle(XmlPartWriter &w)
{
    w.start("style:style", {{"style:name", QStringLiteral("RunInHeading")}, {"style:display-name", QStringLiteral("段首标题")},
                            {"style:family", QStringLiteral("text")}});
    const QString face = OdtStyles::fontName(int(OfficialTextStyles::forBlock(ReportBlock::Kind::Heading2).face));
    w.empty("style:text-properties", {{"style:font-name", face}, {"style:font-name-asian", face}, {"style:font-name-complex", face}});
    w.end();
}

// The page: A4, the type area at the standard's margins. Header and footer stand in the
// margins (ODF puts them inside the page's margins, above and below the body).
void pageLayout(XmlPartWriter &w, bool draft)
{
    constexpr qreal bottomMm = PageHeightMm - TopMarginMm - TypeHeightMm;
    w.start("office:automatic-styles");
    w.start("style:page-layout", {{"style:name", QStringLiteral("OfficialPage")}, {"style:page-usage", QStringLiteral("all")}});
    w.empty("style:page-layout-properties",
            {{"fo:page-width", mm(PageWidthMm)},
             {"fo:page-height", mm(PageHeightMm)},
             {"style:print-orientation", QStringLiteral("portrait")},
             {"fo:margin-top", mm(draft ? HeaderFromTopMm : TopMarginMm)},
             {"fo:margin-bottom", mm(FooterFromBottomMm)},
             {"fo:margin-left", mm(LeftMarginMm)},
             {"fo:margin-right", mm(PageWidthMm - LeftMarginMm - TypeWidthMm)},
             {"style:writing-mode", QStringLiteral("lr-tb")},
             // The 22 × 28 grid of the page setup; the paragraphs keep to it themselves.
             {"style:layout-grid-mode", QStringLiteral("both")},
             {"style:layout-grid-lines", QString::number(LinesPerPage)},
             {"style:layout-grid-base-height", pt(Pitch)},
             {"style:layout-grid-ruby-height", QStringLiteral("0pt")},
             {"style:layout-grid-base-width", pt(OfficialTextStyles::CharPitchPt)},
             {"style:layout-grid-snap-to", QStringLiteral("false")},
             {"style:layout-grid-ruby-below", QStringLiteral("false")},
             {"style:layout-grid-print", QStringLiteral("false")},
             {"style:layout-grid-display", QStringLiteral("false")},
             {"style:layout-grid-color", QStringLiteral("#c0c0c0")}});
    if (draft) {
        w.start("style:header-style");
        w.empty("style:header-footer-properties", {{"fo:min-height", mm(TopMarginMm - HeaderFromTopMm)},
                                                   {"fo:margin-bottom", mm(TopMarginMm - HeaderFromTopMm - 8)},
                                                   {"style:dynamic-spacing", QStringLiteral("false")}});
        w.end();
    }
    w.start("style:footer-style");
    // The footer's height counts its spacing: the body ends 35 mm above the page's foot.
    w.empty("style:header-footer-properties", {{"fo:min-height", mm(bottomMm - FooterFromBottomMm)},
                                               {"fo:margin-top", mm(bottomMm - FooterFromBottomMm - 8)},
                                               {"style:dynamic-spacing", QStringLiteral("false")}});
    w.end();
    w.end(); // style:page-layout
    w.end(); // office:automatic-styles
}

// Odd pages carry the page number on the right, even pages on the left; a draft's header its mark.
void masterPage(XmlPartWriter &w, bool draft)
{
    w.start("office:master-styles");
    w.start("style:master-page", {{"style:name", QStringLiteral("Standard")}, {"style:page-layout-name", QStringLiteral("OfficialPage")}});
    if (draft) {
        w.start("style:header");
        draftMark(w);
        w.end();
        w.start("style:header-left");
        draftMark(w);
        w.end();
    }
    w.start("style:footer"); // odd pages: — N — on the right
    pageNumber(w, true);
    w.end();
    w.start("style:footer-left"); // even pages: on the left
    pageNumber(w, false);
    w.end();
    w.end(); // style:master-page
    w.end(); // office:master-styles
}

} // namespace

namespace OdtStyles {

QString fontName(int role)
{
    return ReportFonts::officialNames(Role(role)).constFirst();
}

void declareNamespaces(XmlPartWriter &w)
{
    const QList<std::pair<const char *, const char *>> namespaces{
        {"xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {"xmlns:xlink", "http://www.w3.org/1999/xlink"},
        {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
        {"xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
        {"xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    };
    for (const auto &[name, uri] : namespaces)
        w.attribute(name, QLatin1String(uri));
    w.attribute("office:version", QStringLiteral("1.3"));
}

void fontFaces(XmlPartWriter &w)
{
    w.start("office:font-face-decls");
    // One name each, the official one. ODF's svg:font-family may be a CSS list of
    // alternatives, but LibreOffice 7.4 reads it as one name that matches nothing (tried:
    // 'NoSuchFont', 'LXGW WenKai' printed in its fallback face), and what Word and WPS make
    // of a list is not known; the .docx names the alternatives (w:altName).
    for (const Role role : {Role::Body, Role::Hei, Role::Kai, Role::Title, Role::PageNumber}) {
        const QString name = fontName(int(role));
        // No generic family or pitch: a reader without the face would take them as a hint and
        // set the digits in a monospaced face.
        w.empty("style:font-face", {{"style:name", name}, {"svg:font-family", QLatin1Char('\'') + name + QLatin1Char('\'')}});
    }
    w.end();
}

QByteArray styles(XmlCharacterFilter &filter, bool draft)
{
    XmlPartWriter w(filter);
    w.start("office:document-styles");
    declareNamespaces(w);
    fontFaces(w);
    w.start("office:styles");
    defaultStyle(w);
    officialStyles(w);
    runInHeadingStyle(w);
    w.end(); // office:styles
    pageLayout(w, draft);
    masterPage(w, draft);
    w.end(); // office:document-styles
    return w.finish();
}

QByteArray meta(XmlCharacterFilter &filter, const ReportProperties &p)
{
    XmlPartWriter w(filter);
    w.start("office:document-meta");
    declareNamespaces(w);
    w.start("office:meta");
    w.element("meta:generator", p.creator);
    w.element("dc:title", p.title);
    w.element("dc:subject", p.subject);
    w.element("meta:initial-creator", p.author);
    w.element("dc:creator", p.author);
    const QString created = p.created.toUTC().toString(Qt::ISODate);
    w.element("meta:creation-date", created);
    w.element("dc:date", created);
    w.element("dc:language", QStringLiteral("zh-CN"));
    if (p.draft)
        w.element("meta:keyword", QStringLiteral("草稿"));
    w.end();
    w.end();
    return w.finish();
}

QByteArray manifest(XmlCharacterFilter &filter, const QStringList &pictures)
{
    XmlPartWriter w(filter);
    w.start("manifest:manifest", {{"xmlns:manifest", QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")},
                                  {"manifest:version", QStringLiteral("1.3")}});
    w.empty("manifest:file-entry", {{"manifest:full-path", QStringLiteral("/")}, {"manifest:version", QStringLiteral("1.3")},
                                    {"manifest:media-type", QStringLiteral("application/vnd.oasis.opendocument.text")}});
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
        w.empty("manifest:file-entry", {{"manifest:full-path", QLatin1String(part)}, {"manifest:media-type", QStringLiteral("text/xml")}});
    for (const QString &picture : pictures)
        w.empty("manifest:file-entry", {{"manifest:full-path", picture}, {"manifest:media-type", QStringLiteral("image/png")}});
    w.end();
    return w.finish();
}

} // namespace OdtStyles
