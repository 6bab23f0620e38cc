#include "Report.h"

QString adjustmentCategoryKey(AdjustmentCategory category)
{
    switch (category) {
    case AdjustmentCategory::Basic:
        return QStringLiteral("basic");
    case AdjustmentCategory::Transfer:
        return QStringLiteral("transfer");
    case AdjustmentCategory::Project:
        break;
    }
    return QStringLiteral("project");
}

QString targetDirectionKey(TargetDirection direction)
{
    switch (direction) {
    case TargetDirection::Lower:
        return QStringLiteral("lower");
    case TargetDirection::Exact:
        return QStringLiteral("exact");
    case TargetDirection::Qualitative:
        return QStringLiteral("qualitative");
    case TargetDirection::Higher:
        break;
    }
    return QStringLiteral("higher");
}

QString qualitativeTierKey(QualitativeTier tier)
{
    switch (tier) {
    case QualitativeTier::Partial:
        return QStringLiteral("partial");
    case QualitativeTier::NotAchieved:
        return QStringLiteral("not_achieved");
    case QualitativeTier::Achieved:
        break;
    }
    return QStringLiteral("achieved");
}

std::optional<TargetDirection> targetDirectionFromKey(const QString &key)
{
    for (TargetDirection d : {TargetDirection::Higher, TargetDirection::Lower, TargetDirection::Exact,
                              TargetDirection::Qualitative}) {
        if (targetDirectionKey(d) == key)
            return d;
    }
    return std::nullopt;
}

std::optional<QualitativeTier> qualitativeTierFromKey(const QString &key)
{
    for (QualitativeTier t : {QualitativeTier::Achieved, QualitativeTier::Partial, QualitativeTier::NotAchieved}) {
        if (qualitativeTierKey(t) == key)
            return t;
    }
    return std::nullopt;
}

bool TargetIndicator::needsVersion2() const
{
    const bool wholeWeight = !weight || weight->millionths() % Decimal::Scale == 0;
    return isQualitative() || tier || scoreCenti || !deviation.isEmpty() || !wholeWeight;
}

int Report::formatVersion() const
{
    if (!overallGoal.isEmpty() || !preparer.isEmpty() || !fundsBySource.isEmpty())
        return 2;
    for (const TargetIndicator &t : targetIndicators) {
        if (t.needsVersion2())
            return 2;
    }
    return 1;
}
