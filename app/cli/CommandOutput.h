#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

// Shared by the headless commands: exit codes, stdout/stderr in UTF-8, language.
class CommandOutput
{
    Q_DECLARE_TR_FUNCTIONS(CommandOutput)
public:
    enum ExitCode { Success = 0, ReportHasErrors = 1, Refused = 2, UsageError = 2 };

    static void out(const QString &text);
    static void err(const QString &text);
    static int usageError(const QString &problem);
    // Parses a command's arguments. Returns the exit code when the command is done already:
    // the arguments are wrong (the usage error said), or --help was asked (the help printed).
    static std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments);
    static int refused(const QString &file, const QString &problem);
    // Installs the translation for --lang; prints a message and returns false if unknown.
    static bool installLanguage(const QString &code);
};
