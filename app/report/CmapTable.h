#pragma once

#include <QByteArray>
#include <functional>

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

    // Calls `f` for every code point from `first` to `last` that maps to a glyph, in order.
    void forEach(char32_t first, char32_t last, const std::function<void(char32_t, quint32)> &f) const;

private:
    void forEachFormat4(char32_t first, char32_t last, const std::function<void(char32_t, quint32)> &f) const;
    void forEachFormat12(char32_t first, char32_t last, const std::function<void(char32_t, quint32)> &f) const;

    QByteArray m_table;
    int m_format = 0;
    qsizetype m_offset = 0; // of the chosen subtable
};
