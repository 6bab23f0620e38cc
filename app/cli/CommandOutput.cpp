#include "CommandOutput.h"

#include <QCommandLineParser>

#include "Language.h"

#include <cstdio>

namespace {

// Report text reaches the terminal (a department name, an adjustment quoted in a finding),
// and a control character in it could move the cursor, retitle the window or hide a line.
// Line feeds and tabs stay; every other C0 or C1 control and DEL shows as U+FFFD. JSON
// output is unchanged: QJsonDocument escapes control characters itself.
QByteArray terminalSafe(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F))
            c = QChar::ReplacementCharacter;
    }
    return safe.toUtf8();
}

} // namespace

void CommandOutput::out(const QString &text)
{
    const QByteArray bytes = terminalSafe(text);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CommandOutput::err(const QString &text)
{
    const QByteArray bytes = terminalSafe(text);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int CommandOutput::usageError(const QString &problem)
{
    err(QStringLiteral("jixiao: ") + problem + QLatin1Char('\n'));
    return UsageError;
}

int CommandOutput::refused(const QString &file, const QString &problem)
{
    err(tr("jixiao：无法读取 %1：%2").arg(file, problem) + QLatin1Char('\n'));
    return Refused;
}

bool CommandOutput::installLanguage(const QString &code)
{
    if (!Language::isAvailable(code)) {
        usageError(tr("不支持的语言“%1”：可用 zh_CN 或 en").arg(code));
        return false;
    }
    QString problem; // installed already when the command line named it (CommandLine::run)
    if (code != QLatin1String("zh_CN") && code != Language::current() && !Language::install(QCoreApplication::instance(), code, &problem))
        err(problem + QLatin1Char('\n'));
    return true;
}

std::optional<int> CommandOutput::parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Success;
    }
    return std::nullopt;
}
