// MainWindow's side of the workspace: opening one, the reports stored in it, their review
// comments, the overview of a year, and a save that another writer got to first. The file
// side (open, save, export) and the window itself are in MainWindow.cpp.
#include "MainWindow.h"

#include "AppSettings.h"
#include "CommentsPanel.h"
#include "Dialogs.h"
#include "OverviewWindow.h"
#include "ReportDocument.h"
#include "ReportListModel.h"
#include "ReviewBar.h"
#include "ReviewPanel.h"
#include "ChartsPanel.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"
#include "YearFigures.h"
#include "pages/FormPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

bool MainWindow::openWorkspace(const QString &locationText)
{
    QString problem;
    const WorkspaceLocation location = WorkspaceLocation::parse(locationText, &problem);
    auto workspace = std::make_unique<Workspace>();
    const WorkspaceError e = location.isValid() ? workspace->open(location)
                                                : WorkspaceError(WorkspaceError::InvalidLocation, problem);
    if (e.isError()) {
        Dialogs::error(this, tr("无法打开工作区"), e.text());
        return false;
    }
    if (!maybeSave())
        return false;
    setWorkspace(workspace.get());
    m_ownedWorkspace = std::move(workspace); // after the old session let go of the old one
    if (!openLastStoredReport())
        openSample();
    return true;
}

void MainWindow::setWorkspace(Workspace *workspace)
{
    if (m_session) { // another workspace: let go of the current one
        m_session->detach();
        delete m_session;
        delete m_browser;
    }
    m_session = new WorkspaceSession(workspace, m_document, this);
    m_reviewBar->setSession(m_session);
    if (!m_comments) {
        m_comments = new CommentsPanel(this);
        connect(m_comments, &CommentsPanel::fieldRequested, this, &MainWindow::navigateTo);
        connect(m_comments, &CommentsPanel::currentFieldWanted, this, [this](QString *path) { *path = currentFieldPath(); });
        m_commentsDock = new QDockWidget(tr("审核意见"), this);
        m_commentsDock->setObjectName(QStringLiteral("commentsDock"));
        m_commentsDock->setWidget(m_comments);
        addDockWidget(Qt::BottomDockWidgetArea, m_commentsDock);
        tabifyDockWidget(m_reviewDock, m_commentsDock);
        QAction *show = m_commentsDock->toggleViewAction();
        show->setText(tr("审核意见(&C)"));
        m_viewMenu->addAction(show);
    }
    m_comments->setSession(m_session);
    connect(m_session, &WorkspaceSession::earlierYearsChanged, this, [this] {
        m_review->chartsPanel()->setEarlierYears(YearFigures::ofReports(m_session->earlierYears()));
    });
    if (!m_overviewAction) {
        m_overviewAction = m_viewMenu->addAction(tr("全局概览：各部门一览(&O)…"), this, &MainWindow::showOverview);
        m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    }
    connect(m_session, &WorkspaceSession::commentsChanged, this, &MainWindow::showComments);
    connect(m_session, &WorkspaceSession::stateChanged, this, &MainWindow::updateSaveState);
    connect(m_session, &WorkspaceSession::conflict, this, &MainWindow::onConflict);
    connect(m_session, &WorkspaceSession::reportOpened, this, [this](qint64 id) {
        m_browser->refresh();
        const Report &r = m_document->report();
        m_browser->select(r.department, r.year);
        AppSettings::setLastReport(m_session->workspace()->location().displayName(), id);
    });

    m_browser = new WorkspaceBrowser(workspace, this);
    connect(m_browser, &WorkspaceBrowser::openRequested, this, &MainWindow::openStoredReport);
    connect(m_browser, &WorkspaceBrowser::overviewRequested, this, &MainWindow::showOverview);
    if (!m_browserDock) {
        m_browserDock = new QDockWidget(tr("工作区"), this);
        m_browserDock->setObjectName(QStringLiteral("workspaceDock"));
        addDockWidget(Qt::BottomDockWidgetArea, m_browserDock);
        tabifyDockWidget(m_reviewDock, m_browserDock);
        m_findingsDock->raise();
        resizeDocks({m_findingsDock}, {fontMetrics().height() * 9}, Qt::Vertical);
        QAction *browse = m_browserDock->toggleViewAction();
        browse->setText(tr("工作区中的报告(&W)"));
        browse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        m_viewMenu->addAction(browse);
    }
    m_browserDock->setWidget(m_browser);
    updateTitle();
}

