#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a whole file through QSaveFile: the target is replaced only once everything is on
// disk, so a failure (no directory, no space, no permission) never leaves half a file, and
// an existing file stays as it was.
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)
public:
    // False with a message naming the file and the reason.
    static bool write(const QString &fileName, const QByteArray &bytes, QString *error);
};
