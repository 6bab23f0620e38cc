#include "OneLineItemDelegate.h"

QString OneLineItemDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    QString text = ReportItemDelegate::displayText(value, locale);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

void OneLineItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    ReportItemDelegate::initStyleOption(option, index);
    option->features &= ~QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideRight;
}
