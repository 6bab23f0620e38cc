#pragma once

#include "LocatedTable.h"

// Finds the published tables in a workbook by their titles: on sheets of any name and in
// any order, or several stacked on one sheet (each runs from its title to the next
// table's title). A sheet with no title that names a table by its own name (a sheet
// called 支出决算表) is taken as that table.
class TableLocator
{
public:
    static QList<LocatedTable> locate(const Workbook &workbook);
    // The names a title may give a table (normalized), longest first.
    static const QStringList &titleNames(TableKind kind);
    static QList<TableKind> allKinds();
};
