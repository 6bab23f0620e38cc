#pragma once

#include "FieldPath.h"
#include "Report.h"

#include <QVariant>
#include <functional>

// Every editable field and list of a report, addressed by its exchange-format path, so
// that forms, item models and undo commands share one way to read and write a report.
// Values travel as QVariant: an invalid QVariant means "not given"; amounts are Money,
// counts int, flags bool, dates QDate, categories, directions and tiers their JSON keys,
// decimals (performance targets, weights) Decimal, points (an evaluator's score) qint64
// hundredths. A qualitative row's free-text target and actual are "target_text" and
// "actual_text" beside the decimal "target" and "actual".
class ReportFields
{
public:
    enum class Type { Text, Integer, Money, Count, Flag, OptionalFlag, Date, Category, Direction, Decimal, Tier, Points };

    // Reads a field; an invalid QVariant for "not given" or an unknown/out-of-range path.
    static QVariant value(const Report &report, const QString &path);
    // Writes a field; false for an unknown path, an index out of range or a wrong value.
    static bool setValue(Report &report, const QString &path, const QVariant &value);
    static bool isField(const QString &path);
    static Type type(const QString &path);

    // Lists: "budget.adjustments", "profile.functions", "targets[2].points", …
    static bool isList(const QString &listPath);
    static int rowCount(const Report &report, const QString &listPath);
    static bool insertRow(Report &report, const QString &listPath, int row);
    static bool removeRow(Report &report, const QString &listPath, int row);
    static bool moveRow(Report &report, const QString &listPath, int from, int to);

    // All field patterns (for tests: every field of report-format.md has a place).
    static QStringList fieldPatterns();
    static QStringList listPatterns();
};

