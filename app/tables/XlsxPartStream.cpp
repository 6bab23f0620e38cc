#include "XlsxPartStream.h"

#include <minizip/unzip.h>

XlsxPartStream::XlsxPartStream(void *zip, qint64 limit)
    : m_zip(zip)
    , m_limit(limit)
{
}

XlsxPartStream::~XlsxPartStream()
{
    if (m_open)
        unzCloseCurrentFile(m_zip);
}

XlsxPartStream::Opened XlsxPartStream::open(const QString &path)
{
    constexpr int caseInsensitive = 2; // Excel does not mind the case of part names
    if (unzLocateFile(m_zip, path.toUtf8().constData(), caseInsensitive) != UNZ_OK)
        return Opened::Missing;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return Opened::Error;
    if (info.flag & 0x1) // the entry is encrypted
        return Opened::Encrypted;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return Opened::Error;
    m_open = true;
    return Opened::Ok;
}

bool XlsxPartStream::refill()
{
    if (m_atEnd)
        return false;
    char buffer[64 * 1024];
    const int n = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
    if (n < 0) {
        m_readError = QStringLiteral("zip error %1").arg(n);
        m_atEnd = true;
        return false;
    }
    if (n == 0) {
        m_atEnd = true;
        // A damaged entry shows here: minizip checks the CRC at its end.
        m_open = false;
        if (const int closed = unzCloseCurrentFile(m_zip); closed != UNZ_OK)
            m_readError = QStringLiteral("zip error %1").arg(closed);
        return false;
    }
    m_read += n;
    if (m_read > m_limit) {
        m_overLimit = true;
        m_atEnd = true;
        return false;
    }
    m_xml.addData(QByteArray(buffer, n));
    return true;
}

QXmlStreamReader::TokenType XlsxPartStream::next()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || !refill())
            return QXmlStreamReader::Invalid;
    }
}

bool XlsxPartStream::readText(QString *text)
{
    text->clear();
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case QXmlStreamReader::Characters:
            text->append(m_xml.text());
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
    return true;
}

QString XlsxPartStream::error() const
{
    if (m_overLimit)
        return QStringLiteral("part larger than %1 bytes").arg(m_limit);
    if (!m_readError.isEmpty())
        return m_readError;
    if (m_xml.hasError()) {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return QStringLiteral("XML ends early (line %1)").arg(m_xml.lineNumber());
        return QStringLiteral("%1 (line %2)").arg(m_xml.errorString()).arg(m_xml.lineNumber());
    }
    return QString();
}
