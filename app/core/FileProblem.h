#pragma once

#include <QCoreApplication>
#include <QString>

class QFile;

// Why a file could not be opened, in the program's language: QFile::errorString() is the C
// library's English ("No such file or directory") whatever the language.
class FileProblem
{
    Q_DECLARE_TR_FUNCTIONS(FileProblem)
public:
    // `file`: a QFile whose open() for reading has just failed.
    static QString whyNotOpened(const QFile &file);
};
