#include "WindowWorkspace.h"

#include "AppSettings.h"
#include "CommentsPanel.h"
#include "Dialogs.h"
#include "DockToggle.h"
#include "OverviewWindow.h"
#include "ReportDocument.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceSession.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QUndoStack>

WindowWorkspace::WindowWorkspace(ReportDocument *document, const Places &places, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_places(places)
{
}

WindowWorkspace::~WindowWorkspace()
{
    // The session follows the document's undo stack: it goes first, saving what is left
    // while the window is whole, and before the workspace it saves into.
    delete m_session;
    m_session = nullptr;
}

void WindowWorkspace::setWorkspace(Workspace *workspace)
{
    if (m_session) { // another workspace: let go of the current one
        m_session->detach();
        delete m_session;
        delete m_browser;
    }
    m_session = new WorkspaceSession(workspace, m_document, this);
    createCommentsDock();
    m_comments->setSession(m_session);
    connect(m_session, &WorkspaceSession::earlierYearsChanged, this, &WindowWorkspace::earlierYearsChanged);
    if (!m_overviewAction) {
        m_overviewAction = m_places.viewMenu->addAction(tr("全局概览：各部门一览(&O)…"), this, &WindowWorkspace::showOverview);
        m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    }
    connect(m_session, &WorkspaceSession::commentsChanged, this, &WindowWorkspace::showComments);
    connect(m_session, &WorkspaceSession::stateChanged, this, &WindowWorkspace::onStateChanged);
    connect(m_session, &WorkspaceSession::conflict, this, &WindowWorkspace::onConflict);
    connect(m_session, &WorkspaceSession::reportOpened, this, [this](qint64 id) {
        m_browser->refresh();
        const Report &r = m_document->report();
        m_browser->select(r.department, r.year);
        AppSettings::setLastReport(m_session->workspace()->location().displayName(), id);
    });

    m_browser = new WorkspaceBrowser(workspace, m_places.window);
    connect(m_browser, &WorkspaceBrowser::openRequested, this, &WindowWorkspace::openRequested);
    connect(m_browser, &WorkspaceBrowser::overviewRequested, this, &WindowWorkspace::showOverview);
    createBrowserDock();
    m_browserDock->setWidget(m_browser);
    Q_EMIT sessionChanged(m_session);
}

void WindowWorkspace::adopt(std::unique_ptr<Workspace> workspace)
{
    setWorkspace(workspace.get());
    m_owned = std::move(workspace); // after the old session let go of the old one
}

void WindowWorkspace::createCommentsDock()
{
    if (m_comments)
        return;
    m_comments = new CommentsPanel(m_places.window);
    connect(m_comments, &CommentsPanel::fieldRequested, this, &WindowWorkspace::fieldRequested);
    connect(m_comments, &CommentsPanel::currentFieldWanted, this, &WindowWorkspace::currentFieldWanted);
    m_commentsDock = new QDockWidget(tr("审核意见"), m_places.window);
    m_commentsDock->setObjectName(QStringLiteral("commentsDock"));
    m_commentsDock->setWidget(m_comments);
    m_places.window->addDockWidget(Qt::BottomDockWidgetArea, m_commentsDock);
    m_places.window->tabifyDockWidget(m_places.tabbedWith, m_commentsDock);
    QAction *show = DockToggle::create(m_commentsDock, tr("审核意见(&C)"));
    m_places.viewMenu->addAction(show);
}

void WindowWorkspace::createBrowserDock()
{
    if (m_browserDock)
        return;
    QMainWindow *window = m_places.window;
    m_browserDock = new QDockWidget(tr("工作区"), window);
    m_browserDock->setObjectName(QStringLiteral("workspaceDock"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_browserDock);
    window->tabifyDockWidget(m_places.tabbedWith, m_browserDock);
    m_places.raisedAfter->raise();
    window->resizeDocks({m_places.raisedAfter}, {window->fontMetrics().height() * 9}, Qt::Vertical);
    QAction *browse = DockToggle::create(m_browserDock, tr("工作区中的报告(&W)"));
    browse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_places.viewMenu->addAction(browse);
}

bool WindowWorkspace::hasReport() const
{
    return m_session && m_session->hasReport();
}

bool WindowWorkspace::openReport(qint64 id)
{
    if (!m_session)
        return false;
    const WorkspaceError e = m_session->openReport(id);
    if (e.isError()) {
        Dialogs::error(m_places.window, tr("无法打开报告"), e.text());
        return false;
    }
    return true;
}

qint64 WindowWorkspace::lastReport() const
{
    if (!m_session)
        return 0;
    QList<ReportSummary> reports;
    if (m_session->workspace()->list(&reports).isError() || reports.isEmpty())
        return 0;
    const qint64 last = AppSettings::lastReport(m_session->workspace()->location().displayName());
    for (const ReportSummary &r : std::as_const(reports)) {
        if (r.id == last)
            return last;
    }
    return reports.first().id;
}

qint64 WindowWorkspace::storeDocument()
{
    if (!m_session)
        return 0;
    const Report &r = m_document->report();
    SaveResult saved = m_session->workspace()->create(r);
    if (!saved.ok() && saved.error.kind == WorkspaceError::Duplicate) {
        if (!Dialogs::confirm(m_places.window, tr("保存到工作区"),
                              tr("工作区中已有“%1”%2年度的报告。用窗口中的这份替换它吗？\n原来的内容会留在历史记录中，可以恢复。")
                                  .arg(r.department)
                                  .arg(r.year)))
            return 0;
        saved = m_session->workspace()->importReport(r);
    }
    if (!saved.ok()) {
        Dialogs::error(m_places.window, tr("保存失败"), saved.error.text());
        return 0;
    }
    return saved.id;
}

void WindowWorkspace::newReport()
{
    if (!m_browser)
        return;
    m_browserDock->show();
    m_browserDock->raise();
    m_browser->newReport();
}

void WindowWorkspace::detach()
{
    if (m_session)
        m_session->detach();
}

bool WindowWorkspace::settlePendingSaves(bool *toFile)
{
    *toFile = false;
    if (!hasReport())
        return true;
    // Edits are saved as they are made; only a failed save needs a decision.
    while (!m_session->flush()) {
        if (m_session->saver()->state() == ReportAutoSaver::State::Conflict) {
            onConflict(m_session->saver()->lastError().text());
            if (m_session->saver()->state() == ReportAutoSaver::State::Conflict)
                return false;
            continue;
        }
        switch (Dialogs::askUnsaved(m_places.window, tr("修改尚未保存到工作区：%1").arg(m_session->saver()->lastError().text()))) {
        case Dialogs::Answer::Retry:
            continue;
        case Dialogs::Answer::Save:
            *toFile = true;
            return true;
        case Dialogs::Answer::Discard:
            return true;
        default:
            return false;
        }
    }
    return true;
}

void WindowWorkspace::showOverview()
{
    if (!m_session)
        return;
    if (!m_overview) {
        m_overview = new OverviewWindow(nullptr, m_places.window);
        m_overview->setWindowFlag(Qt::Window);
        m_overview->setWindowTitle(tr("全局概览 — 绩效自评"));
        m_overview->resize(1100, 700);
        connect(m_overview, &OverviewWindow::openRequested, this, &WindowWorkspace::openFromOverviewRequested);
    }
    if (m_overview->workspace() != m_session->workspace())
        m_overview->setWorkspace(m_session->workspace());
    else
        m_overview->refresh();
    m_overview->setYear(m_document->report().year);
    m_overview->show();
    m_overview->raise();
}

QString WindowWorkspace::titleText() const
{
    return hasReport() ? tr("工作区 %1").arg(m_session->workspace()->location().displayName()) : QString();
}

void WindowWorkspace::showComments()
{
    QHash<QString, QStringList> open;
    if (m_session) {
        for (const ReportComment &c : m_session->comments()) {
            if (!c.resolved)
                open[c.fieldPath].append(tr("%1（%2）").arg(c.text, c.author));
        }
    }
    Q_EMIT commentsChanged(open);
}

void WindowWorkspace::onStateChanged()
{
    if (m_browser && m_session->saver() && m_session->saver()->state() == ReportAutoSaver::State::Saved)
        m_browser->refresh();
    Q_EMIT stateChanged();
}

void WindowWorkspace::onConflict(const QString &message)
{
    switch (Dialogs::askConflict(m_places.window, message)) {
    case Dialogs::Answer::Reload:
        m_session->reloadTheirs();
        break;
    case Dialogs::Answer::KeepCopy:
        m_session->keepMineAsCopy();
        break;
    case Dialogs::Answer::Overwrite:
        if (Dialogs::confirm(m_places.window, tr("覆盖别人的修改"),
                             tr("用您的版本覆盖对方刚保存的版本吗？对方的版本会留在历史记录中，可以恢复。")))
            m_session->overwriteTheirs();
        break;
    default:
        break; // the edit stays in the window; saving waits for a decision
    }
    onStateChanged();
}
