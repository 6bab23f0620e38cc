#pragma once

#include <QByteArray>
#include <QString>

// The PDF's document information: title, author (the department), subject, creator.
//
// Qt 6.4's QPdfWriter sets only /Title and /Creator of the Info dictionary; it has no
// author or subject. Both standard places are filled:
// - the XMP metadata stream (QPdfWriter::setDocumentXmpMetadata): dc:title, dc:creator,
//   dc:description, which newer readers prefer;
// - the Info dictionary of the finished file, set with libqpdf (Debian's libqpdf-dev),
//   which reads Qt's file and writes it out again with every stream as Qt wrote it.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString creator;

    QByteArray xmp() const;
    // Sets title, author, subject and creator in the Info dictionary of `pdf`. False (and
    // the PDF unchanged) if it cannot be read as a PDF.
    bool setInfo(QByteArray &pdf) const;
};
