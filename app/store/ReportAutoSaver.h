#pragma once

#include "Workspace.h"

#include <QObject>
#include <QTimer>
#include <optional>

// Saves the report open in the window after every committed edit, so that nothing is ever
// lost: call reportEdited() after each edit (each undo-stack change). The save happens on the
// next turn of the event loop (a burst of edits, such as undoing ten steps, is one save) or
// after delay() ms, at most 2 s. A save that fails for a passing reason (locked, disk full,
// connection lost) keeps the edit and is retried every retryInterval() ms and on the next
// edit; flush() saves at once (before closing or switching reports).
//
// When someone else saved the report first, saving stops (state Conflict, signal conflict())
// until the window chooses: reloadTheirs() (drop this edit), keepMineAsCopy() (this version
// becomes a new report "<department>（副本）" and the saver follows it), or, after asking,
// overwriteTheirs() (theirs stays in history).
class ReportAutoSaver : public QObject
{
    Q_OBJECT
public:
    enum class State { Saved, Pending, Retrying, Failed, Conflict };
    Q_ENUM(State)

    ReportAutoSaver(Workspace *workspace, qint64 reportId, int revision, QObject *parent = nullptr);

    void setDelay(int ms);
    int delay() const { return m_delayMs; }
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }
    int retryInterval() const { return m_retry.interval(); }

    void reportEdited(const Report &report);
    bool flush(); // true when nothing is left unsaved

    State state() const { return m_state; }
    bool hasUnsavedChanges() const { return m_pending.has_value(); }
    qint64 reportId() const { return m_id; }
    int revision() const { return m_revision; }
    WorkspaceError lastError() const { return m_error; }
    std::optional<ReportSummary> conflictingVersion() const { return m_conflict; }

    LoadResult reloadTheirs();
    SaveResult keepMineAsCopy();
    SaveResult overwriteTheirs();

Q_SIGNALS:
    void saved(int revision);
    void stateChanged(ReportAutoSaver::State state);
    void saveFailed(const QString &message, bool willRetry);
    void conflict(const QString &message);

private:
    void attempt();
    void accept(const SaveResult &result);
    void setState(State state);

    Workspace *m_workspace;
    qint64 m_id;
    int m_revision;
    std::optional<Report> m_pending;
    QString m_chain; // save id of the edits not yet acknowledged
    State m_state = State::Saved;
    WorkspaceError m_error;
    std::optional<ReportSummary> m_conflict;
    QTimer m_timer;
    QTimer m_retry;
    int m_delayMs = 0;
};
