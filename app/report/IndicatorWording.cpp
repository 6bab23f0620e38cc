#include "IndicatorWording.h"

#include "IndicatorCatalog.h"
#include "IndicatorText.h"

namespace IndicatorWording {

QString name(const QString &id)
{
    return IndicatorText::name(id, TextLanguage::Chinese);
}

QString definition(const QString &id)
{
    return IndicatorCatalog::definition(id);
}

QString reason(const Indicator &i)
{
    return IndicatorText::notApplicable(i.notApplicable, TextLanguage::Chinese);
}

QString formulaLine(const Indicator &i)
{
    if (!i.applies())
        return name(i.id) + QStringLiteral("不适用（") + reason(i) + QStringLiteral("）");
    return name(i.id) + QLatin1Char('=') + i.numeratorText + QLatin1Char('/') + i.denominatorText
           + QStringLiteral("*100%=") + i.valueText() + QLatin1Char('%');
}

QString notApplicableSentence(const Indicator &i)
{
    return name(i.id) + QStringLiteral("不适用（") + reason(i) + QStringLiteral("）。");
}

QString valueText(const Indicator &i)
{
    return i.applies() ? i.valueText() + QLatin1Char('%') : QStringLiteral("不适用");
}

} // namespace IndicatorWording
