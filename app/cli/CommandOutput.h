#pragma once

#include <QCoreApplication>
#include <QString>

// Shared by the headless commands: exit codes, stdout/stderr in UTF-8, language.
class CommandOutput
{
    Q_DECLARE_TR_FUNCTIONS(CommandOutput)
public:
    enum ExitCode { Success = 0, ReportHasErrors = 1, Refused = 2, UsageError = 2 };

    static void out(const QString &text);
    static void err(const QString &text);
    static int usageError(const QString &problem);
    static int refused(const QString &file, const QString &problem);
    // Installs the translation for --lang; prints a message and returns false if unknown.
    static bool installLanguage(const QString &code);
};
