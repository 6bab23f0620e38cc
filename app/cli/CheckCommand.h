#pragma once

#include <QCoreApplication>
#include <QStringList>

// jixiao check FILE.json [--previous PREV.json] [--json] [--lang zh_CN|en]
// Exit 0: no errors (warnings allowed); 1: the report has errors; 2: a file cannot be read
// or is refused by the format rules (the message on stderr names the field path).
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    static int run(const QStringList &arguments);
};
