#pragma once

#include <QMetaType>
#include <QString>
#include <compare>
#include <optional>

// An exact decimal with up to six decimals (stored as millionths): the target and actual
// values of performance-target rows, in the row's own unit, and weights.
class Decimal
{
public:
    static constexpr qint64 Scale = 1000000;

    constexpr Decimal() = default;
    static constexpr Decimal fromMillionths(qint64 m) { return Decimal(m); }
    static constexpr Decimal fromInt(qint64 i) { return Decimal(i * Scale); }
    constexpr qint64 millionths() const { return m_millionths; }
    constexpr bool isZero() const { return m_millionths == 0; }
    constexpr bool isNegative() const { return m_millionths < 0; }

    QString toString() const; // exact, as few decimals as needed
    double toDouble() const { return double(m_millionths) / Scale; } // for display only

    friend constexpr bool operator==(Decimal a, Decimal b) = default;
    friend constexpr auto operator<=>(Decimal a, Decimal b) = default;

private:
    constexpr explicit Decimal(qint64 m) : m_millionths(m) {}
    qint64 m_millionths = 0;
};

Q_DECLARE_METATYPE(Decimal)
