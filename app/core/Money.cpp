#include "Money.h"

namespace {

QString formatScaled(qint64 fen, int decimals, bool trimZeros)
{
    // decimals of 万元: 2 → units of 10,000 分; 6 → units of 1 分.
    qint64 unit = 1;
    for (int i = decimals; i < 6; ++i)
        unit *= 10;
    const bool negative = fen < 0;
    // |fen| cannot overflow: amounts are far below the qint64 limit.
    quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    quint64 units = magnitude / quint64(unit);
    if (magnitude % quint64(unit) * 2 >= quint64(unit))
        ++units; // half away from zero
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = QString::number(units / scale);
    QString fraction = QStringLiteral("%1").arg(units % scale, decimals, 10, QLatin1Char('0'));
    if (trimZeros) {
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
    }
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    if (negative && units != 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

} // namespace

QString Money::toWan() const
{
    return formatScaled(m_fen, 2, false);
}

QString Money::toExactWan() const
{
    return formatScaled(m_fen, 6, true);
}

QString Money::toWanToFen() const
{
    QString text = formatScaled(m_fen, 6, true);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const qsizetype decimals = dot < 0 ? 0 : text.size() - dot - 1;
    if (dot < 0)
        text += QLatin1Char('.');
    for (qsizetype i = decimals; i < 2; ++i)
        text += QLatin1Char('0');
    return text;
}

bool Money::addChecked(Money a, Money b, Money *result)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a.m_fen, b.m_fen, &sum))
        return false;
    *result = Money(sum);
    return true;
}

bool Money::subtractChecked(Money a, Money b, Money *result)
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(a.m_fen, b.m_fen, &difference))
        return false;
    *result = Money(difference);
    return true;
}

std::optional<Money> Money::fromDecimalDigits(bool negative, QStringView intDigits,
                                              QStringView fracDigits)
{
    if (fracDigits.size() > 6)
        return std::nullopt;
    // Leading zeros do not count towards the magnitude.
    while (intDigits.size() > 1 && intDigits.front() == QLatin1Char('0'))
        intDigits = intDigits.mid(1);
    if (intDigits.size() > 12) // 10^12 万元 and more: over the limit
        return std::nullopt;
    qint64 fen = 0;
    for (QChar c : intDigits)
        fen = fen * 10 + (c.unicode() - '0');
    for (int i = 0; i < 6; ++i)
        fen = fen * 10 + (i < fracDigits.size() ? fracDigits[i].unicode() - '0' : 0);
    if (fen >= LimitFen)
        return std::nullopt;
    return Money(negative ? -fen : fen);
}
