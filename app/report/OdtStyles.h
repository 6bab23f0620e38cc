#pragma once

#include "ReportProperties.h"
#include "XmlCharacterFilter.h"

#include <QByteArray>
#include <QStringList>

class XmlPartWriter;

// The parts of an OpenDocument text other than its content: styles.xml (the paragraph styles
// of OfficialTextStyles, the faces by their official names, the
// GB/T 9704 page with its 22-line grid, — N — as page-number fields in the footers of odd
// and even pages, a draft's 草稿 in the headers), meta.xml and the manifest.
namespace OdtStyles {

QByteArray styles(XmlCharacterFilter &filter, bool draft);
QByteArray meta(XmlCharacterFilter &filter, const ReportProperties &properties);
QByteArray manifest(XmlCharacterFilter &filter, const QStringList &pictures);

// The namespaces both XML parts declare on their root element.
void declareNamespaces(XmlPartWriter &w);
// <office:font-face-decls>: one face per role, named by its official name.
void fontFaces(XmlPartWriter &w);
// "仿宋_GB2312", the style:font-name of a role's face.
QString fontName(int role);

} // namespace OdtStyles
