#include "CommandLine.h"
#include "GuiApplication.h"

// A thin executable: a headless command (check, …) or the window.
int main(int argc, char **argv)
{
    if (CommandLine::isCommand(argc, argv))
        return CommandLine::run(argc, argv);
    return GuiApplication::run(argc, argv, &CommandLine::namesListed);
}
