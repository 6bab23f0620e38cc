#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QString g_current = QStringLiteral("zh_CN");
}

QStringList Language::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool Language::isAvailable(const QString &code)
{
    return available().contains(code);
}

QString Language::current()
{
    return g_current;
}

QString Language::requested(const QStringList &arguments)
{
    static const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == option)
            return arguments.value(i + 1);
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
    }
    return QString();
}

void Language::installQtTranslation(QCoreApplication *app, const QString &code)
{
    // Qt's own strings (dialog buttons, context menus, --help): English is Qt's source language.
    if (code == QLatin1String("en") || !isAvailable(code))
        return;
    auto *qt = new QTranslator(app);
    if (qt->load(QLatin1String("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
}

bool Language::install(QCoreApplication *app, const QString &code, QString *problem)
{
    return installFile(app, code, QStringLiteral(":/i18n/jixiao_") + code + QStringLiteral(".qm"), problem);
}

bool Language::installFile(QCoreApplication *app, const QString &code, const QString &qmFile, QString *problem)
{
    if (!isAvailable(code)) {
        if (problem)
            *problem = QCoreApplication::translate("Language", "不支持的语言“%1”：可用 zh_CN 或 en").arg(code);
        return false;
    }
    installQtTranslation(app, code);
    auto *own = new QTranslator(app);
    if (!own->load(qmFile) || own->isEmpty()) {
        delete own;
        if (problem)
            *problem = QCoreApplication::translate("Language", "无法载入界面语言“%1”的翻译文件，将以中文显示。").arg(code);
        g_current = QStringLiteral("zh_CN");
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        return false;
    }
    app->installTranslator(own);
    g_current = code;
    QLocale::setDefault(code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                    : QLocale(QLocale::Chinese, QLocale::China));
    return true;
}
