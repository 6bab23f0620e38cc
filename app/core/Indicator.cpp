#include "Indicator.h"

#include <QCoreApplication>

QString Indicator::formula() const
{
    if (!ratio)
        return QCoreApplication::translate("Indicator", "不适用（%1）").arg(notApplicableReason);
    return numeratorText + QLatin1Char('/') + denominatorText + QStringLiteral("*100%=")
           + ratio->percentText() + QLatin1Char('%');
}

const Indicator *findIndicator(const IndicatorList &list, const QString &id)
{
    for (const Indicator &i : list) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}
