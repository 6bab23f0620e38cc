#include "Indicator.h"

const Indicator *findIndicator(const IndicatorList &list, const QString &id)
{
    for (const Indicator &i : list) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}
