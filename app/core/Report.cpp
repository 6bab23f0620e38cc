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
    case TargetDirection::Higher:
        break;
    }
    return QStringLiteral("higher");
}
