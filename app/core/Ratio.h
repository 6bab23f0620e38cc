#pragma once

#include <QString>
#include <QtGlobal>

// An exact ratio num/den (den > 0) of two amounts in 分 or two counts, read as a
// percentage. Rounding happens only when printing; thresholds compare exact values.
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 1;

    // The percentage in hundredths of a percent, rounded half away from zero (9910 = 99.10%).
    qint64 centiPercent() const;
    // "99.10": two decimals, no sign for zero.
    QString percentText() const;
    // Compares the exact percentage with a threshold given in hundredths of a percent.
    int comparePercent(qint64 thresholdCentiPercent) const;
    // The exact percentage minus a threshold (both in percent), scaled by `factor`/100 and
    // rounded to hundredths: used for "per percentage point" deductions.
    qint64 scaledExcess(qint64 thresholdCentiPercent, qint64 factorCenti) const;

    bool operator==(const Ratio &) const = default;

    static QString centiText(qint64 centi); // 9910 → "99.10", -5 → "-0.05"
};
