#pragma once

// For a process that only writes PDFs (jixiao export): glyphs embedded as designed.
//
// Qt's PDF writer embeds every glyph it prints as an outline, which it loads from FreeType
// at the face's full size with the default, hinting, flags. The faces of the document
// (LXGW WenKai, AR PL UMing/UKai) carry no hinting instructions, so FreeType runs its
// auto-hinter on each of those glyphs: a third of the time spent writing the fonts, for
// adjustments of a fraction of a design unit that no printer shows. Without the auto-hinter
// FreeType hands over the outlines as designed (the pages are the same, the text layer and
// every glyph position unchanged).
//
// Only for such a process: on screen, hinted text is what makes small CJK text sharp, so the
// window never calls this.
namespace UnhintedGlyphs {
// Removes the auto-hinter from the FreeType library Qt uses in this thread (Qt has one per
// thread), and remembers that the process wants it so. Call it before any text is laid out
// or drawn. Returns false (and changes nothing) when this Qt build does not offer its
// FreeType library.
bool useInThisProcess();
// On another thread that lays text out for the same PDF: the same as the thread that called
// useInThisProcess(), if any did (otherwise nothing).
void followProcess();
}
