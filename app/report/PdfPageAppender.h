#pragma once

#include <QByteArray>
#include <QString>

// Joins two PDFs written by Qt's QPdfWriter into one: the pages of the second follow those
// of the first. Used to write the parts of one report on two threads at once (each with its
// own QPdfWriter) and hand over a single file.
//
// Only what QPdfWriter (Qt 6.4) writes is understood: one classic cross-reference table,
// objects "N 0 obj … endobj", streams with a direct or indirect /Length, a catalog with one
// flat page tree. The first file's objects keep their numbers (its catalog, information
// dictionary and metadata stay the document's); the second's are renumbered after them, its
// pages join the first's page tree, and its catalog, page tree and information dictionary
// are left out. Embedded font subsets of the second file get their own subset tags, so that
// no reader mixes up two subsets of the same face. Anything else is refused with a reason
// (and the caller writes the document in one piece instead).
namespace PdfPageAppender {
QByteArray append(const QByteArray &first, const QByteArray &second, QString *error);
}
