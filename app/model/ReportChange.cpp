#include "ReportChange.h"

bool ReportChange::touches(const QString &other) const
{
    if (kind == Kind::Reset)
        return true;
    if (other == path)
        return true;
    // Inside the changed value or list: "budget.adjustments" touches "budget.adjustments[2].item".
    if (other.startsWith(path) && other.size() > path.size()
        && (other[path.size()] == QLatin1Char('.') || other[path.size()] == QLatin1Char('[')))
        return true;
    // A parent of the changed value: "budget.adjustments" is touched by "budget.adjustments[2].item".
    return path.startsWith(other) && path.size() > other.size()
           && (path[other.size()] == QLatin1Char('.') || path[other.size()] == QLatin1Char('['));
}
