#pragma once

#include "TextLanguage.h"

#include <QFont>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// 部门对比: one rate across departments (the overview's chart), one horizontal bar per
// department in the order given, from the top. Each department's label carries its value as
// printed (99.10%) or 不适用 (then no bar). Built by ChartBuilder::departmentComparison.
class DepartmentComparisonChart
{
public:
    using Values = QList<QPair<QString, std::optional<qint64>>>; // department → hundredths of a percent
    // A chart of more bars than this says nothing: the caller picks which to show.
    static constexpr int MaxBars = 40;
    static constexpr int NameChars = 16;

    static std::unique_ptr<QChart> build(const QString &title, const Values &values, const QFont &font,
                                         TextLanguage language);
    static QString label(const QString &department, const std::optional<qint64> &centiPercent, TextLanguage language);
};
