#pragma once

// What the chart tests share: the sample reports, and reading a ChartView's series, labels
// and texts back.
#include "ChartView.h"
#include "ReportJsonReader.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTest>
#include <QValueAxis>

namespace ChartsTestSupport {

inline Report readReport(const QString &path)
{
    const ReportJsonReader::Result r = ReportJsonReader::readFile(path);
    if (!r.ok())
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(r.message()));
    return *r.report;
}

inline Report sample()
{
    return readReport(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
}

inline Report draft()
{
    return readReport(QStringLiteral(JIXIAO_TEST_DATA "/reports/adjustments-draft.json"));
}

// The sample with other figures, as an earlier year of the same department.
inline Report earlierYear(int year, qint64 projectSpentWan)
{
    Report r = sample();
    r.year = year;
    r.execution.spent.project = Money::fromWan(projectSpentWan);
    r.execution.carryoverOut = Money::fromWan(1250 + 30 - projectSpentWan, 55); // keeps the accounts near balance
    return r;
}

inline QAbstractBarSeries *bars(ChartView *view)
{
    for (QAbstractSeries *s : view->chart()->series()) {
        if (auto *b = qobject_cast<QAbstractBarSeries *>(s))
            return b;
    }
    return nullptr;
}

inline QBarSet *barSet(ChartView *view, const QString &name)
{
    QAbstractBarSeries *series = bars(view);
    for (QBarSet *set : series ? series->barSets() : QList<QBarSet *>()) {
        if (set->label() == name)
            return set;
    }
    return nullptr;
}

inline QStringList categories(ChartView *view)
{
    for (QAbstractAxis *axis : view->chart()->axes()) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    }
    return {};
}

// Horizontal bars: the axis holds the categories bottom-up; as read from the top.
inline QStringList fromTop(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

inline QList<qreal> valuesFromTop(QBarSet *set)
{
    QList<qreal> values;
    for (int i = set ? set->count() - 1 : -1; i >= 0; --i)
        values.append(set->at(i));
    return values;
}

inline QStringList valueLabels(QBarSet *set)
{
    return set ? set->property("jixiaoValueLabels").toStringList() : QStringList();
}

// Every text a chart draws: title, legend entries (bar sets, series), slice labels, axis
// titles and, unless they are the report's own names, the categories.
inline QStringList chartTexts(const QChart *chart, bool withCategories)
{
    QStringList texts{chart->title()};
    for (QAbstractSeries *s : chart->series()) {
        texts.append(s->name());
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (const QBarSet *set : bars->barSets())
                texts += QStringList{set->label()} + set->property("jixiaoValueLabels").toStringList();
        } else if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            for (const QPieSlice *slice : pie->slices())
                texts.append(slice->label());
        }
    }
    for (QAbstractAxis *axis : chart->axes()) {
        texts.append(axis->titleText());
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis); c && withCategories)
            texts += c->categories();
    }
    texts.removeAll(QString());
    return texts;
}

inline bool hasChinese(const QString &text)
{
    for (QChar c : text) {
        if ((c >= QChar(0x3000) && c <= QChar(0x9fff)) || (c >= QChar(0xff00) && c <= QChar(0xffef)))
            return true;
    }
    return false;
}

inline QString valueAxisTitle(ChartView *view)
{
    for (QAbstractAxis *axis : view->chart()->axes()) {
        if (auto *v = qobject_cast<QValueAxis *>(axis); v && v->isVisible())
            return v->titleText();
    }
    return {};
}

} // namespace ChartsTestSupport
