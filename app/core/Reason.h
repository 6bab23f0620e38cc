#pragma once

#include <QString>
#include <QStringList>

// Why, as data: a stable code and the values its sentence quotes, already formatted ("9.72",
// "3"). The core words nothing: the edges (app/wording) give the sentence in their language,
// the window and the command line in the program's, the report in Chinese. Used for why an
// indicator is 不适用 (IndicatorCalculator::notApplicableCodes()) and why points were
// deducted (ScoringEngine::reasonCodes()).
struct Reason
{
    QString code; // empty: no reason
    QStringList args;

    bool isEmpty() const { return code.isEmpty(); }
    bool operator==(const Reason &) const = default;
};
