#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Hostile report files, built from the sample report so that only the hostile part is wrong.
namespace HostileReports {

inline QByteArray sample()
{
    QFile file(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample report");
    return file.readAll();
}

// The sample with `"key": <its first value>` replaced by `"key": replacement` (raw JSON bytes).
inline QByteArray withValue(const QByteArray &key, const QByteArray &replacement)
{
    QByteArray bytes = sample();
    const QByteArray needle = '"' + key + "\": ";
    const qsizetype at = bytes.indexOf(needle);
    if (at < 0)
        qFatal("no key %s in the sample", key.constData());
    const qsizetype valueStart = at + needle.size();
    qsizetype valueEnd = valueStart;
    if (bytes[valueStart] == '"') { // a string value (the sample has no escaped quotes)
        valueEnd = bytes.indexOf('"', valueStart + 1) + 1;
    } else {
        while (valueEnd < bytes.size() && bytes[valueEnd] != ',' && bytes[valueEnd] != '\n')
            ++valueEnd;
    }
    return bytes.replace(valueStart, valueEnd - valueStart, replacement);
}

// The sample with extra raw members inserted at the top of the root object.
inline QByteArray withTopLevel(const QByteArray &members)
{
    QByteArray bytes = sample();
    return bytes.insert(bytes.indexOf('{') + 1, "\n  " + members + ',');
}

inline QByteArray nested(int levels, char open, char close, const QByteArray &inner = QByteArray())
{
    QByteArray prefix = open == '{' ? QByteArray("{\"a\":") : QByteArray(1, open);
    return prefix.repeated(levels) + inner + QByteArray(levels, close);
}

} // namespace HostileReports
