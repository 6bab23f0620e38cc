#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// "What changed" for the history list: the fields that differ between two saved states,
// named the way a clerk knows them (年初预算基本支出, 第3项年中预算调整, 存在的主要问题).
class ReportChangeSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReportChangeSummary)
public:
    // Paths of the exchange format whose values differ ("budget.initial.basic",
    // "budget.adjustments" when rows were added or removed).
    static QStringList changedPaths(const QJsonObject &before, const QJsonObject &after);
    // The same, with each path's value before and after (a missing value is null): what the
    // audit trail records for an edit. Objects and arrays of equal length are compared
    // element by element; a list that grew or shrank is one change of the whole list. The
    // PostgreSQL trigger function jixiao_json_diff computes exactly this.
    struct FieldChange
    {
        QString path;
        QJsonValue before;
        QJsonValue after;
    };
    static QList<FieldChange> fieldChanges(const QJsonObject &before, const QJsonObject &after);
    static QList<FieldChange> fieldChanges(const QByteArray &beforeJson, const QByteArray &afterJson);
    // The name shown for a path: the field's own name, else that of its section.
    static QString label(const QString &path);
    // "修改了年初预算基本支出、全年项目支出等 5 处"; "无内容变化" when nothing differs.
    static QString describe(const QByteArray &beforeJson, const QByteArray &afterJson);
};
