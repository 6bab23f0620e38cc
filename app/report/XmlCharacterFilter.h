#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Text for an XML 1.0 document (.docx, .odt): the characters XML cannot hold at all (C0
// controls other than tab and line breaks, U+FFFE/U+FFFF, a lone surrogate) are dropped
// and counted, so that the export can say so. Markup characters (<, &, ]]>) are left to
// QXmlStreamWriter, which escapes them.
class XmlCharacterFilter
{
    Q_DECLARE_TR_FUNCTIONS(XmlCharacterFilter)
public:
    QString operator()(const QString &text);

    int droppedCount() const { return m_dropped; }
    // The distinct code points dropped, in order of first appearance ("U+0001, U+001B").
    QString droppedList() const;
    // What the export tells the user, in the program's language; empty when none dropped.
    QString notice() const;

    static bool isXmlCharacter(char32_t c);

private:
    int m_dropped = 0;
    QList<char32_t> m_kinds;
};
