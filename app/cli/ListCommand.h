#pragma once

#include <QCoreApplication>
#include <QStringList>

// jixiao list [--db LOCATION] [--json]
// The reports of a workspace, by department and year: revision, status, 全年预算, 全年支出,
// last change and by whom. Exit 0; 2 when the workspace cannot be opened.
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    static int run(const QStringList &arguments);
};
