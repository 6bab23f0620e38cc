#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A problem the consistency checks found in a report: a stable code that other programs
// rely on, a severity, the field paths concerned (as in the exchange format, e.g.
// budget.adjustments[3].reason) and a message in the user's language.
struct Finding
{
    enum class Severity { Error, Warning };

    QString code;
    Severity severity = Severity::Error;
    QStringList fields;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Finding &) const = default;

    static QString severityKey(Severity s) { return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"); }
};

using FindingList = QList<Finding>;

inline int countErrors(const FindingList &findings)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.isError() ? 1 : 0;
    return n;
}
