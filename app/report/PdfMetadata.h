#pragma once

#include <QByteArray>
#include <QString>

// The PDF's document information: title, author (the department), subject, creator.
//
// Qt 6.4's QPdfWriter sets only /Title and /Creator of the Info dictionary; it has no
// author or subject. Two standard places are filled instead:
// - the XMP metadata stream (QPdfWriter::setDocumentXmpMetadata): dc:title, dc:creator,
//   dc:description, which newer readers prefer;
// - the Info dictionary, by an incremental update appended to the finished file (PDF 1.4
//   §3.4.5): a new version of the Info object with /Author and /Subject, a one-entry xref
//   section and a trailer whose /Prev points at Qt's. Qt's bytes are left untouched, and
//   every reader (pdfinfo, Acrobat, WPS) reads the updated Info.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString creator;

    QByteArray xmp() const;
    // Appends the Info update to a PDF written by QPdfWriter. False (and the PDF unchanged)
    // if its trailer cannot be read.
    bool appendInfo(QByteArray &pdf) const;
};
