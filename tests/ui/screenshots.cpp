// Not a test: writes a PNG of every page of the window with the sample report, so that a
// person can look at them.  ui_screenshots OUTDIR [--lang en] [--size 1280x800] [--scale 2]
#include "Language.h"
#include "MainWindow.h"
#include "UiStyle.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QScreen>

int main(int argc, char **argv)
{
    QString scale;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--scale") == 0)
            scale = QString::fromLatin1(argv[i + 1]);
    }
    if (!scale.isEmpty())
        qputenv("QT_SCALE_FACTOR", scale.toLatin1());
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = args.value(1, QStringLiteral("."));
    const int langAt = args.indexOf(QStringLiteral("--lang"));
    const QString lang = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("zh_CN");
    const int sizeAt = args.indexOf(QStringLiteral("--size"));
    const QStringList size = (sizeAt > 0 ? args.value(sizeAt + 1) : QStringLiteral("1280x800")).split(QLatin1Char('x'));
    Language::install(&app, lang);
    UiStyle::apply(&app);
    QDir().mkpath(out);

    MainWindow w;
    w.openSample();
    w.resize(size.value(0).toInt(), size.value(1).toInt());
    w.show();
    for (int i = 0; i < w.pages().size(); ++i) {
        w.showPage(i);
        QApplication::processEvents();
        w.grab().save(QStringLiteral("%1/%2-page%3.png").arg(out, lang).arg(i + 1));
    }
    // The review dock (score table) raised over the findings.
    for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
        if (dock->objectName() == QLatin1String("reviewDock")) {
            dock->show();
            dock->raise();
        }
    }
    w.showPage(0);
    QApplication::processEvents();
    w.grab().save(QStringLiteral("%1/%2-review.png").arg(out, lang));
    return 0;
}
