#pragma once

#include "ReportBlock.h"
#include "ReportChartPictures.h"
#include "XmlCharacterFilter.h"

#include <QByteArray>
#include <QList>

class XmlPartWriter;

// content.xml of the report as OpenDocument text: one paragraph per block in the style of
// its kind (OfficialTextStyles; 一、 and （一） as headings of outline levels 1 and 2),
// tables with their column widths, borders, merged cells and repeated header row, and the
// charts as pictures with a title and description.
class OdtContentPart
{
public:
    OdtContentPart(const ReportBlocks &blocks, const QList<ReportChartPicture> &pictures);
    QByteArray xml(XmlCharacterFilter &filter) const;

    static QString pictureName(int index); // "Pictures/chart1.png"

private:
    // The automatic paragraph style of a block whose space above or page break depends on
    // the block before it: "P1", …; the style's own name when nothing changes.
    struct Variant
    {
        QString parent;
        qreal spaceBeforeLines;
        bool pageBreak;
        bool keepWithNext;
        bool operator==(const Variant &) const = default;
    };
    QString variant(const QString &parent, qreal spaceBeforeLines, bool pageBreak, bool keepWithNext = false) const;
    void automaticStyles(XmlPartWriter &w) const;
    void paragraph(XmlPartWriter &w, const ReportBlock &block, const QString &style) const;
    void table(XmlPartWriter &w, const ReportTable &table, int number, bool pageBreak) const;
    void picture(XmlPartWriter &w, int index) const;

    const ReportBlocks &m_blocks;
    const QList<ReportChartPicture> &m_pictures;
    mutable QList<Variant> m_variants;
};
