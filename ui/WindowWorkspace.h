#pragma once

#include "Workspace.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>

class CommentsPanel;
class OverviewWindow;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class ReportDocument;
class WorkspaceBrowser;
class WorkspaceSession;

// What the clerk's window does with a workspace: works on one (owning it when the window
// opened it), follows the stored report open in the document (WorkspaceSession), shows the
// workspace's reports (WorkspaceBrowser), the open report's review comments (CommentsPanel)
// and the overview of a year, and settles a save that another writer got to first. It puts
// its docks and view actions into the window it is given; the window asks it and listens
// to it, and keeps the forms, the files and the exports.
class WindowWorkspace : public QObject
{
    Q_OBJECT
public:
    struct Places
    {
        QMainWindow *window;
        QMenu *viewMenu;            // its docks' toggles and the overview go here
        QDockWidget *tabbedWith;    // its docks are tabs of this one (the review)
        QDockWidget *raisedAfter;   // raised again once they are added (the findings)
    };
    WindowWorkspace(ReportDocument *document, const Places &places, QObject *parent = nullptr);
    ~WindowWorkspace() override;

    // Works on `workspace` (not owned), letting go of the current one.
    void setWorkspace(Workspace *workspace);
    // Works on a workspace opened by the window, owned from now on.
    void adopt(std::unique_ptr<Workspace> workspace);
    bool hasWorkspace() const { return m_session != nullptr; }
    WorkspaceSession *session() const { return m_session; }
    WorkspaceBrowser *browser() const { return m_browser; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    OverviewWindow *overviewWindow() const { return m_overview; }
    // A stored report is open in the document (edits are saved to the workspace).
    bool hasReport() const;

    // Loads a stored report into the document; says why not (a dialog) and returns false.
    bool openReport(qint64 id);
    // The report last worked on in this workspace, else its first; 0 when it is empty.
    qint64 lastReport() const;
    // The document's report (opened from a file) stored in the workspace, asking before it
    // replaces a stored report of the same department and year; its id, 0 when not stored.
    qint64 storeDocument();
    // A new report of the workspace, for a department and a year (asked).
    void newReport();
    // Stops following a stored report: the document is now a file's.
    void detach();
    // Saves what is pending; when it cannot, settles a conflict or asks (retry, save to a
    // file, discard, cancel). True when the window may go on; *toFile when the person chose
    // to save a JSON file instead.
    bool settlePendingSaves(bool *toFile);
    // The finance bureau's view of the year: every department of the workspace.
    void showOverview();
    // "工作区 …" for the window title, empty when no stored report is open.
    QString titleText() const;

Q_SIGNALS:
    void sessionChanged(WorkspaceSession *session);
    void reportOpened(qint64 id);
    // The save state changed (saved, pending, failed, conflict).
    void stateChanged();
    void earlierYearsChanged();
    // Open (unresolved) comments by field path, as "text（author）".
    void commentsChanged(const QHash<QString, QStringList> &open);
    void openRequested(qint64 id);             // from the browser
    void openFromOverviewRequested(qint64 id); // from the overview, a window of its own
    void fieldRequested(const QString &path);
    void currentFieldWanted(QString *path);

private:
    void createCommentsDock();
    void createBrowserDock();
    void onConflict(const QString &message);
    void onStateChanged();
    void showComments();

    ReportDocument *m_document;
    Places m_places;
    WorkspaceSession *m_session = nullptr;
    std::unique_ptr<Workspace> m_owned;
    WorkspaceBrowser *m_browser = nullptr;
    QDockWidget *m_browserDock = nullptr;
    CommentsPanel *m_comments = nullptr;
    QDockWidget *m_commentsDock = nullptr;
    OverviewWindow *m_overview = nullptr;
    QAction *m_overviewAction = nullptr;
};
