#include "GuiApplication.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "Language.h"
#include "DefaultWorkspace.h"
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
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("workspace: a SQLite file or postgresql://user@host/db"),
                                QStringLiteral("LOCATION"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("FILE.json"), QStringLiteral("report to open"));
    parser.process(app);

    const QString code = parser.isSet(lang) ? parser.value(lang) : AppSettings::language();
    QString languageProblem;
    Language::install(&app, Language::isAvailable(code) ? code : QStringLiteral("zh_CN"), &languageProblem);
    const QString fontProblem = UiStyle::apply(&app);

    // The workspace: --db, else the default one (created with the sample report). It outlives
    // the window, whose last act is to save what is pending.
    Workspace workspace;
    MainWindow window;
    WorkspaceError opened;
    if (parser.isSet(db)) {
        QString problem;
        const WorkspaceLocation location = WorkspaceLocation::parse(parser.value(db), &problem);
        opened = location.isValid() ? workspace.open(location) : WorkspaceError(WorkspaceError::InvalidLocation, problem);
    } else {
        opened = DefaultWorkspace::open(workspace, Workspace::Options());
    }
    if (!opened.isError())
        window.setWorkspace(&workspace);

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        if (!window.openFile(files.first()) && !window.openLastStoredReport())
            window.openSample();
    } else if (!window.openLastStoredReport()) {
        window.openSample();
    }
    window.show();
    if (opened.isError())
        Dialogs::error(&window, QCoreApplication::translate("GuiApplication", "无法打开工作区"),
                       QCoreApplication::translate("GuiApplication", "%1\n\n报告将只能作为文件打开和保存。").arg(opened.text()));
    if (!languageProblem.isEmpty() && code != QLatin1String("zh_CN"))
        Dialogs::error(&window, QCoreApplication::translate("GuiApplication", "界面语言"), languageProblem);
    if (!fontProblem.isEmpty())
        Dialogs::error(&window, QCoreApplication::translate("GuiApplication", "缺少中文字体"), fontProblem);
    else if (!ReportFonts::installed().isUsable()) // the PDF would silently lose its Chinese text
        Dialogs::error(&window, QCoreApplication::translate("GuiApplication", "缺少导出用的字体"),
                       ReportFonts::installed().problem());
    return app.exec();
}
