#pragma once

#include <QtGlobal>

#include <limits>

// Products of amounts, weights and percentages can pass qint64: the scoring computes them
// in a 128-bit integer, and rounds and narrows them back here, the same way everywhere.
namespace WideInteger {

using Wide = __int128;

// a/b rounded half away from zero (b > 0).
inline Wide roundedDivide(Wide a, Wide b)
{
    const bool negative = a < 0;
    const Wide magnitude = negative ? -a : a;
    Wide q = magnitude / b;
    if ((magnitude % b) * 2 >= b)
        ++q;
    return negative ? -q : q;
}

// A value that does not fit in qint64 (a rate of an enormous amount over a tiny one)
// saturates rather than wraps; scores clamp it anyway.
inline qint64 saturate(Wide v)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    return v > Wide(max) ? max : (v < Wide(min) ? min : qint64(v));
}

} // namespace WideInteger
