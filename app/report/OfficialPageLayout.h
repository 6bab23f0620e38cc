#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>

// The page of GB/T 9704-2012 (党政机关公文格式), in millimetres and points.
namespace OfficialPageLayout {

constexpr qreal PageWidthMm = 210, PageHeightMm = 297;   // A4
constexpr qreal TopMarginMm = 37, LeftMarginMm = 28;     // 天头 37 mm, 订口 28 mm
constexpr qreal TypeWidthMm = 156, TypeHeightMm = 225;   // 版心 156 mm × 225 mm
constexpr qreal PageNumberGapMm = 7;   // 页码 7 mm below the type area (top of the dashes)

constexpr qreal BodyPt = 16;         // 3号 仿宋
constexpr qreal TitlePt = 22;        // 2号 小标宋
constexpr qreal PageNumberPt = 14;   // 4号
constexpr qreal TablePt = 10.5;      // 5号, for tables (the standard leaves tables open)
constexpr qreal CaptionPt = 14;      // 4号 黑体 table and figure titles
constexpr int LinesPerPage = 22;     // 22 lines of 28 characters
constexpr int CharsPerLine = 28;

// 28 characters of 3号 (16 pt) are 448 pt, a little more than 156 mm (442.2 pt): the
// standard's grid closes them up. The same tracking on every character does it here.
constexpr qreal BodyLetterSpacingPt = (TypeWidthMm / 25.4 * 72 - CharsPerLine * BodyPt) / CharsPerLine - 0.02;
// 225 mm / 22 lines, a hair less so that rounding never loses the 22nd line.
constexpr qreal LinePitchPt = TypeHeightMm / 25.4 * 72 / LinesPerPage - 0.01;

inline QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(LeftMarginMm, TopMarginMm, PageWidthMm - LeftMarginMm - TypeWidthMm,
                                 PageHeightMm - TopMarginMm - TypeHeightMm),
                       QPageLayout::Millimeter);
}

inline qreal mmToPt(qreal mm) { return mm / 25.4 * 72; }

} // namespace OfficialPageLayout
