#pragma once

#include "ReportItemDelegate.h"

// A long text that has its own roomy editor under the grid (the 自评表's 偏差原因分析及改进措施):
// one line in its cell, cut with "…", so that it does not make its row ten lines tall.
// Editing in the cell is as in every other report table.
class OneLineItemDelegate : public ReportItemDelegate
{
    Q_OBJECT
public:
    using ReportItemDelegate::ReportItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
