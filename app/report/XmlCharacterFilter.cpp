#include "XmlCharacterFilter.h"

#include <QStringList>

bool XmlCharacterFilter::isXmlCharacter(char32_t c)
{
    // XML 1.0, production [2] Char.
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

QString XmlCharacterFilter::operator()(const QString &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    // The common case: nothing to drop, no copy.
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || !isXmlCharacter(c.unicode()))
            break;
    }
    if (i == n)
        return text;
    QString out = text.left(i);
    out.reserve(n);
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || !isXmlCharacter(c.unicode())) {
            ++m_dropped;
            if (!m_kinds.contains(c.unicode()))
                m_kinds.append(c.unicode());
            continue;
        }
        out += c;
    }
    return out;
}

QString XmlCharacterFilter::droppedList() const
{
    QStringList names;
    for (const char32_t c : m_kinds)
        names.append(QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    return names.join(QStringLiteral(", "));
}

QString XmlCharacterFilter::notice() const
{
    if (m_dropped == 0)
        return QString();
    return tr("文中有%n个控制字符无法写入文档，已略去（%1）。", nullptr, m_dropped).arg(droppedList());
}
