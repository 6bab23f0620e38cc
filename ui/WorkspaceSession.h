#pragma once

#include "ReportAutoSaver.h"
#include "Workspace.h"

#include <QObject>
#include <memory>

class ReportDocument;

// The report of a workspace that is open in the window: loads it into the document, saves
// every committed edit through a ReportAutoSaver (within the next turn of the event loop),
// gives the stored previous year to the year-on-year indicators, and reports the save state.
// When someone else saved first, it stops and asks the window (conflict()).
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    WorkspaceSession(Workspace *workspace, ReportDocument *document, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Workspace *workspace() const { return m_workspace; }
    ReportDocument *document() const { return m_document; }
    bool hasReport() const { return m_saver != nullptr; }
    qint64 reportId() const { return m_saver ? m_saver->reportId() : 0; }
    ReportAutoSaver *saver() const { return m_saver.get(); }

    // Loads a stored report into the document (after saving what is pending).
    WorkspaceError openReport(qint64 id);
    // Stops following the current report (after saving what is pending): file mode.
    void detach();
    // Saves at once; false when something could not be saved (lastError says why).
    bool flush();
    bool hasUnsavedChanges() const { return m_saver && m_saver->hasUnsavedChanges(); }
    QString stateText() const;

    // Review: where the report stands, what the current user may do with it, comments.
    ReportStatus status() const { return m_status; }
    QString statusNote() const { return m_statusNote; }
    QList<ReportWorkflow::Action> availableActions() const;
    // Moves the report along the workflow (saving pending edits first); an error says why not.
    WorkspaceError changeStatus(ReportWorkflow::Action action, const QString &comment = {});
    const QList<ReportComment> &comments() const { return m_comments; }
    // The stored reports of the same department before the open one's year (for the trend).
    QList<Report> earlierYears() const;
    WorkspaceError addComment(const QString &fieldPath, const QString &text);
    WorkspaceError setCommentResolved(qint64 commentId, bool resolved);
    WorkspaceError reloadComments();

    // The ways out of a conflict.
    bool reloadTheirs();
    bool keepMineAsCopy();
    bool overwriteTheirs();

Q_SIGNALS:
    void stateChanged();
    void reportOpened(qint64 id);
    void conflict(const QString &message);
    void saveFailed(const QString &message, bool willRetry);
    void statusChanged();
    void earlierYearsChanged();
    void commentsChanged();

private:
    void loadPreviousYear();
    void follow(qint64 id, int revision);
    void load(const StoredReport &stored); // into the document, without it counting as an edit
    void setStatus(ReportStatus status, const QString &note);

    Workspace *m_workspace;
    ReportDocument *m_document;
    std::unique_ptr<ReportAutoSaver> m_saver;
    QMetaObject::Connection m_editConnection;
    bool m_loading = false;
    ReportStatus m_status = ReportStatus::Draft;
    QString m_statusNote;
    QList<ReportComment> m_comments;
    QMetaObject::Connection m_scoresConnection;
};
