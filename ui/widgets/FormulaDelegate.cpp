#include "FormulaDelegate.h"

QString FormulaDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QString text = QStyledItemDelegate::displayText(value, locale);
    constexpr QChar zeroWidthSpace(0x200B);
    QString breakable;
    breakable.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('='))
            breakable += zeroWidthSpace;
        breakable += c;
        if (c == QLatin1Char('/') || c == QLatin1Char('*') || c == QChar(0x00D7) || c == QChar(0x00F7))
            breakable += zeroWidthSpace;
    }
    return breakable;
}
