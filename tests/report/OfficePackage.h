#pragma once

#include "ZipArchive.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

// Reads a .docx or .odt back for tests, with nothing of the writer's code: the zip members
// (ZipArchive), whether each XML member is well-formed, and the text of its paragraphs.
namespace OfficePackage {

// Each XML member that QXmlStreamReader cannot read to its end, with the error.
inline QStringList malformedParts(const QMap<QString, QByteArray> &members)
{
    QStringList bad;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels")))
            continue;
        QXmlStreamReader xml(it.value());
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            bad.append(it.key() + QStringLiteral(": ") + xml.errorString());
    }
    return bad;
}

struct Paragraph
{
    QString text;
    QString style;
    bool inTable = false;
};

// The paragraphs of a part in order: `paragraph` and `style` are the element and the style
// attribute ("w:p"/"w:pStyle" or "text:p"/"text:h"), `textElement` holds the text ("w:t"; in
// ODF every character of a paragraph counts; a line break is "\n"), `table` the element of a table.
inline QList<Paragraph> paragraphs(const QByteArray &xml, bool odf)
{
    QList<Paragraph> out;
    QXmlStreamReader r(xml);
    int tableDepth = 0;
    int paragraphDepth = 0;
    int frameDepth = 0; // a picture's title and description are not the paragraph's text
    bool inText = false;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = r.qualifiedName();
            if (name == (odf ? QLatin1String("table:table") : QLatin1String("w:tbl")))
                ++tableDepth;
            if (name == QLatin1String("draw:frame"))
                ++frameDepth;
            if (odf ? (name == QLatin1String("text:p") || name == QLatin1String("text:h")) : name == QLatin1String("w:p")) {
                ++paragraphDepth;
                Paragraph p;
                p.inTable = tableDepth > 0;
                if (odf)
                    p.style = r.attributes().value(QLatin1String("text:style-name")).toString();
                out.append(p);
            } else if (!odf && name == QLatin1String("w:pStyle") && !out.isEmpty()) {
                out.last().style = r.attributes().value(QLatin1String("w:val")).toString();
            } else if (!odf && name == QLatin1String("w:t")) {
                inText = true;
            } else if (odf && name == QLatin1String("text:s") && paragraphDepth > 0) {
                out.last().text += QString(r.attributes().value(QLatin1String("text:c")).toInt() > 0
                                               ? r.attributes().value(QLatin1String("text:c")).toInt()
                                               : 1,
                                           QLatin1Char(' '));
            } else if (odf && name == QLatin1String("text:tab") && paragraphDepth > 0) {
                out.last().text += QLatin1Char('\t');
            } else if ((odf ? name == QLatin1String("text:line-break") : name == QLatin1String("w:br")) && paragraphDepth > 0) {
                out.last().text += QLatin1Char('\n'); // a line break within the paragraph
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = r.qualifiedName();
            if (name == (odf ? QLatin1String("table:table") : QLatin1String("w:tbl")))
                --tableDepth;
            if (odf ? (name == QLatin1String("text:p") || name == QLatin1String("text:h")) : name == QLatin1String("w:p"))
                --paragraphDepth;
            if (name == QLatin1String("w:t"))
                inText = false;
            if (name == QLatin1String("draw:frame"))
                --frameDepth;
            break;
        }
        case QXmlStreamReader::Characters:
            if ((odf ? paragraphDepth > 0 && frameDepth == 0 : inText) && !out.isEmpty())
                out.last().text += r.text();
            break;
        default:
            break;
        }
    }
    return out;
}

// The values of attribute `attribute` on every element `element`, in document order.
inline QStringList attributeValues(const QByteArray &xml, const QString &element, const QString &attribute)
{
    QStringList values;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.qualifiedName() == element)
            values.append(r.attributes().value(attribute).toString());
    }
    return values;
}

} // namespace OfficePackage