bool MainWindow::openStoredReport(qint64 id)
{
    if (!m_session)
        return false;
    if (m_session->hasReport() && m_session->reportId() == id)
        return true;
    if (!m_session->hasReport() && !maybeSave())
        return false; // a file with unsaved changes
    const WorkspaceError e = m_session->openReport(id);
    if (e.isError()) {
        Dialogs::error(this, tr("无法打开报告"), e.text());
        return false;
    }
    m_fileName.clear();
    updateTitle();
    updateStatus();
    return true;
}

bool MainWindow::openLastStoredReport()
{
    if (!m_session)
        return false;
    QList<ReportSummary> reports;
    if (!!m_session->workspace()->list(&reports).isError() || reports.isEmpty())
        return false;
    const qint64 last = AppSettings::lastReport(m_session->workspace()->location().displayName());
    for (const ReportSummary &r : std::as_const(reports)) {
        if (r.id == last)
            return openStoredReport(last);
    }
    return openStoredReport(reports.first().id);
}

void MainWindow::showOverview()
{
    if (!m_session)
        return;
    if (!m_overview) {
        m_overview = new OverviewWindow(nullptr, this);
        m_overview->setWindowFlag(Qt::Window);
        m_overview->setWindowTitle(tr("全局概览 — 绩效自评"));
        m_overview->resize(1100, 700);
        connect(m_overview, &OverviewWindow::openRequested, this, [this](qint64 id) {
            if (openStoredReport(id)) {
                raise();
                activateWindow();
            }
        });
    }
    if (m_overview->workspace() != m_session->workspace())
        m_overview->setWorkspace(m_session->workspace());
    else
        m_overview->refresh();
    m_overview->setYear(m_document->report().year);
    m_overview->show();
    m_overview->raise();
}

void MainWindow::showComments()
{
    QHash<QString, QStringList> open;
    if (m_session) {
        for (const ReportComment &c : m_session->comments()) {
            if (!c.resolved)
                open[c.fieldPath].append(tr("%1（%2）").arg(c.text, c.author));
        }
    }
    for (FormPage *page : std::as_const(m_pages))
        page->showComments(open);
}

QString MainWindow::currentFieldPath() const
{
    // The field being edited: a bound widget (or its focus proxy's owner), or a table cell.
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        const QString path = w->property("fieldPath").toString();
        if (!path.isEmpty())
            return path;
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (auto *model = qobject_cast<ReportListModel *>(view->model()); model && view->currentIndex().isValid())
                return view->currentIndex().data(ReportListModel::FieldPathRole).toString();
        }
    }
    return QString();
}

void MainWindow::onConflict(const QString &message)
{
    switch (Dialogs::askConflict(this, message)) {
    case Dialogs::Answer::Reload:
        m_session->reloadTheirs();
        break;
    case Dialogs::Answer::KeepCopy:
        m_session->keepMineAsCopy();
        break;
    case Dialogs::Answer::Overwrite:
        if (Dialogs::confirm(this, tr("覆盖别人的修改"),
                             tr("用您的版本覆盖对方刚保存的版本吗？对方的版本会留在历史记录中，可以恢复。")))
            m_session->overwriteTheirs();
        break;
    default:
        break; // the edit stays in the window; saving waits for a decision
    }
    updateTitle();
    updateSaveState();
}
