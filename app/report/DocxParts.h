#pragma once

#include "ReportProperties.h"
#include "XmlCharacterFilter.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The parts of a .docx package other than the document itself (WordprocessingML, ECMA-376):
// styles (OfficialTextStyles), the font table (official names with an alternative), the odd
// and even footers with their PAGE fields, a draft's headers, settings (odd/even headers),
// document properties, content types and relationships.
namespace DocxParts {

// Relationship ids of word/document.xml.rels, used by the document part.
inline const char *footerOddId() { return "rIdFooterOdd"; }
inline const char *footerEvenId() { return "rIdFooterEven"; }
inline const char *headerOddId() { return "rIdHeaderOdd"; }
inline const char *headerEvenId() { return "rIdHeaderEven"; }
QString pictureId(int index);   // "rIdChart1" for the first picture (index 0)
QString pictureName(int index); // "media/chart1.png", relative to word/

QByteArray styles(XmlCharacterFilter &filter);
QByteArray fontTable(XmlCharacterFilter &filter);
QByteArray settings(XmlCharacterFilter &filter);
// — N —, right on odd pages (`odd`), left on even ones, one character in.
QByteArray footer(XmlCharacterFilter &filter, bool odd);
QByteArray draftHeader(XmlCharacterFilter &filter);
QByteArray coreProperties(XmlCharacterFilter &filter, const ReportProperties &properties);
QByteArray appProperties(XmlCharacterFilter &filter, const ReportProperties &properties);
QByteArray contentTypes(XmlCharacterFilter &filter, bool draft);
QByteArray packageRelationships(XmlCharacterFilter &filter);
QByteArray documentRelationships(XmlCharacterFilter &filter, bool draft, int pictures);

} // namespace DocxParts
