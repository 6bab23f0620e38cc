#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The program's language: Chinese (zh_CN, the source language) by default, English by
// choice. Installs Jixiao's own translation and Qt's, from the embedded :/i18n/.
class Language
{
public:
    static QStringList available(); // "zh_CN", "en"
    static bool isAvailable(const QString &code);
    // Installs the translators for `code` on the application; returns false (and leaves
    // the source language, Chinese) if Jixiao's translation could not be loaded.
    static bool install(QCoreApplication *app, const QString &code, QString *problem = nullptr);
    // The same with Jixiao's translation taken from `qmFile`: a missing, empty or broken
    // file leaves the program in Chinese, with the reason in `problem`.
    static bool installFile(QCoreApplication *app, const QString &code, const QString &qmFile,
                            QString *problem = nullptr);
    static QString current();
};
