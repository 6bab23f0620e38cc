#pragma once

#include "Ratio.h"

#include <QList>
#include <QString>
#include <optional>

// One computed indicator (三、部门整体支出绩效情况): its exact ratio when it applies, the
// printed formula `a/b*100%=x.xx%`, or why it is 不适用.
struct Indicator
{
    QString id;   // stable: budget_adjustment_rate, basic_control_rate, …
    QString name; // in the user's language (预算调整率)
    std::optional<Ratio> ratio;
    QString numeratorText;   // the printed operands: "9.60"
    QString denominatorText; // "9.72"
    QString notApplicableReason;

    bool applies() const { return ratio.has_value(); }
    QString valueText() const { return ratio ? ratio->percentText() : QString(); } // "98.77"
    QString formula() const; // "9.60/9.72*100%=98.77%", or 不适用 with the reason

    bool operator==(const Indicator &) const = default;
};

using IndicatorList = QList<Indicator>;

const Indicator *findIndicator(const IndicatorList &list, const QString &id);
