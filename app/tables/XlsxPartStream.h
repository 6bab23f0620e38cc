#pragma once

#include <QXmlStreamReader>

// One XML part of a zip (minizip's unzFile), fed to a QXmlStreamReader a chunk at a time:
// memory stays small whatever the part's size, and reading stops at a limit of
// uncompressed bytes (a zip bomb ends there, with an error).
class XlsxPartStream
{
public:
    XlsxPartStream(void *zip, qint64 limit); // zip: an unzFile
    ~XlsxPartStream();
    XlsxPartStream(const XlsxPartStream &) = delete;
    XlsxPartStream &operator=(const XlsxPartStream &) = delete;

    enum class Opened { Ok, Missing, Encrypted, Error };
    Opened open(const QString &path);

    // The next token, reading more of the part as needed; Invalid at an error (see error()).
    QXmlStreamReader::TokenType next();
    QXmlStreamReader &xml() { return m_xml; }
    bool overLimit() const { return m_overLimit; }
    QString error() const; // empty when none

    // The text up to the end of the current element (as readElementText, incrementally).
    bool readText(QString *text);

private:
    bool refill();

    void *m_zip;
    bool m_open = false;
    QXmlStreamReader m_xml;
    qint64 m_limit;
    qint64 m_read = 0;
    bool m_atEnd = false;
    bool m_overLimit = false;
    QString m_readError;
};
