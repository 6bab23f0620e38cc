#pragma once

#include <QByteArray>
#include <QtEndian>
#include <algorithm>

// The character-to-glyph map of a font, read from its raw `cmap` table (the Unicode
// subtable of format 12, else 4), for questions about many characters at once: going through
// the map costs microseconds where asking the font engine character by character costs a
// millisecond for the 21,000 ideographs. For example:
//
//     const CmapTable cmap(rawFont.fontTable("cmap"));
//     cmap.forEach(0x4E00, 0x9FFF, [](char32_t c, quint32 glyph) { … });
class CmapTable
{
public:
    explicit CmapTable(const QByteArray &table);

    // False when the table has no Unicode subtable of format 4 or 12 (or is damaged): the
    // caller asks the font engine instead.
    bool isValid() const { return m_format != 0; }

    // Calls `f(codePoint, glyph)` for every code point from `first` to `last` that maps to a
    // glyph, in order.
    template<typename F>
    void forEach(char32_t first, char32_t last, F f) const
    {
        if (m_format == 12)
            forEachFormat12(first, last, f);
        else if (m_format == 4)
            forEachFormat4(first, last, f);
    }

private:
    template<typename F>
    void forEachFormat12(char32_t first, char32_t last, F &f) const;
    template<typename F>
    void forEachFormat4(char32_t first, char32_t last, F &f) const;
    quint16 u16(qsizetype at) const;
    quint32 u32(qsizetype at) const;

    QByteArray m_table;
    int m_format = 0;
    qsizetype m_offset = 0; // of the chosen subtable
};

inline quint16 CmapTable::u16(qsizetype at) const
{
    return at >= 0 && at + 2 <= m_table.size() ? qFromBigEndian<quint16>(m_table.constData() + at) : 0;
}

inline quint32 CmapTable::u32(qsizetype at) const
{
    return at >= 0 && at + 4 <= m_table.size() ? qFromBigEndian<quint32>(m_table.constData() + at) : 0;
}

template<typename F>
void CmapTable::forEachFormat12(char32_t first, char32_t last, F &f) const
{
    const quint32 groups = u32(m_offset + 12);
    for (quint32 g = 0; g < groups; ++g) {
        const qsizetype group = m_offset + 16 + qsizetype(g) * 12;
        const char32_t start = u32(group);
        const char32_t end = u32(group + 4);
        const quint32 glyph = u32(group + 8);
        for (char32_t c = std::max(start, first); c <= std::min(end, last); ++c) {
            if (glyph + (c - start) != 0)
                f(c, glyph + (c - start));
        }
    }
}

template<typename F>
void CmapTable::forEachFormat4(char32_t first, char32_t last, F &f) const
{
    const qsizetype end = m_offset + u16(m_offset + 2); // the subtable's length
    const int segments = u16(m_offset + 6) / 2;
    const qsizetype endCodes = m_offset + 14;
    const qsizetype startCodes = endCodes + qsizetype(segments) * 2 + 2;
    const qsizetype deltas = startCodes + qsizetype(segments) * 2;
    const qsizetype rangeOffsets = deltas + qsizetype(segments) * 2;
    if (rangeOffsets + qsizetype(segments) * 2 > end)
        return;
    for (int s = 0; s < segments; ++s) {
        const char32_t segmentEnd = u16(endCodes + s * 2);
        const char32_t segmentStart = u16(startCodes + s * 2);
        const quint16 delta = u16(deltas + s * 2);
        const quint16 rangeOffset = u16(rangeOffsets + s * 2);
        for (char32_t c = std::max(segmentStart, first); c <= std::min(segmentEnd, last) && c != 0xFFFF; ++c) {
            quint32 glyph;
            if (rangeOffset == 0) {
                glyph = quint16(c + delta);
            } else {
                const qsizetype at = rangeOffsets + s * 2 + rangeOffset + qsizetype(c - segmentStart) * 2;
                if (at + 2 > end)
                    break;
                glyph = u16(at);
                if (glyph)
                    glyph = quint16(glyph + delta);
            }
            if (glyph)
                f(c, glyph);
        }
    }
}

