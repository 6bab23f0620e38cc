#pragma once

// Starts the window: language, fonts, the report to open (a file given on the command
// line, else the sample), and the event loop. commandNames lists the headless commands
// (in the language installed) for --help; they live with the command line, not here.
class QString;
namespace GuiApplication {
int run(int argc, char **argv, QString (*commandNames)());
}
