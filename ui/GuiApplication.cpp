#include "GuiApplication.h"

#include "AboutDialog.h"
#include "AppSettings.h"
#include "Dialogs.h"
#include "Language.h"
#include "DefaultWorkspace.h"
#include "MainWindow.h"
#include "ReportFonts.h"
#include "UiStyle.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace {

// --help and --version print and quit: they need no display (a terminal without one would
// otherwise stop at "could not connect to display").
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

// Whether the platform Qt will use can show a window. Without one Qt aborts ("could not
// connect to display", signal 6); the program says so in one line instead. The X11 and
// Wayland platforms need their display named; the others (offscreen, vnc, eglfs, …) are
// taken on trust.
bool hasDisplay()
{
    const QString chosen = qEnvironmentVariable("QT_QPA_PLATFORM");
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (chosen.isEmpty())
        return x11 || wayland;
    for (const QString &entry : chosen.split(QLatin1Char(';'), Qt::SkipEmptyParts)) { // a list to try in turn
        const QString platform = entry.section(QLatin1Char(':'), 0, 0);                 // "xcb:option=…"
        if (platform == QLatin1String("xcb") ? x11 : platform.startsWith(QLatin1String("wayland")) ? wayland : true)
            return true;
    }
    return false;
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Jixiao"));
    QCoreApplication::setApplicationName(QStringLiteral("jixiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIXIAO_VERSION " (Qt %1)").arg(QString::fromLatin1(qVersion())));
}

// The window's language: --lang, else the one chosen in the window (settings), else Chinese.
QString windowLanguage(const QStringList &arguments)
{
    const QString requested = Language::requested(arguments);
    const QString code = requested.isEmpty() ? AppSettings::language() : requested;
    return Language::isAvailable(code) ? code : QStringLiteral("zh_CN");
}

int refuseWithoutDisplay(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setNames();
    Language::install(&app, windowLanguage(app.arguments()));
    const QByteArray line = QCoreApplication::translate("GuiApplication",
                                                        "jixiao：没有可用的图形显示（未设置 DISPLAY），无法打开窗口。"
                                                        "命令行的用法见 jixiao --help。")
                                .toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    return 2;
}

} // namespace

int GuiApplication::run(int argc, char **argv, QString (*commandNames)())
{
    if (onlyPrints(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (!hasDisplay()) {
        return refuseWithoutDisplay(argc, argv);
    }
    QApplication app(argc, argv);
    setNames();
    // The desktop entry, icon and metainfo share this id (the window's Wayland app id).
    QGuiApplication::setDesktopFileName(AboutDialog::applicationId());
    QApplication::setWindowIcon(AboutDialog::applicationIcon());
    // The language first: --help is printed in it, Qt's own usage line and option texts too.
    const QString code = windowLanguage(app.arguments());
    QString languageProblem;
    Language::install(&app, code, &languageProblem);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiApplication", "绩效自评：部门整体支出预算绩效自评报告的填报、检查、评审与导出。\n"
                          "不带命令时打开窗口。命令（各有 --help）：%1。")
                                         .arg(commandNames()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("GuiApplication", "界面语言：zh_CN（中文）或 en（英文）"),
                                  QStringLiteral("LANG"));
    parser.addOption(lang);
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("GuiApplication", "工作区：SQLite 文件，或 postgresql://用户@主机/数据库"),
                                QStringLiteral("LOCATION"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("FILE.json"), QCoreApplication::translate("GuiApplication", "要打开的报告文件"));
    parser.process(app);

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
