#include "CmapTable.h"

#include <QtEndian>
#include <algorithm>

namespace {

quint16 u16(const QByteArray &data, qsizetype at)
{
    return at >= 0 && at + 2 <= data.size() ? qFromBigEndian<quint16>(data.constData() + at) : 0;
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return at >= 0 && at + 4 <= data.size() ? qFromBigEndian<quint32>(data.constData() + at) : 0;
}

} // namespace

CmapTable::CmapTable(const QByteArray &table) : m_table(table)
{
    // Encoding records: (platform, encoding, offset). Unicode full repertoire (3,10 or 0,4/0,6)
    // in format 12 first, then Unicode BMP (3,1 or 0,0…0,3) in format 4 — FreeType's choice.
    const int records = u16(m_table, 2);
    if (4 + qsizetype(records) * 8 > m_table.size())
        return;
    qsizetype bmp = 0;
    for (int i = 0; i < records; ++i) {
        const qsizetype record = 4 + qsizetype(i) * 8;
        const quint16 platform = u16(m_table, record);
        const quint16 encoding = u16(m_table, record + 2);
        const qsizetype offset = u32(m_table, record + 4);
        const quint16 format = u16(m_table, offset);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode || offset + 16 > m_table.size())
            continue;
        if (format == 12 && offset + 16 + qsizetype(u32(m_table, offset + 12)) * 12 <= m_table.size()) {
            m_format = 12;
            m_offset = offset;
            return;
        }
        if (format == 4 && !bmp && offset + qsizetype(u16(m_table, offset + 2)) <= m_table.size())
            bmp = offset;
    }
    if (bmp) {
        m_format = 4;
        m_offset = bmp;
    }
}

void CmapTable::forEach(char32_t first, char32_t last, const std::function<void(char32_t, quint32)> &f) const
{
    if (m_format == 12)
        forEachFormat12(first, last, f);
    else if (m_format == 4)
        forEachFormat4(first, last, f);
}

void CmapTable::forEachFormat12(char32_t first, char32_t last, const std::function<void(char32_t, quint32)> &f) const
{
    const quint32 groups = u32(m_table, m_offset + 12);
    for (quint32 g = 0; g < groups; ++g) {
        const qsizetype group = m_offset + 16 + qsizetype(g) * 12;
        const char32_t start = u32(m_table, group);
        const char32_t end = u32(m_table, group + 4);
        const quint32 glyph = u32(m_table, group + 8);
        for (char32_t c = std::max(start, first); c <= std::min(end, last); ++c) {
            if (glyph + (c - start) != 0)
                f(c, glyph + (c - start));
        }
    }
}

void CmapTable::forEachFormat4(char32_t first, char32_t last, const std::function<void(char32_t, quint32)> &f) const
{
    const qsizetype end = m_offset + u16(m_table, m_offset + 2); // the subtable's length
    const int segments = u16(m_table, m_offset + 6) / 2;
    const qsizetype endCodes = m_offset + 14;
    const qsizetype startCodes = endCodes + qsizetype(segments) * 2 + 2;
    const qsizetype deltas = startCodes + qsizetype(segments) * 2;
    const qsizetype rangeOffsets = deltas + qsizetype(segments) * 2;
    if (rangeOffsets + qsizetype(segments) * 2 > end)
        return;
    for (int s = 0; s < segments; ++s) {
        const char32_t segmentEnd = u16(m_table, endCodes + s * 2);
        const char32_t segmentStart = u16(m_table, startCodes + s * 2);
        const quint16 delta = u16(m_table, deltas + s * 2);
        const quint16 rangeOffset = u16(m_table, rangeOffsets + s * 2);
        for (char32_t c = std::max(segmentStart, first); c <= std::min(segmentEnd, last) && c != 0xFFFF; ++c) {
            quint32 glyph;
            if (rangeOffset == 0) {
                glyph = quint16(c + delta);
            } else {
                const qsizetype at = rangeOffsets + s * 2 + rangeOffset + qsizetype(c - segmentStart) * 2;
                if (at + 2 > end)
                    break;
                glyph = u16(m_table, at);
                if (glyph)
                    glyph = quint16(glyph + delta);
            }
            if (glyph)
                f(c, glyph);
        }
    }
}
