#pragma once

#include "Report.h"
#include "TextLanguage.h"

#include <QFont>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// “三公经费” per item and in total: actual spending as a percentage of the budget
// (the control rate), against a dashed 100% line. Bars within the budget and over it are
// two sets of their own colour. An item with no budget shows why instead of a bar. Its texts
// are in `language`.
class ThreePublicControlChart
{
public:
    static std::unique_ptr<QChart> build(const Report &report, const QFont &font, TextLanguage language);
    // The items, then 合计, as read from the top (the axis holds them bottom-up).
    static QStringList categories(TextLanguage language);
};
