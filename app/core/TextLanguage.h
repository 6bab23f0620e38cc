#pragma once

#include <QCoreApplication>
#include <QString>

// The language a text is worded in at an edge: Chinese, the source language, whatever
// translation the program installed (the printed report is a Chinese document), or the
// program's language (the window, the command line: --lang).
enum class TextLanguage { Chinese, Program };

// `source`, a QT_TRANSLATE_NOOP text of `context`, in `language`.
inline QString textIn(TextLanguage language, const char *context, const char *source)
{
    return language == TextLanguage::Chinese ? QString::fromUtf8(source)
                                             : QCoreApplication::translate(context, source);
}
