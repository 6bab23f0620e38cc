#pragma once

#include "Ratio.h"
#include "Reason.h"

#include <QList>
#include <QString>
#include <optional>

// One computed indicator (三、部门整体支出绩效情况): its exact ratio when it applies, the
// printed operands, or why it is 不适用. Its name and the printed formula
// `a/b*100%=x.xx%` are worded at the edge (IndicatorText, app/wording).
struct Indicator
{
    QString id; // stable: budget_adjustment_rate, basic_control_rate, … (IndicatorCatalog)
    std::optional<Ratio> ratio;
    QString numeratorText;   // the printed operands: "9.60"
    QString denominatorText; // "9.72"
    Reason notApplicable;    // why it is 不适用: a code of IndicatorCalculator::notApplicableCodes()

    bool applies() const { return ratio.has_value(); }
    QString valueText() const { return ratio ? ratio->percentText() : QString(); } // "98.77"

    bool operator==(const Indicator &) const = default;
};

using IndicatorList = QList<Indicator>;

const Indicator *findIndicator(const IndicatorList &list, const QString &id);
