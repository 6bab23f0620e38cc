#include "Ratio.h"

namespace {

using Wide = __int128;

// Rounds a/b half away from zero (b > 0).
qint64 roundedDivide(Wide a, Wide b)
{
    const bool negative = a < 0;
    const Wide magnitude = negative ? -a : a;
    Wide q = magnitude / b;
    if ((magnitude % b) * 2 >= b)
        ++q;
    return qint64(negative ? -q : q);
}

} // namespace

qint64 Ratio::centiPercent() const
{
    return roundedDivide(Wide(numerator) * 10000, denominator);
}

QString Ratio::percentText() const
{
    return centiText(centiPercent());
}

int Ratio::comparePercent(qint64 thresholdCentiPercent) const
{
    const Wide left = Wide(numerator) * 10000;
    const Wide right = Wide(thresholdCentiPercent) * denominator;
    return left < right ? -1 : (left > right ? 1 : 0);
}

qint64 Ratio::scaledExcess(qint64 thresholdCentiPercent, qint64 factorCenti) const
{
    // (num/den*100 − t/100) × factor/100 in hundredths:
    // = (num*10000 − t*den) × factor / (den * 100 * 100) × 100
    const Wide excess = Wide(numerator) * 10000 - Wide(thresholdCentiPercent) * denominator;
    return roundedDivide(excess * factorCenti, Wide(denominator) * 10000);
}

QString Ratio::centiText(qint64 centi)
{
    const bool negative = centi < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(centi) : quint64(centi);
    QString text = QString::number(magnitude / 100) + QLatin1Char('.')
                   + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (negative && magnitude != 0)
        text.prepend(QLatin1Char('-'));
    return text;
}
