#pragma once

// Starts the window: language, fonts, the report to open (a file given on the command
// line, else the sample), and the event loop.
namespace GuiApplication {
int run(int argc, char **argv);
}
