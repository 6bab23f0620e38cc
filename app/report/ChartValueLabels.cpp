#include "ChartValueLabels.h"

#include "ChartParts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <cmath>

using namespace ChartParts;

namespace {

const int ValueLabelKey = 0x4A58; // QGraphicsItem::data key marking our label items

bool isHorizontal(const QAbstractSeries *series)
{
    const QAbstractSeries::SeriesType t = series->type();
    return t == QAbstractSeries::SeriesTypeHorizontalBar || t == QAbstractSeries::SeriesTypeHorizontalStackedBar
           || t == QAbstractSeries::SeriesTypeHorizontalPercentBar;
}

bool isStacked(const QAbstractSeries *series)
{
    const QAbstractSeries::SeriesType t = series->type();
    return t == QAbstractSeries::SeriesTypeStackedBar || t == QAbstractSeries::SeriesTypeHorizontalStackedBar;
}

// Where set `i`'s bar of category `c` ends, along the value axis: stacked bars of the
// same sign pile up on the ones before them.
qreal barEnd(const QList<QBarSet *> &sets, int i, int c, bool stacked)
{
    const qreal value = sets[i]->at(c);
    if (!stacked)
        return value;
    qreal end = value;
    for (int k = 0; k < i; ++k) {
        const qreal below = sets[k]->at(c);
        if ((below < 0) == (value < 0))
            end += below;
    }
    return end;
}

} // namespace

void ChartValueLabels::place(QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        if (item->data(ValueLabelKey).toBool())
            delete item;
    }
    for (QAbstractSeries *s : chart->series()) {
        auto *series = qobject_cast<QAbstractBarSeries *>(s);
        if (!series || !series->isVisible())
            continue;
        const bool horizontal = isHorizontal(series);
        const bool stacked = isStacked(series);
        const QList<QBarSet *> sets = series->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            const QStringList labels = sets[i]->property(ValueLabelsProperty).toStringList();
            // Grouped bars share barWidth of a category; set i sits at its share's centre.
            const qreal offset = stacked ? 0 : -series->barWidth() / 2 + (i + 0.5) * series->barWidth() / sets.size();
            for (int c = 0; c < labels.size() && c < sets[i]->count(); ++c) {
                if (labels[c].isEmpty())
                    continue;
                const qreal end = barEnd(sets, i, c, stacked);
                const QPointF tip = chart->mapToPosition(horizontal ? QPointF(end, c + offset) : QPointF(c + offset, end), series);
                auto *label = new QGraphicsSimpleTextItem(labels[c], chart);
                label->setData(ValueLabelKey, true);
                QFont font = sets[i]->labelFont();
                font.setPixelSize(std::max(8, font.pixelSize() * 5 / 6)); // narrower than a bar
                label->setFont(font);
                label->setBrush(sets[i]->labelColor());
                const QRectF r = label->boundingRect();
                if (horizontal) {
                    // Inside the end of a bar long enough to hold it (clear of reference
                    // lines), else beside it, outward.
                    const qreal start = chart->mapToPosition(QPointF(end - sets[i]->at(c), c + offset), series).x();
                    const bool inside = std::abs(tip.x() - start) >= r.width() + 10;
                    if (inside)
                        label->setBrush(qGray(sets[i]->color().rgb()) < 130 ? Qt::white : Qt::black);
                    if (end < 0)
                        label->setPos(inside ? tip.x() + 4 : tip.x() - r.width() - 3, tip.y() - r.height() / 2);
                    else
                        label->setPos(inside ? tip.x() - r.width() - 4 : tip.x() + 3, tip.y() - r.height() / 2);
                } else { // above a rising bar, below a falling one
                    label->setPos(tip.x() - r.width() / 2, end < 0 ? tip.y() + 1 : tip.y() - r.height() - 1);
                }
                label->setZValue(100);
            }
        }
    }
}

