#include "CommandOutput.h"

#include "Language.h"

#include <cstdio>

void CommandOutput::out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CommandOutput::err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
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
    QString problem;
    if (code != QLatin1String("zh_CN") && !Language::install(QCoreApplication::instance(), code, &problem))
        err(problem + QLatin1Char('\n'));
    return true;
}
