#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// The amounts printed beside the bars (ChartBuilder::placeValueLabels): Qt Charts would
// print 3.2 for 3.20, so each bar set carries its printed values and they are placed as
// text items once the chart has its size. Grouped, stacked, vertical and horizontal bars.
class ChartValueLabels
{
public:
    static void place(QChart *chart);
};
