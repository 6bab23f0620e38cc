#include "GuiApplication.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReportFonts.h"
#include "UiStyle.h"

#include <QApplication>
#include <QCommandLineParser>

int GuiApplication::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Jixiao"));
    QCoreApplication::setApplicationName(QStringLiteral("jixiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIXIAO_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN | en"), QStringLiteral("LANG"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("FILE.json"), QStringLiteral("report to open"));
    parser.process(app);

    const QString code = parser.isSet(lang) ? parser.value(lang) : AppSettings::language();
    QString languageProblem;
    Language::install(&app, Language::isAvailable(code) ? code : QStringLiteral("zh_CN"), &languageProblem);
    const QString fontProblem = UiStyle::apply(&app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first()))
        window.openSample();
    window.show();
    if (!languageProblem.isEmpty() && code != QLatin1String("zh_CN"))
        Dialogs::error(&window, QCoreApplication::translate("GuiApplication", "界面语言"), languageProblem);
    if (!fontProblem.isEmpty())
        Dialogs::error(&window, QCoreApplication::translate("GuiApplication", "缺少中文字体"), fontProblem);
    else if (!ReportFonts::installed().isUsable()) // the PDF would silently lose its Chinese text
        Dialogs::error(&window, QCoreApplication::translate("GuiApplication", "缺少导出用的字体"),
                       ReportFonts::installed().problem());
    return app.exec();
}
