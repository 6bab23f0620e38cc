#pragma once

#include <QCoreApplication>
#include <QString>

// The name a clerk knows a field by, for a field path of the exchange format
// ("execution.spent.basic" → 全年基本支出). Used in messages and by the window.
class FieldNames
{
    Q_DECLARE_TR_FUNCTIONS(FieldNames)
public:
    static QString label(const QString &path);
};
