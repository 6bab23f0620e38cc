#include "ReportProperties.h"

#include "ReportContentBuilder.h"

#include <QCoreApplication>

ReportProperties ReportProperties::of(const Report &report, const ReportEvaluation &evaluation)
{
    ReportProperties p;
    p.draft = evaluation.errorCount() > 0;
    p.title = ReportContentBuilder::documentTitle(report);
    p.author = report.department.trimmed();
    p.subject = subjectOf(report, p.draft);
    const QString version = QCoreApplication::applicationVersion();
    p.creator = version.isEmpty() ? QStringLiteral("Jixiao") : QStringLiteral("Jixiao ") + version;
    p.created = QDateTime::currentDateTimeUtc();
    return p;
}

QString ReportProperties::subjectOf(const Report &report, bool draft)
{
    QString s = QStringLiteral("%1年度部门整体支出预算绩效自评").arg(report.year);
    if (draft)
        s += QStringLiteral("（草稿）");
    return s;
}
