#pragma once

#include <QString>

// The name of a copy of a department's report, kept after a save conflict:
// "<department>（副本）", then "<department>（副本2）", … It is data, not wording: the
// access rule matches it — a clerk's department covers its copies — in C++
// (WorkspaceUser::inDepartment) and in the PostgreSQL policies (jixiao_in_department, whose
// SQL gets it through @copy_mark@), so it is the same in every language of the program and
// never passes through tr(). Never change it: stored names and installed policies hold it.
namespace CopyName {

// What follows the department's name in every copy's name: "（副本".
QString mark();
// The n-th copy's name (n >= 1): 部门（副本）, 部门（副本2）, …
QString of(const QString &department, int n);
// Whether `name` is `department` itself or one of its copies.
bool covers(const QString &department, const QString &name);

} // namespace CopyName
