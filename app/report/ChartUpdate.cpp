#include "ChartUpdate.h"

#include "ChartParts.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QXYSeries>

using namespace ChartParts;

namespace {

bool sameSets(const QAbstractBarSeries *a, const QAbstractBarSeries *b)
{
    const QList<QBarSet *> sa = a->barSets(), sb = b->barSets();
    if (sa.size() != sb.size())
        return false;
    for (qsizetype i = 0; i < sa.size(); ++i) {
        if (sa[i]->label() != sb[i]->label() || sa[i]->count() != sb[i]->count())
            return false;
    }
    return true;
}

void copyProperties(QObject *to, const QObject *from)
{
    for (const char *name : {ValueLabelsProperty, ToolTipsProperty}) {
        const QVariant v = from->property(name);
        if (to->property(name) != v)
            to->setProperty(name, v);
    }
}

void adoptBars(QAbstractBarSeries *to, const QAbstractBarSeries *from)
{
    const QList<QBarSet *> st = to->barSets(), sf = from->barSets();
    for (qsizetype i = 0; i < st.size(); ++i) {
        for (int k = 0; k < st[i]->count(); ++k) {
            if (st[i]->at(k) != sf[i]->at(k))
                st[i]->replace(k, sf[i]->at(k));
        }
        if (st[i]->labelColor() != sf[i]->labelColor())
            st[i]->setLabelColor(sf[i]->labelColor());
        copyProperties(st[i], sf[i]);
    }
}

void adoptPie(QPieSeries *to, const QPieSeries *from)
{
    const QList<QPieSlice *> st = to->slices(), sf = from->slices();
    for (qsizetype i = 0; i < st.size(); ++i) {
        st[i]->setValue(sf[i]->value());
        st[i]->setLabel(sf[i]->label());
        st[i]->setLabelArmLengthFactor(sf[i]->labelArmLengthFactor());
        st[i]->setProperty(ToolTipsProperty, sf[i]->property(ToolTipsProperty));
    }
    to->setPieStartAngle(from->pieStartAngle());
    to->setPieEndAngle(from->pieEndAngle());
}

} // namespace

bool ChartUpdate::sameShape(const QChart *shown, const QChart *fresh)
{
    const QList<QAbstractSeries *> a = shown->series(), b = fresh->series();
    if (a.size() != b.size() || shown->title() != fresh->title())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i]->type() != b[i]->type() || a[i]->name() != b[i]->name())
            return false;
        const auto *barsA = qobject_cast<const QAbstractBarSeries *>(a[i]);
        if (barsA && !sameSets(barsA, qobject_cast<const QAbstractBarSeries *>(b[i])))
            return false;
        const auto *pieA = qobject_cast<const QPieSeries *>(a[i]);
        if (pieA && pieA->count() != qobject_cast<const QPieSeries *>(b[i])->count())
            return false;
    }
    const QList<QAbstractAxis *> xa = shown->axes(), xb = fresh->axes();
    if (xa.size() != xb.size())
        return false;
    for (qsizetype i = 0; i < xa.size(); ++i) {
        if (xa[i]->type() != xb[i]->type() || xa[i]->alignment() != xb[i]->alignment())
            return false;
    }
    return true;
}

bool ChartUpdate::adopt(QChart *shown, const QChart *fresh)
{
    if (!sameShape(shown, fresh))
        return false;
    // Axes first, so that the values land in their new ranges.
    const QList<QAbstractAxis *> xa = shown->axes(), xb = fresh->axes();
    for (qsizetype i = 0; i < xa.size(); ++i) {
        if (auto *values = qobject_cast<QValueAxis *>(xa[i])) {
            const auto *from = qobject_cast<const QValueAxis *>(xb[i]);
            if (values->min() != from->min() || values->max() != from->max())
                values->setRange(from->min(), from->max());
        } else if (auto *categories = qobject_cast<QBarCategoryAxis *>(xa[i])) {
            const QStringList names = qobject_cast<QBarCategoryAxis *>(xb[i])->categories(); // not const in Qt 6.4
            if (categories->categories() != names)
                categories->setCategories(names);
        }
    }
    const QList<QAbstractSeries *> a = shown->series(), b = fresh->series();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(a[i])) {
            adoptBars(bars, qobject_cast<const QAbstractBarSeries *>(b[i]));
        } else if (auto *pie = qobject_cast<QPieSeries *>(a[i])) {
            adoptPie(pie, qobject_cast<const QPieSeries *>(b[i]));
        } else if (auto *xy = qobject_cast<QXYSeries *>(a[i])) {
            const QList<QPointF> points = qobject_cast<const QXYSeries *>(b[i])->points();
            if (xy->points() != points)
                xy->replace(points);
            copyProperties(xy, b[i]);
        }
    }
    return true;
}
