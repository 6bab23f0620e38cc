#include "ReportStatus.h"

#include <QCoreApplication>

QString reportStatusKey(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Submitted:
        return QStringLiteral("submitted");
    case ReportStatus::Returned:
        return QStringLiteral("returned");
    case ReportStatus::Approved:
        return QStringLiteral("approved");
    case ReportStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

ReportStatus reportStatusFromKey(const QString &key)
{
    if (key == QLatin1String("submitted") || key == QLatin1String("review"))
        return ReportStatus::Submitted;
    if (key == QLatin1String("returned"))
        return ReportStatus::Returned;
    if (key == QLatin1String("approved") || key == QLatin1String("final"))
        return ReportStatus::Approved;
    return ReportStatus::Draft;
}

QString reportStatusText(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Submitted:
        return QCoreApplication::translate("ReportStatus", "已提交");
    case ReportStatus::Returned:
        return QCoreApplication::translate("ReportStatus", "已退回");
    case ReportStatus::Approved:
        return QCoreApplication::translate("ReportStatus", "已审核");
    case ReportStatus::Draft:
        break;
    }
    return QCoreApplication::translate("ReportStatus", "草稿");
}

QList<ReportStatus> allReportStatuses()
{
    return {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Returned, ReportStatus::Approved};
}
