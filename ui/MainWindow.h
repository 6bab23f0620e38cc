#pragma once

#include <QMainWindow>

class FindingsPanel;
class FormPage;
class IndicatorPanel;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class ReportPreview;
class ReviewPanel;
class OverviewWindow;
class QAction;
class ReviewBar;
class CommentsPanel;
class Workspace;
class WorkspaceBrowser;
class WorkspaceSession;
class WindowWorkspace;
class ReportDocument;
struct Report;

// The clerk's window: one page per part of the report in the report's order, the live
// indicators beside the forms, the findings below, undo/redo, files and exports. What it
// does with a workspace is WindowWorkspace's (the stored report, the browser, comments, the
// overview, save conflicts).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportDocument *document() const { return m_document; }
    IndicatorPanel *indicatorPanel() const { return m_indicators; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    QList<FormPage *> pages() const { return m_pages; }
    FormPage *currentPage() const;
    void showPage(int index);

    // Opens a report file; on refusal tells the user what and where, and keeps the
    // current report. Asks about unsaved changes first.
    bool openFile(const QString &fileName);
    // Works on the reports of a workspace (the window does not own it): a browser of its
    // reports, and every edit of an opened report saved at once.
    void setWorkspace(Workspace *workspace);
    // Opens another workspace (a SQLite file, or postgresql://…), owned by the window.
    bool openWorkspace(const QString &locationText);
    WorkspaceSession *session() const;
    WorkspaceBrowser *browser() const;
    bool openStoredReport(qint64 id);
    // Opens the report last worked on in this workspace, else its first; false if empty.
    bool openLastStoredReport();
    // The exchange-format path of the field being edited, empty when none.
    QString currentFieldPath() const;
    ReviewBar *reviewBar() const { return m_reviewBar; }
    CommentsPanel *commentsPanel() const;
    void openSample();
    // Asks for a department and a year and creates the report in the workspace (a report
    // file when no workspace could be opened).
    void newReport();
    // Saves to the workspace (a report opened from a file goes into it, and is edited there
    // from then on); without a workspace, to the report's file.
    bool save();
    // Writes the report to a JSON file chosen by the user and edits it as that file (the way
    // out when the workspace cannot take an edit).
    bool saveAs();
    QString fileName() const { return m_fileName; }
    // Shows the page and field of a field path (from a finding).
    bool navigateTo(const QString &path);
    // Exports the report (PDF, ODT or JSON by the file's suffix); a report with errors
    // becomes a draft. Says what happened.
    bool exportTo(const QString &fileName);
    ReportPreview *preview() const { return m_preview; }
    ReviewPanel *reviewPanel() const { return m_review; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralWidget();
    void createDocks();
    void createStatusBar();
    void connectDocument();
    void restoreWindow();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createSettingsMenu();
    void createToolBar();
    void updateToolBar();
    void createPages();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    bool maybeSave();
    bool writeTo(const QString &fileName);
    void setReport(const Report &report, const QString &fileName);
    void chooseLanguage(const QString &code);
    void askExport();
    void askExportJson();
    QString suggestedJsonName() const;
    void connectWorkspace();
public:
    // The finance bureau's view of the year: every department of the workspace.
    void showOverview();
    OverviewWindow *overviewWindow() const;
private:
    void updateSaveState();

    ReportDocument *m_document;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    IndicatorPanel *m_indicators;
    FindingsPanel *m_findings;
    QList<FormPage *> m_pages;
    QLabel *m_counts;
    ReportPreview *m_preview;
    QDockWidget *m_previewDock = nullptr;
    ReviewPanel *m_review;
    QDockWidget *m_reviewDock = nullptr;
    WindowWorkspace *m_workspace = nullptr; // the workspace side: session, browser, comments, overview
    QLabel *m_saveState;
    ReviewBar *m_reviewBar = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_fileName;
    QLabel *m_toolStatus = nullptr;
    QAction *m_toolSubmit = nullptr;
};
