#include "Decimal.h"

#include "Money.h"

QString Decimal::toString() const
{
    // Same fixed point as Money (six decimals), so the exact formatting is shared.
    return Money::fromFen(m_millionths).toExactWan();
}
