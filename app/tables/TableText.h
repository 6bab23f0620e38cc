#pragma once

#include <QString>
#include <QStringList>

// How the labels of published tables are compared: the same words however they are
// typed. Full-width and half-width forms, spaces and line breaks inside a cell, quotation
// marks (“三公”), ordinal prefixes (一、 （二） 3. 加： 其中：) and a trailing colon do not
// count.
namespace TableText {

QString normalized(const QString &text);
// The text as shown in messages: trimmed, runs of white space as one space.
QString shown(const QString &text);
// True when the normalized `text` is one of `labels` (normalized already).
bool isOneOf(const QString &normalizedText, const QStringList &labels);
// Normalizes each label of a list written in the source.
QStringList labels(std::initializer_list<const char16_t *> texts);

// A title names a table when, normalized and without a trailing "（…表）" or "（单位：…）",
// it ends with one of `names` and what stands before is nothing, a year (2023年度), 部门,
// or a department's name (…局, …委员会, …中心): "财政拨款收入支出决算总表" is not the
// "收入支出决算总表".
bool titleNames(const QString &normalizedTitle, const QStringList &names);

} // namespace TableText
