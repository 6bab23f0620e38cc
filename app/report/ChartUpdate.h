#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Carries the values of a freshly built chart over to the one on screen when both have the
// same shape (series, sets, slices, axes): an edit then costs a few changed values rather
// than a new chart in the scene and a new layout. Used by ChartBuilder::update.
class ChartUpdate
{
public:
    static bool sameShape(const QChart *shown, const QChart *fresh);
    // False, and nothing changed, when the shapes differ.
    static bool adopt(QChart *shown, const QChart *fresh);
};
