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
    // The value of --lang in `arguments` ("--lang en" or "--lang=en"), empty when none: the
    // language is installed before the command line is parsed, so that --help (Qt's usage
    // line and option texts included) and the parser's messages are in it.
    static QString requested(const QStringList &arguments);
    // Only Qt's own translation (qtbase_*.qm: --help's texts, dialog buttons); nothing for
    // English, Qt's source language.
    static void installQtTranslation(QCoreApplication *app, const QString &code);
};
