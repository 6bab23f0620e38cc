#include "CmapTable.h"

CmapTable::CmapTable(const QByteArray &table) : m_table(table)
{
    // Encoding records: (platform, encoding, offset). Unicode full repertoire (3,10 or 0,4/0,6)
    // in format 12 first, then Unicode BMP (3,1 or 0,0…0,3) in format 4 — FreeType's choice.
    const int records = u16(2);
    if (4 + qsizetype(records) * 8 > m_table.size())
        return;
    qsizetype bmp = 0;
    for (int i = 0; i < records; ++i) {
        const qsizetype record = 4 + qsizetype(i) * 8;
        const quint16 platform = u16(record);
        const quint16 encoding = u16(record + 2);
        const qsizetype offset = u32(record + 4);
        const quint16 format = u16(offset);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode || offset + 16 > m_table.size())
            continue;
        if (format == 12 && offset + 16 + qsizetype(u32(offset + 12)) * 12 <= m_table.size()) {
            m_format = 12;
            m_offset = offset;
            return;
        }
        if (format == 4 && !bmp && offset + qsizetype(u16(offset + 2)) <= m_table.size())
            bmp = offset;
    }
    if (bmp) {
        m_format = 4;
        m_offset = bmp;
    }
}
