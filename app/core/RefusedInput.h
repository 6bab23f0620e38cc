#pragma once

#include <QList>
#include <QString>

// What a clerk typed into a field that the field refused (1.1234567 in an amount of 万元).
// It is not part of the report, which keeps the field's previous value; while it stands it is
// an error (invalid_input) of the report's evaluation, so that nothing built from the report
// (rates, score, submit, the final PDF) can pass for what the screen shows.
struct RefusedInput
{
    QString path; // the field, as in the exchange format (budget.adjustments[2].amount)
    QString text; // as typed

    bool operator==(const RefusedInput &) const = default;
};

using RefusedInputList = QList<RefusedInput>;
