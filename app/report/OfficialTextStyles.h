#pragma once

#include "OfficialPageLayout.h"
#include "ReportBlock.h"
#include "ReportFonts.h"

#include <QList>

// The paragraph styles of the editable documents (.docx, .odt), one per kind of block: the
// face (by role; the files name it by its official name), size, alignment, indents and
// spacing of GB/T 9704 — the same as the PDF's layout. Both writers read this table, so the
// two formats cannot drift apart. Lengths are in characters and lines of the 22 × 28 grid.
namespace OfficialTextStyles {

enum class Align { Left, Center, Right, Justify };

struct Style
{
    const char *id;      // the style's name in the file (ASCII): "Heading1"
    const char *name;    // the name Word, WPS and LibreOffice list: "heading 1", "附件标注"
    ReportFonts::Role face;
    qreal pointSize;
    Align align;
    qreal firstLineChars = 0;  // first-line indent
    qreal rightChars = 0;      // right indent
    qreal lineHeightLines = 1; // exact line height; 0: as tall as the content needs
    int autoLinePercent = 100; // the line height when lineHeightLines is 0
    qreal spaceAfterLines = 0;
    bool keepWithNext = false;
    int outlineLevel = -1;     // 0 for 一、, 1 for （一）, … (the navigation pane's tree)
    qreal letterSpacingPt = 0; // 3号 text closed up to 28 characters a line, as the PDF's
    qreal leftChars = 0;       // left indent; with a negative first-line indent, a hanging one
};

// One character of the grid: 28 to the 156 mm line (a little less than 3号).
constexpr qreal CharPitchPt = OfficialPageLayout::BodyPt + OfficialPageLayout::BodyLetterSpacingPt;
// The pitch of the 22 lines in the editable documents: 578 twips (28.9 pt), a hair under
// 225 mm / 22 (28.98 pt). LibreOffice rounds a line height up to 1/100 mm, and 22 lines of
// 579 twips then overflow the type area by 0.2 pt: every page would lose its last line.
constexpr qreal LinePitchPt = 28.9;

// The paragraphs do not snap to the section's document grid: they keep to it by their exact
// line pitch and by tracking, as the PDF does. Word and WPS show the 22 × 28 grid in the
// page setup, but LibreOffice (7.4) lays a character wider than a grid cell over two cells,
// and 28 characters of 3号 (448 pt) are wider than the 156 mm line (442 pt): snapped, the
// body would print 14 characters a line there.

const Style &forBlock(ReportBlock::Kind kind);
const Style &tableHeader(); // header and total rows: 黑体 5号
const Style &tableText();   // table cells: 仿宋 5号
const Style &pageNumber();  // — 1 —: 宋体 4号
const Style &draftMark();   // 草稿 in the header: 黑体 3号, red
// Every style above, each once, in the order the files list them.
QList<const Style *> all();

// Space above a block that depends on the block before it: a line after the title (标题与正文
//之间空一行), before the 附件说明 and before the signature, half a line after a table, a
// quarter above a caption.
qreal spaceBeforeLines(ReportBlock::Kind kind, ReportBlock::Kind previous);

// Whether a block keeps with the next beyond its style's keepWithNext: the body's last
// paragraph keeps with the 附件说明, which keeps with the signature, so that the signature
// never stands on a page of its own (GB/T 9704 7.3.5.4: no signature without text above it).
bool keepsWithNext(ReportBlock::Kind kind, ReportBlock::Kind next);

// The red of the draft mark (RRGGBB).
inline const char *draftColor() { return "C82828"; }

} // namespace OfficialTextStyles
