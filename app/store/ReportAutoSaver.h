#pragma once

#include "Workspace.h"

#include <QObject>
#include <QTimer>
#include <optional>

// Saves the report open in the window after every committed edit, so that nothing is ever
// lost: call reportEdited() after each edit (each undo-stack change), and
// manualScoresEdited() after each change of the manual scores (they are saved the same way,
// with the report when both changed). The save happens on the
// next turn of the event loop (a burst of edits, such as undoing ten steps, is one save) or
// after delay() ms, at most 2 s. A save that fails for a passing reason (locked, disk full,
// connection lost) keeps the edit (and the edits after it) and is retried after
// retryInterval() ms, then twice as long after each further failure, up to 30 s;
// retryNow() (a 重试 button) and flush() (before closing or switching reports) try at once.
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
    static constexpr int MaxRetryIntervalMs = 30000;
    void setRetryInterval(int ms) { m_retryIntervalMs = qMax(1, ms); }
    int retryInterval() const { return m_retryIntervalMs; }

    void reportEdited(const Report &report);
    void manualScoresEdited(const ManualScores &scores);
    bool flush(); // true when nothing is left unsaved
    void retryNow();

    State state() const { return m_state; }
    bool hasUnsavedChanges() const { return m_pending.has_value() || m_pendingScores.has_value(); }
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
    void schedule();
    std::optional<Report> m_pending;
    std::optional<ManualScores> m_pendingScores;
    QString m_chain; // save id of the edits not yet acknowledged
    State m_state = State::Saved;
    WorkspaceError m_error;
    std::optional<ReportSummary> m_conflict;
    QTimer m_timer;
    QTimer m_retry;
    int m_delayMs = 0;
    int m_retryIntervalMs = 2000;
    int m_failures = 0; // transient failures in a row
};
