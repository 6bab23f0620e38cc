// Not a test: writes a PNG of every page of the window with the sample report, and of every
// dock and window, so that a person can look at them.
//   ui_screenshots OUTDIR [--lang en] [--size 1280x800] [--scale 2] [--table REPORT.json]
// Files: LANG-pageN.png (the eight pages), LANG-review.png (score table), LANG-charts.png,
// and, with the sample in a temporary workspace (2022 and 2023, a second department, a
// comment, a deleted copy): LANG-comments.png, LANG-charts-trend.png (the charts with the
// multi-year trend), LANG-workspace.png (browser and history), LANG-workspace-deleted.png,
// LANG-overview.png (the overview window); with --table, LANG-selfevaluation.png (the 自评表
// page with that report, e.g. tests/data/reports/xiangtan-2023-table.json).
#include "Dialogs.h"
#include "FormPage.h"
#include "ReportDocument.h"
#include "Language.h"
#include "MainWindow.h"
#include "OverviewWindow.h"
#include "ReportJsonReader.h"
#include "ReviewPanel.h"
#include "UiStyle.h"
#include "Workspace.h"
#include "WorkspaceBrowser.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

QDockWidget *dock(MainWindow &w, const char *name)
{
    return w.findChild<QDockWidget *>(QLatin1String(name));
}

void raise(QDockWidget *d)
{
    if (!d)
        return;
    d->show();
    d->raise();
    settle();
}

void save(QWidget &w, const QString &out, const QString &lang, const QString &name)
{
    settle();
    w.grab().save(QStringLiteral("%1/%2-%3.png").arg(out, lang, name));
}

} // namespace

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
    // Private settings (no remembered window geometry or language) and no modal dialogs.
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    Dialogs::setTesting(true);

    const QStringList args = app.arguments();
    const QString out = args.value(1, QStringLiteral("."));
    const int langAt = args.indexOf(QStringLiteral("--lang"));
    const QString lang = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("zh_CN");
    const int sizeAt = args.indexOf(QStringLiteral("--size"));
    const QStringList size = (sizeAt > 0 ? args.value(sizeAt + 1) : QStringLiteral("1280x800")).split(QLatin1Char('x'));
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());
    Language::install(&app, lang);
    UiStyle::apply(&app);
    QDir().mkpath(out);

    MainWindow w;
    w.openSample();
    w.resize(windowSize);
    w.show();
    for (int i = 0; i < w.pages().size(); ++i) {
        w.showPage(i);
        save(w, out, lang, QStringLiteral("page%1").arg(i + 1));
    }
    const int tableAt = args.indexOf(QStringLiteral("--table"));
    if (tableAt > 0) { // the 自评表 page with a report that has indicator rows
        const ReportJsonReader::Result table = ReportJsonReader::readFile(args.value(tableAt + 1));
        if (!table.report)
            return 1;
        w.document()->load(*table.report);
        for (int i = 0; i < w.pages().size(); ++i) {
            if (w.pages()[i]->objectName() == QLatin1String("selfEvaluationPage")) {
                w.showPage(i);
                save(w, out, lang, QStringLiteral("selfevaluation"));
                // Scrolled to the indicator grid, a qualitative row's score selected.
                FormPage *page = w.pages()[i];
                page->focusPath(QStringLiteral("target_indicators[7].score"));
                if (QWidget *grid = page->findChild<QWidget *>(QStringLiteral("selfEvaluationIndicators"))) {
                    settle();
                    page->verticalScrollBar()->setValue(grid->mapTo(page->widget(), QPoint()).y() - 40);
                }
                save(w, out, lang, QStringLiteral("selfevaluation-grid"));
            }
        }
        w.openSample();
    }
    // The review dock (score table, then charts) raised over the findings.
    raise(dock(w, "reviewDock"));
    w.showPage(0);
    save(w, out, lang, QStringLiteral("review"));
    w.reviewPanel()->setCurrentIndex(1);
    save(w, out, lang, QStringLiteral("charts"));
    w.reviewPanel()->setCurrentIndex(0);

    // The same report in a workspace: comments, the browser with its history, the overview.
    const ReportJsonReader::Result read = ReportJsonReader::readFile(QStringLiteral(":/samples/xiangtan-2023.json"));
    if (!read.report)
        return 1;
    Workspace workspace;
    if (workspace.open(WorkspaceLocation::sqlite(dir.filePath(QStringLiteral("ws.sqlite")))).isError())
        return 1;
    Report sample = *read.report;
    Report earlier = sample;
    earlier.year = sample.year - 1;
    workspace.create(earlier);
    const SaveResult created = workspace.create(sample);
    Report edited = sample;
    edited.execution.carryoverOutNote += QStringLiteral("，已于次年一季度支付");
    const SaveResult saved = workspace.save(created.id, created.revision, edited);
    workspace.setStatus(created.id, saved.revision, ReportStatus::Submitted);
    workspace.addComment(created.id, QStringLiteral("budget.adjustments[1].reason"),
                         QStringLiteral("请补充除外调整的依据（文件名和文号）。"));
    workspace.addComment(created.id, QString(), QStringLiteral("结转结余率偏低，请在问题与措施中说明原因。"));
    Report other = sample;
    other.department = QStringLiteral("湘潭市财政局");
    other.execution.spent.project = Money::fromWan(1100); // does not balance: an error
    workspace.create(other);
    const SaveResult copy = workspace.saveAsCopy(sample, created.id);
    workspace.remove(copy.id, copy.revision);

    w.setWorkspace(&workspace);
    w.openStoredReport(created.id);
    w.resize(windowSize);
    raise(dock(w, "commentsDock"));
    save(w, out, lang, QStringLiteral("comments"));
    // With the year before stored, the charts gain the multi-year trend.
    raise(dock(w, "reviewDock"));
    w.reviewPanel()->setCurrentIndex(1);
    save(w, out, lang, QStringLiteral("charts-trend"));
    w.reviewPanel()->setCurrentIndex(0);
    raise(dock(w, "workspaceDock"));
    if (w.browser()) {
        w.browser()->select(sample.department, sample.year);
        save(w, out, lang, QStringLiteral("workspace"));
        if (auto *side = w.browser()->findChild<QTabWidget *>()) {
            side->setCurrentIndex(1);
            save(w, out, lang, QStringLiteral("workspace-deleted"));
        }
    }
    w.showOverview();
    if (OverviewWindow *overview = w.overviewWindow()) {
        overview->show();
        save(*overview, out, lang, QStringLiteral("overview"));
    }
    return 0;
}
