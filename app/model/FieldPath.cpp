#include "FieldPath.h"

FieldPath FieldPath::parse(const QString &path)
{
    if (!path.contains(QLatin1Char('[')))
        return {path, {}};
    FieldPath p;
    p.pattern.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path[i];
        if (c != QLatin1Char('[')) {
            p.pattern += c;
            continue;
        }
        const qsizetype close = path.indexOf(QLatin1Char(']'), i);
        if (close < 0)
            return {path, {}};
        bool ok = false;
        const int index = QStringView(path).mid(i + 1, close - i - 1).toInt(&ok);
        if (!ok || index < 0)
            return {path, {}};
        p.indices.append(index);
        p.pattern += QStringLiteral("[]");
        i = close;
    }
    return p;
}

QString FieldPath::toString() const
{
    QString out;
    qsizetype next = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('[') && i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char(']')) {
            out += QLatin1Char('[') + QString::number(indices.value(next++)) + QLatin1Char(']');
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

bool pathIsInList(const QString &path, const QString &listPath, int *row)
{
    if (!path.startsWith(listPath) || path.size() <= listPath.size() || path[listPath.size()] != QLatin1Char('['))
        return false;
    const qsizetype close = path.indexOf(QLatin1Char(']'), listPath.size());
    if (close < 0)
        return false;
    bool ok = false;
    const int r = QStringView(path).mid(listPath.size() + 1, close - listPath.size() - 1).toInt(&ok);
    if (ok && row)
        *row = r;
    return ok;
}
