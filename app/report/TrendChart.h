#pragma once

#include "TextLanguage.h"
#include "YearFigures.h"

#include <QFont>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Several years of one department: 全年预算, 全年支出 and 年末结转 as bars (万元, left axis),
// the main rates as lines (%, right axis). The bars keep to the lower half and 100% sits
// high, so that the lines run above the bars rather than through them. A rate that does
// not apply in a year has no point there. Amounts are on hover: printed above three bars
// a year they would overlap. Its texts are in `language`.
class TrendChart
{
public:
    // The rates drawn, by indicator id.
    static QStringList rateIds();

    static std::unique_ptr<QChart> build(const QList<YearFigures> &years, const QFont &font, TextLanguage language);
};
