#pragma once

#include <QList>
#include <QString>

// A path into a report as in the exchange format: "budget.adjustments[3].amount" is the
// pattern "budget.adjustments[].amount" with the indices {3}.
struct FieldPath
{
    QString pattern;
    QList<int> indices;

    static FieldPath parse(const QString &path);
    QString toString() const;
    bool operator==(const FieldPath &) const = default;
};

// path is "list[row]" or "list[row].something" for the list path `list`.
bool pathIsInList(const QString &path, const QString &listPath, int *row = nullptr);
