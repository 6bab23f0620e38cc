#pragma once

// The headless commands of `jixiao` (check, and the others as they arrive). They need no
// display: main() hands argv here before any window is made.
namespace CommandLine {
// True when argv names a headless command (argv[1] is check, …).
bool isCommand(int argc, char **argv);
// Runs it and returns the process exit code.
int run(int argc, char **argv);
}
