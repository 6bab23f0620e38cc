#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QFont>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// “三公经费” per item and in total: actual spending as a percentage of the budget
// (the control rate), against a dashed 100% line. Bars within the budget and over it are
// two sets of their own colour. An item with no budget shows why instead of a bar.
class ThreePublicControlChart
{
    Q_DECLARE_TR_FUNCTIONS(ThreePublicControlChart)
public:
    static std::unique_ptr<QChart> build(const Report &report, const QFont &font);
    static QStringList categories(); // the items, then 合计, as read from the top (the axis holds them bottom-up)
};
