#include "CommandLine.h"

#include <cstdio>

int main(int argc, char **argv)
{
    if (CommandLine::isCommand(argc, argv))
        return CommandLine::run(argc, argv);
    std::fputs("usage: jixiao check FILE.json [--previous PREV.json] [--json] [--lang zh_CN|en]\n", stderr);
    return 2;
}
