#include "XmlPartWriter.h"

XmlPartWriter::XmlPartWriter(XmlCharacterFilter &filter) : m_filter(filter), m_xml(&m_bytes)
{
    m_bytes.reserve(64 * 1024);
    m_xml.writeStartDocument(QStringLiteral("1.0"), true);
}

void XmlPartWriter::start(const char *name, Attributes attributes)
{
    m_xml.writeStartElement(QLatin1String(name));
    for (const auto &[n, v] : attributes)
        attribute(n, v);
}

void XmlPartWriter::empty(const char *name, Attributes attributes)
{
    m_xml.writeEmptyElement(QLatin1String(name));
    for (const auto &[n, v] : attributes)
        attribute(n, v);
}

void XmlPartWriter::attribute(const char *name, const QString &value)
{
    m_xml.writeAttribute(QLatin1String(name), m_filter(value));
}

void XmlPartWriter::text(const QString &text)
{
    m_xml.writeCharacters(m_filter(text));
}

void XmlPartWriter::element(const char *name, const QString &text, Attributes attributes)
{
    start(name, attributes);
    this->text(text);
    end();
}

QByteArray XmlPartWriter::finish()
{
    m_xml.writeEndDocument();
    return m_bytes;
}

QString XmlPartWriter::number(qreal value)
{
    QString s = QString::number(value, 'f', 3); // always with a decimal point
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}
