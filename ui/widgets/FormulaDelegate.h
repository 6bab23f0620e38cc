#pragma once

#include <QStyledItemDelegate>

// A calculation such as 0.00/1610.47*100%=0.00% in a narrow column: Qt wraps it anywhere,
// and "0." over "00/1610.4…" reads as other numbers. Lines break at the operators instead
// (a zero-width space after / and * and before =); the model's text is unchanged.
class FormulaDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};
