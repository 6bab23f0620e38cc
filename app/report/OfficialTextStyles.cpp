#include "OfficialTextStyles.h"

using namespace OfficialPageLayout;
using Kind = ReportBlock::Kind;
using Role = ReportFonts::Role;

namespace OfficialTextStyles {

namespace {

constexpr qreal Tracked = BodyLetterSpacingPt;

// id, name, face, size, alignment, first-line and right indent (characters), exact line
// height (lines; 0: auto at the percentage that follows), space after (lines), keep with
// next, outline level, tracking.
const Style body{"Normal", "Normal", Role::Body, BodyPt, Align::Justify, 2, 0, 1, 100, 0, false, -1, Tracked};
const Style title{"Title", "Title", Role::Title, TitlePt, Align::Center, 0, 0, 1.5, 100, 0, true};
const Style heading1{"Heading1", "heading 1", Role::Hei, BodyPt, Align::Left, 2, 0, 1, 100, 0, true, 0, Tracked};
const Style heading2{"Heading2", "heading 2", Role::Kai, BodyPt, Align::Left, 2, 0, 1, 100, 0, true, 1, Tracked};
const Style heading3{"Heading3", "heading 3", Role::Body, BodyPt, Align::Left, 2, 0, 1, 100, 0, true, 2, Tracked};
const Style heading4{"Heading4", "heading 4", Role::Body, BodyPt, Align::Left, 2, 0, 1, 100, 0, true, 3, Tracked};
const Style formula{"Formula", "公式", Role::Body, BodyPt, Align::Left, 2, 0, 1, 100, 0, false, -1, Tracked};
const Style chart{"Chart", "图", Role::Body, BodyPt, Align::Center, 0, 0, 0, 100, 0.5};
const Style caption{"Caption", "caption", Role::Hei, CaptionPt, Align::Center, 0, 0, 1, 100, 0, true};
const Style signature{"Signature", "Signature", Role::Body, BodyPt, Align::Right, 0, 2, 1, 100, 0, false, -1, Tracked};
const Style appendixLabel{"AppendixLabel", "附件标注", Role::Hei, BodyPt, Align::Left, 0, 0, 1, 100, 0, true, -1, Tracked};
// 附件说明 (GB/T 9704 7.3.3): "附件：" two characters in, each appendix's number and name on a
// line of its own, aligned with the first's: a hanging indent of the three characters 附件：.
const Style appendixNote{"AppendixNote", "附件说明", Role::Body, BodyPt, Align::Left, -3, 0, 1, 100, 0, true, -1, Tracked, 5};
const Style unitNote{"UnitNote", "表格单位", Role::Body, TablePt, Align::Right, 0, 0, 0, 115, 0, true};
const Style draftNotice{"DraftNotice", "草稿说明", Role::Body, BodyPt, Align::Justify, 2, 0, 1, 100, 0, false, -1, Tracked};
const Style header{"TableHeader", "表头", Role::Hei, TablePt, Align::Center, 0, 0, 0, 115};
const Style cell{"TableText", "表格文字", Role::Body, TablePt, Align::Left, 0, 0, 0, 115};
const Style number{"PageNumber", "页码", Role::PageNumber, PageNumberPt, Align::Right, 0, 0, 0, 100};
const Style draft{"DraftMark", "草稿标记", Role::Hei, BodyPt, Align::Left, 0, 0, 0, 100};

} // namespace

const Style &forBlock(Kind kind)
{
    switch (kind) {
    case Kind::Title:
        return title;
    case Kind::Heading1:
        return heading1;
    case Kind::Heading2:
        return heading2;
    case Kind::Heading3:
        return heading3;
    case Kind::Heading4:
        return heading4;
    case Kind::Formula:
        return formula;
    case Kind::Chart:
        return chart;
    case Kind::Caption:
        return caption;
    case Kind::Signature:
        return signature;
    case Kind::AppendixLabel:
        return appendixLabel;
    case Kind::AppendixNote:
        return appendixNote;
    case Kind::UnitNote:
        return unitNote;
    case Kind::DraftNotice:
        return draftNotice;
    case Kind::Paragraph:
    case Kind::RunInParagraph:
    case Kind::Table:
    case Kind::PageBreak:
        break;
    }
    return body;
}

const Style &tableHeader()
{
    return header;
}

const Style &tableText()
{
    return cell;
}

const Style &pageNumber()
{
    return number;
}

const Style &draftMark()
{
    return draft;
}

QList<const Style *> all()
{
    return {&body,    &title,     &heading1,      &heading2,    &heading3, &heading4, &formula, &chart,
            &caption, &signature, &appendixLabel, &appendixNote, &unitNote, &draftNotice, &header,   &cell,     &number,  &draft};
}

bool keepsWithNext(Kind kind, Kind next)
{
    return next == Kind::AppendixNote && kind != Kind::Table && kind != Kind::Chart && kind != Kind::PageBreak;
}

qreal spaceBeforeLines(Kind kind, Kind previous)
{
    if (previous == Kind::Title && kind != Kind::Title)
        return 1;
    if (kind == Kind::Signature && previous != Kind::Signature)
        return 1;
    if (kind == Kind::AppendixNote) // 正文下空一行
        return 1;
    if (previous == Kind::Table)
        return 0.5;
    if (kind == Kind::Caption)
        return 0.25;
    return 0;
}

} // namespace OfficialTextStyles
