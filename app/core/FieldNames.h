#pragma once

#include "TextLanguage.h"

#include <QCoreApplication>
#include <QString>

// The name a clerk knows a field by, for a field path of the exchange format
// ("execution.spent.basic" → 全年基本支出). Used in messages and by the window.
class FieldNames
{
    Q_DECLARE_TR_FUNCTIONS(FieldNames)
public:
    // The field's own name (in `language`), or `path` itself when it has none.
    static QString label(const QString &path, TextLanguage language = TextLanguage::Program);
    // The name of the field, else of the nearest list or section that holds it
    // ("problems[0].title" → 存在的主要问题); empty when none has a name.
    static QString nearest(const QString &path);
};
