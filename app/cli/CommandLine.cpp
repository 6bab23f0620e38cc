#include "CommandLine.h"

#include "CheckCommand.h"
#include "CommandOutput.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "OverviewCommand.h"
#include "UsersCommand.h"
#include "ExportCommand.h"
#include "Language.h"
#include "FillCommand.h"
#include "PhaseTimer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <memory>

namespace {

const char *const commands[] = {"check", "export", "fill", "import", "list", "overview", "users"};

// Commands that lay out text need fonts, and charts need widgets: they get a QApplication
// on the offscreen platform (unless one is chosen), so that they run with no display and
// no environment set up. The others stay a plain QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

// A first argument such as "fil" (a mistyped command): a word, not an option and not a
// file. The window's own argument is a report file (FILE.json), so such a word is refused
// with the list of commands instead of opening the window.
bool looksLikeCommand(const char *argument)
{
    const QString word = QString::fromLocal8Bit(argument);
    if (word.isEmpty() || !word.at(0).isLetter())
        return false;
    for (const QChar c : word) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return !QFileInfo::exists(word);
}

} // namespace

bool CommandLine::isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *c : commands) {
        if (qstrcmp(argv[1], c) == 0)
            return true;
    }
    return looksLikeCommand(argv[1]);
}

int CommandLine::run(int argc, char **argv)
{
    PhaseTimer::mark("main");
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    PhaseTimer::mark("application object");
    // The same names as the window: the default workspace (AppDataLocation) is shared.
    QCoreApplication::setOrganizationName(QStringLiteral("Jixiao"));
    QCoreApplication::setApplicationName(QStringLiteral("jixiao"));
    const QStringList arguments = QCoreApplication::arguments();
    // Before any parsing: --help and the parser's messages in the language asked for.
    if (const QString code = Language::requested(arguments); code == QLatin1String("en"))
        Language::install(app.get(), code);
    else
        Language::installQtTranslation(app.get(), QStringLiteral("zh_CN"));
    const QString command = arguments.value(1);
    if (command == QLatin1String("check"))
        return CheckCommand::run(arguments);
    if (command == QLatin1String("import"))
        return ImportCommand::run(arguments);
    if (command == QLatin1String("list"))
        return ListCommand::run(arguments);
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments);
    if (command == QLatin1String("fill"))
        return FillCommand::run(arguments);
    if (command == QLatin1String("overview"))
        return OverviewCommand::run(arguments);
    if (command == QLatin1String("users"))
        return UsersCommand::run(arguments);
    return CommandOutput::usageError(QCoreApplication::translate("CommandLine", "未知的命令“%1”。命令有：%2（各有 --help）；"
                                                                               "不带命令时打开窗口：jixiao [FILE.json]")
                                         .arg(command, namesListed()));
}

QString CommandLine::namesListed()
{
    QStringList names;
    for (const char *c : commands)
        names.append(QLatin1String(c));
    return names.join(QCoreApplication::translate("CommandLine", "、", "between the names of a list"));
}
