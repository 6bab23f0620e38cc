#pragma once

#include "Money.h"
#include "Ratio.h"
#include "TextLanguage.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>
#include <optional>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

// Pieces shared by the charts behind ChartBuilder (app/report only): colours, bar sets
// with their printed values and hover texts, axes. Display geometry may use doubles;
// every printed figure comes from Money or Ratio. Texts are in the language the chart is
// built in (ChartBuilder's: the window's, or Chinese for the document).
namespace ChartParts {

// Subdued colours that survive a black-and-white printer (distinct grey levels).
inline const QColor budgetColour{0x4a, 0x6f, 0xa5};
inline const QColor spentColour{0xc8, 0x8b, 0x3a};
inline const QColor carryoverColour{0x9a, 0xb8, 0x7a};
inline const QColor excludedColour{0xa9, 0xb4, 0xc2};
inline const QColor overColour{0xb0, 0x30, 0x30};
inline const QColor referenceColour{0x50, 0x50, 0x50};

// The printed value of each bar (Qt Charts would print 3.2 for 3.20); an empty one
// draws no label. Kept on the QBarSet.
inline constexpr char ValueLabelsProperty[] = "jixiaoValueLabels";
// The hover text of each bar / point (QBarSet, QXYSeries: QStringList) or slice (QString).
inline constexpr char ToolTipsProperty[] = "jixiaoToolTips";

qreal wanValue(Money m);
QString wanLabel(Money m, TextLanguage language);  // "3.20万元"
QString wanAxisTitle(TextLanguage language);       // "万元", the title of an amount axis
QString signedWan(Money m);                   // "+3.20", "-8.00"
qreal percentValue(const Ratio &ratio);       // 98.77 (display only)
std::optional<Ratio> ratioOf(Money part, Money whole); // none when whole <= 0

void style(QChart *chart, const QFont &font);
QBarSet *barSet(const QString &name, const QColor &colour, const QList<Money> &values, const QFont &font);
QBarCategoryAxis *categoryAxis(const QStringList &categories, const QFont &font);
// A value axis from `min` to `max` (widened to nice numbers), labelled with `format`.
QValueAxis *valueAxis(qreal min, qreal max, const QString &title, const QString &format, const QFont &font);
// A category's text without its line breaks ("<br>"), for a hover text: 公务用车购置及运行维护费,
// Official vehicles.
QString withoutBreaks(const QString &category);
// A name shortened to `maxChars` characters with an ellipsis (axis labels have little room).
QString elided(const QString &text, int maxChars);

} // namespace ChartParts
