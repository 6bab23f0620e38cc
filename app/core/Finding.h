#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A problem the consistency checks found in a report, as data: a stable code that other
// programs rely on (FindingCatalog lists every code with its severity), the field paths
// concerned (as in the exchange format, e.g. budget.adjustments[3].reason) and the values
// its sentence quotes, already formatted ("11.23", "102.16", a name, a row number). It
// carries no sentence: the edges word it in their language (FindingText).
struct Finding
{
    enum class Severity { Error, Warning };

    QString code;
    Severity severity = Severity::Error;
    QStringList fields;
    QStringList args;
    // Which of the code's sentences, when it has more than one (FindingCatalog::Kind::forms);
    // empty for its main one.
    QString form;

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

// The first finding with `code`, or null.
inline const Finding *findFinding(const FindingList &findings, QLatin1StringView code)
{
    for (const Finding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}
