#include "Ratio.h"

#include "WideInteger.h"

namespace {

using namespace WideInteger;

// Hundredths as "12.34"; never "-0.00". Works on the wide value so huge rates print exactly.
QString wideCentiText(Wide centi)
{
    const bool negative = centi < 0;
    unsigned __int128 magnitude = negative ? (unsigned __int128)(-(centi + 1)) + 1 : (unsigned __int128)centi;
    QString digits;
    const unsigned fraction = unsigned(magnitude % 100);
    magnitude /= 100;
    do {
        digits.prepend(QLatin1Char(char('0' + int(magnitude % 10))));
        magnitude /= 10;
    } while (magnitude != 0);
    QString text = digits + QLatin1Char('.') + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(QLatin1Char('-'));
    return text;
}

Wide centiOf(const Ratio &r)
{
    return roundedDivide(Wide(r.numerator) * 10000, r.denominator);
}

} // namespace

qint64 Ratio::centiPercent() const
{
    return saturate(centiOf(*this));
}

QString Ratio::percentText() const
{
    return wideCentiText(centiOf(*this));
}

int Ratio::comparePercent(qint64 thresholdCentiPercent) const
{
    const Wide left = Wide(numerator) * 10000;
    const Wide right = Wide(thresholdCentiPercent) * denominator;
    return left < right ? -1 : (left > right ? 1 : 0);
}

qint64 Ratio::scaledExcess(qint64 thresholdCentiPercent, qint64 factorCenti) const
{
    // excess in percent = (num*10000 − t*den) / (den*100); × factor/100 points, in hundredths
    // of a point: (num*10000 − t*den) × factor / (den*100).
    const Wide excess = Wide(numerator) * 10000 - Wide(thresholdCentiPercent) * denominator;
    return saturate(roundedDivide(excess * factorCenti, Wide(denominator) * 100));
}

QString Ratio::centiText(qint64 centi)
{
    return wideCentiText(centi);
}
