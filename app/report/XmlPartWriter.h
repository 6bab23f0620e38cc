#pragma once

#include "XmlCharacterFilter.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>
#include <initializer_list>
#include <utility>

// One XML part of a package (.docx, .odt) written with QXmlStreamWriter, in UTF-8, names
// given with their prefixes ("w:p"). Every text and attribute value from the report goes
// through the package's XmlCharacterFilter; QXmlStreamWriter escapes the markup.
class XmlPartWriter
{
public:
    using Attributes = std::initializer_list<std::pair<const char *, QString>>;

    explicit XmlPartWriter(XmlCharacterFilter &filter);

    void start(const char *name, Attributes attributes = {});
    void end() { m_xml.writeEndElement(); }
    void empty(const char *name, Attributes attributes = {}); // <name a="…"/>
    void attribute(const char *name, const QString &value);
    void text(const QString &text);
    // <name>text</name>
    void element(const char *name, const QString &text, Attributes attributes = {});

    QByteArray finish();

    static QString number(qreal value); // "12.5", no exponent, no trailing zeros

private:
    XmlCharacterFilter &m_filter;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};
