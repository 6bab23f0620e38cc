#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <compare>
#include <optional>

// An exact amount of money in 分 (fen). Amounts are entered and printed in 万元:
// 1 万元 = 1,000,000 分, so six decimals of 万元 are one 分. Never a double.
class Money
{
public:
    static constexpr qint64 FenPerWan = 1000000;
    // Amounts must stay below 10^12 万元; this keeps every single amount far from the
    // qint64 limit, and sums are checked (see addChecked).
    static constexpr qint64 LimitFen = qint64(1000000000000LL) * FenPerWan;

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    // Whole 万元 and hundredths of 万元 (as printed): fromWan(1843, 29) is 1843.29万元.
    static constexpr Money fromWan(qint64 wan, qint64 hundredths = 0)
    {
        return Money(wan * FenPerWan + (wan < 0 ? -hundredths : hundredths) * (FenPerWan / 100));
    }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }
    constexpr Money abs() const { return Money(m_fen < 0 ? -m_fen : m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }

    // 万元 with exactly two decimals, rounded half away from zero; never "-0.00".
    QString toWan() const;
    // The exact value in 万元 with as few decimals as needed (up to six): for files.
    QString toExactWan() const;
    // 万元 with two decimals, or more (up to six) when two would lose a 分: 11.23, 0.0045,
    // 0.000001. For a difference that may be under a cent of 万元.
    QString toWanToFen() const;

    // Sums that would leave the representable range are reported, never wrapped.
    [[nodiscard]] static bool addChecked(Money a, Money b, Money *result);
    [[nodiscard]] static bool subtractChecked(Money a, Money b, Money *result);

    // Builds an amount from the digits of a decimal number of 万元 (already split by a
    // parser): intDigits and fracDigits hold ASCII digits only, fracDigits at most six.
    // Returns nothing when the magnitude reaches LimitFen.
    static std::optional<Money> fromDecimalDigits(bool negative, QStringView intDigits,
                                                  QStringView fracDigits);

    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

Q_DECLARE_METATYPE(Money)
