#include "ReportAutoSaver.h"

#include "ReportWriter.h"

ReportAutoSaver::ReportAutoSaver(Workspace *workspace, qint64 reportId, int revision, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_id(reportId), m_revision(revision), m_chain(ReportWriter::newSaveId())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ReportAutoSaver::attempt);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ReportAutoSaver::attempt);
}

void ReportAutoSaver::setDelay(int ms)
{
    m_delayMs = qBound(0, ms, 2000); // "saved within two seconds"
    m_timer.setInterval(m_delayMs);
}

void ReportAutoSaver::reportEdited(const Report &report)
{
    m_pending = report;
    schedule();
}

void ReportAutoSaver::manualScoresEdited(const ManualScores &scores)
{
    m_pendingScores = scores;
    schedule();
}

void ReportAutoSaver::schedule()
{
    if (m_state == State::Conflict || m_state == State::Retrying)
        return; // kept until the window has chosen / for the next retry (an outage must not
                // make every edit wait for a connection timeout)
    if (m_state == State::Saved)
        setState(State::Pending);
    if (!m_timer.isActive())
        m_timer.start();
}

void ReportAutoSaver::retryNow()
{
    if (m_state == State::Retrying || m_state == State::Failed)
        attempt();
}

bool ReportAutoSaver::flush()
{
    m_timer.stop();
    if (hasUnsavedChanges() && m_state != State::Conflict)
        attempt();
    return !hasUnsavedChanges();
}

void ReportAutoSaver::attempt()
{
    m_timer.stop();
    m_retry.stop();
    if (!hasUnsavedChanges() || m_state == State::Conflict)
        return;
    const SaveResult result = m_pending && m_pendingScores
        ? m_workspace->save(m_id, m_revision, *m_pending, *m_pendingScores, m_chain)
        : m_pending ? m_workspace->save(m_id, m_revision, *m_pending, m_chain)
                    : m_workspace->saveManualScores(m_id, m_revision, *m_pendingScores, m_chain);
    if (result.ok()) {
        accept(result);
        return;
    }
    m_error = result.error;
    if (result.isConflict()) {
        m_conflict = result.current;
        setState(State::Conflict);
        Q_EMIT conflict(result.error.message);
        return;
    }
    const bool retry = result.error.isTransient();
    setState(retry ? State::Retrying : State::Failed);
    if (retry) {
        // Wait longer after each failure in a row, up to a maximum: a server that is down
        // should not cost a timeout every few seconds.
        m_retry.start(qMin(m_retryIntervalMs << qMin(m_failures, 5), qMax(m_retryIntervalMs, MaxRetryIntervalMs)));
        ++m_failures;
    }
    Q_EMIT saveFailed(result.error.text(), retry);
}

void ReportAutoSaver::accept(const SaveResult &result)
{
    m_id = result.id;
    m_revision = result.revision;
    m_failures = 0;
    m_pending.reset();
    m_pendingScores.reset();
    m_conflict.reset();
    m_error = WorkspaceError();
    m_chain = ReportWriter::newSaveId(); // acknowledged: the next edits start a new chain
    setState(State::Saved);
    Q_EMIT saved(m_revision);
}

LoadResult ReportAutoSaver::reloadTheirs()
{
    const LoadResult loaded = m_workspace->load(m_id);
    if (loaded.ok()) {
        m_pending.reset();
        m_pendingScores.reset();
        m_conflict.reset();
        m_revision = loaded.stored->summary.revision;
        m_chain = ReportWriter::newSaveId();
        setState(State::Saved);
    }
    return loaded;
}

SaveResult ReportAutoSaver::keepMineAsCopy()
{
    if (!m_pending && !m_pendingScores)
        return SaveResult();
    std::optional<Report> mine = m_pending;
    if (!mine) { // only the scores were mine: copy the stored report with them
        const LoadResult stored = m_workspace->load(m_id);
        if (!stored.ok()) {
            SaveResult failed;
            failed.error = stored.error;
            return failed;
        }
        mine = stored.stored->report;
    }
    SaveResult copy = m_workspace->saveAsCopy(*mine, m_id);
    if (copy.ok() && m_pendingScores) {
        const SaveResult scores = m_workspace->saveManualScores(copy.id, copy.revision, *m_pendingScores);
        if (scores.ok())
            copy.revision = scores.revision;
    }
    if (copy.ok())
        accept(copy);
    return copy;
}

SaveResult ReportAutoSaver::overwriteTheirs()
{
    if (!hasUnsavedChanges() || !m_conflict)
        return SaveResult();
    const SaveResult result = m_pending && m_pendingScores
        ? m_workspace->save(m_id, m_conflict->revision, *m_pending, *m_pendingScores, m_chain)
        : m_pending ? m_workspace->save(m_id, m_conflict->revision, *m_pending, m_chain)
                    : m_workspace->saveManualScores(m_id, m_conflict->revision, *m_pendingScores, m_chain);
    if (result.ok())
        accept(result);
    else if (result.isConflict())
        m_conflict = result.current; // changed again meanwhile: ask again
    return result;
}

void ReportAutoSaver::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
