#include "CommandLine.h"

#include "CheckCommand.h"
#include "CommandOutput.h"
#include "ImportCommand.h"
#include "ListCommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

const char *const commands[] = {"check", "import", "list"};

} // namespace

bool CommandLine::isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *c : commands) {
        if (qstrcmp(argv[1], c) == 0)
            return true;
    }
    return false;
}

int CommandLine::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jixiao"));
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("check"))
        return CheckCommand::run(arguments);
    if (command == QLatin1String("import"))
        return ImportCommand::run(arguments);
    if (command == QLatin1String("list"))
        return ListCommand::run(arguments);
    return CommandOutput::usageError(QCoreApplication::translate("CommandLine", "未知的命令“%1”").arg(command));
}
