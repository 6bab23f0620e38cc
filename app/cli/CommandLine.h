#pragma once

#include <QString>

// The headless commands of `jixiao` (check, and the others as they arrive). They need no
// display: main() hands argv here before any window is made.
namespace CommandLine {
// True when argv names a headless command (argv[1] is check, …).
bool isCommand(int argc, char **argv);
// The commands' names, joined as the program's language lists them (check、export、…):
// --help and a mistyped command name them from here.
QString namesListed();
// Runs it and returns the process exit code.
int run(int argc, char **argv);
}
