#pragma once

#include "ReportEvaluation.h"

#include <QDateTime>
#include <QString>

// The document properties every export carries (the PDF's Info and XMP, the .docx's core
// properties, the .odt's meta.xml): title, author (the department), subject, creator, and
// whether the document is a draft (a report with errors).
struct ReportProperties
{
    QString title;   // "湘潭市行政审批服务局2023年度部门整体支出预算绩效自评报告"
    QString author;  // the department
    QString subject; // "2023年度部门整体支出预算绩效自评", "（草稿）" added on a draft
    QString creator; // "Jixiao 0.2.0"
    QDateTime created;
    bool draft = false;

    static ReportProperties of(const Report &report, const ReportEvaluation &evaluation);
    static QString subjectOf(const Report &report, bool draft);
};
