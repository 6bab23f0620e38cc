#include "PdfMetadata.h"

#include <QRegularExpression>

namespace {

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// A PDF text string as UTF-16BE with a byte-order mark, in hex: safe for any character.
QByteArray pdfString(const QString &text)
{
    QByteArray hex("<FEFF");
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

} // namespace

QByteArray PdfMetadata::xmp() const
{
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
         " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(title) + "</rdf:li></rdf:Alt></dc:title>\n";
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(subject) + "</rdf:li></rdf:Alt></dc:description>\n";
    x += "   <xmp:CreatorTool>" + xmlEscaped(creator) + "</xmp:CreatorTool>\n";
    x += "  </rdf:Description>\n";
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    x += "<?xpacket end=\"w\"?>";
    return x;
}

bool PdfMetadata::appendInfo(QByteArray &pdf) const
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailer < 0)
        return false;
    const QString tail = QString::fromLatin1(pdf.mid(trailer, pdf.size() - trailer));
    static const QRegularExpression prevRe(QStringLiteral("startxref\\s+(\\d+)"));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression infoRe(QStringLiteral("/Info\\s+(\\d+)\\s+(\\d+)\\s+R"));
    static const QRegularExpression idRe(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    const auto prev = prevRe.match(tail), size = sizeRe.match(tail), root = rootRe.match(tail), info = infoRe.match(tail);
    if (!prev.hasMatch() || !size.hasMatch() || !root.hasMatch() || !info.hasMatch())
        return false;

    // The current Info object's entries (Qt's /Title, /Creator, /Producer, /CreationDate),
    // kept byte for byte.
    const QByteArray objectHeader = '\n' + info.captured(1).toLatin1() + ' ' + info.captured(2).toLatin1() + " obj";
    const qsizetype object = pdf.indexOf(objectHeader);
    const qsizetype end = object < 0 ? -1 : pdf.indexOf("endobj", object);
    const qsizetype open = object < 0 ? -1 : pdf.indexOf("<<", object);
    const qsizetype close = end < 0 ? -1 : pdf.lastIndexOf(">>", end);
    if (object < 0 || end < 0 || open < 0 || close < open || close > end)
        return false;
    QByteArray entries = pdf.mid(open + 2, close - open - 2);
    if (!entries.endsWith('\n'))
        entries += '\n';
    if (!entries.contains("/Author"))
        entries += "/Author " + pdfString(author) + '\n';
    if (!entries.contains("/Subject"))
        entries += "/Subject " + pdfString(subject) + '\n';

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    const qsizetype objectOffset = pdf.size() + update.size();
    update += info.captured(1).toLatin1() + ' ' + info.captured(2).toLatin1() + " obj\n<<" + entries + ">>\nendobj\n";
    const qsizetype xrefOffset = pdf.size() + update.size();
    update += "xref\n" + info.captured(1).toLatin1() + " 1\n";
    update += QByteArray::number(objectOffset).rightJustified(10, '0') + ' '
              + info.captured(2).toLatin1().rightJustified(5, '0') + " n\r\n";
    update += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Root " + root.captured(1).toLatin1()
              + "\n/Info " + info.captured(1).toLatin1() + ' ' + info.captured(2).toLatin1() + " R\n/Prev "
              + prev.captured(1).toLatin1() + '\n';
    if (const auto id = idRe.match(tail); id.hasMatch())
        update += "/ID " + id.captured(1).toLatin1() + '\n';
    update += ">>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf += update;
    return true;
}
