#include "WorkspaceSession.h"

#include "ReportDocument.h"

#include <QUndoStack>

WorkspaceSession::WorkspaceSession(Workspace *workspace, ReportDocument *document, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_document(document)
{
    // Every committed edit (and every undo or redo) is saved.
    m_editConnection = connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_saver && !m_loading)
            m_saver->reportEdited(m_document->report());
    });
    m_scoresConnection = connect(document, &ReportDocument::manualScoresChanged, this, [this] {
        if (m_saver && !m_loading)
            m_saver->manualScoresEdited(m_document->manualScores());
    });
}

WorkspaceSession::~WorkspaceSession()
{
    disconnect(m_editConnection);
    disconnect(m_scoresConnection);
    if (m_saver) {
        m_saver->disconnect(); // the window may be half gone: save quietly
        m_saver->flush();
    }
}

void WorkspaceSession::follow(qint64 id, int revision)
{
    m_saver = std::make_unique<ReportAutoSaver>(m_workspace, id, revision);
    connect(m_saver.get(), &ReportAutoSaver::stateChanged, this, &WorkspaceSession::stateChanged);
    connect(m_saver.get(), &ReportAutoSaver::saved, this, [this] {
        // Saved and nothing newer waiting: the window is no longer "modified".
        if (!m_saver->hasUnsavedChanges())
            m_document->undoStack()->setClean();
        Q_EMIT stateChanged();
    });
    connect(m_saver.get(), &ReportAutoSaver::conflict, this, &WorkspaceSession::conflict);
    connect(m_saver.get(), &ReportAutoSaver::saveFailed, this, &WorkspaceSession::saveFailed);
}

WorkspaceError WorkspaceSession::openReport(qint64 id)
{
    if (m_saver && !m_saver->flush() && m_saver->state() != ReportAutoSaver::State::Conflict)
        return m_saver->lastError();
    const LoadResult loaded = m_workspace->load(id);
    if (!loaded.ok())
        return loaded.error;
    follow(id, loaded.stored->summary.revision);
    load(*loaded.stored);
    loadPreviousYear();
    Q_EMIT reportOpened(id);
    Q_EMIT stateChanged();
    return WorkspaceError();
}

void WorkspaceSession::load(const StoredReport &stored)
{
    // Loading clears the undo stack, which signals like an edit: not one.
    m_loading = true;
    m_document->setReadOnly(false);
    m_document->load(stored.report);
    m_document->setManualScores(stored.manualScores);
    m_loading = false;
    setStatus(stored.summary.status, stored.summary.statusNote);
    reloadComments();
}

void WorkspaceSession::setStatus(ReportStatus status, const QString &note)
{
    m_status = status;
    m_statusNote = note;
    m_document->setReadOnly(ReportWorkflow::isLockedInWindow(status));
    Q_EMIT statusChanged();
}

QList<ReportWorkflow::Action> WorkspaceSession::availableActions() const
{
    if (!m_saver)
        return {};
    ReportSummary summary;
    summary.id = m_saver->reportId();
    summary.department = m_document->report().department;
    summary.year = m_document->report().year;
    summary.status = m_status;
    return m_workspace->availableActions(summary);
}

WorkspaceError WorkspaceSession::changeStatus(ReportWorkflow::Action action, const QString &comment)
{
    if (!m_saver)
        return WorkspaceError();
    // The store counts the errors of what it holds; the window also knows of texts its
    // fields refused (invalid_input), which never reach the store: ask the document too.
    const ReportWorkflow::Verdict onScreen
        = ReportWorkflow::check(m_status, ReportWorkflow::targetOf(action), WorkspaceRole::Clerk | WorkspaceRole::Reviewer,
                                m_document->evaluation().errorCount(), comment);
    if (onScreen.problem == ReportWorkflow::Problem::HasErrors)
        return WorkspaceError(WorkspaceError::NotAllowed, onScreen.message);
    if (!m_saver->flush())
        return m_saver->lastError();
    const SaveResult r = m_workspace->setStatus(m_saver->reportId(), m_saver->revision(),
                                                ReportWorkflow::targetOf(action), comment);
    if (!r.ok())
        return r.error;
    follow(m_saver->reportId(), r.revision); // the status change made a new revision
    setStatus(ReportWorkflow::targetOf(action), comment);
    reloadComments();
    Q_EMIT stateChanged();
    return WorkspaceError();
}

WorkspaceError WorkspaceSession::reloadComments()
{
    m_comments.clear();
    WorkspaceError e;
    if (m_saver)
        e = m_workspace->comments(m_saver->reportId(), &m_comments);
    Q_EMIT commentsChanged();
    return e;
}

WorkspaceError WorkspaceSession::addComment(const QString &fieldPath, const QString &text)
{
    if (!m_saver)
        return WorkspaceError();
    const WorkspaceError e = m_workspace->addComment(m_saver->reportId(), fieldPath, text);
    reloadComments();
    return e;
}

WorkspaceError WorkspaceSession::setCommentResolved(qint64 commentId, bool resolved)
{
    const WorkspaceError e = m_workspace->setCommentResolved(commentId, resolved);
    reloadComments();
    return e;
}

void WorkspaceSession::detach()
{
    if (m_saver)
        m_saver->flush();
    m_saver.reset();
    m_document->setPreviousYear(std::nullopt);
    m_document->setReadOnly(false);
    m_comments.clear();
    Q_EMIT commentsChanged();
    Q_EMIT statusChanged();
    Q_EMIT stateChanged();
}

void WorkspaceSession::loadPreviousYear()
{
    const Report &r = m_document->report();
    const LoadResult previous = m_workspace->load(r.department, r.year - 1);
    m_document->setPreviousYear(previous.ok() ? std::optional<Report>(previous.stored->report) : std::nullopt);
    Q_EMIT earlierYearsChanged();
}

QList<Report> WorkspaceSession::earlierYears() const
{
    QList<Report> reports;
    if (!m_saver)
        return reports;
    const Report &current = m_document->report();
    QList<ReportSummary> all;
    if (m_workspace->list(&all).isError())
        return reports;
    for (const ReportSummary &s : std::as_const(all)) {
        if (s.department != current.department || s.year >= current.year || s.id == m_saver->reportId())
            continue;
        const LoadResult loaded = m_workspace->load(s.id);
        if (loaded.ok())
            reports.append(loaded.stored->report);
    }
    return reports;
}

bool WorkspaceSession::flush()
{
    return !m_saver || m_saver->flush();
}

QString WorkspaceSession::stateText() const
{
    if (!m_saver)
        return QString();
    switch (m_saver->state()) {
    case ReportAutoSaver::State::Saved:
        return tr("已保存到工作区");
    case ReportAutoSaver::State::Pending:
        return tr("正在保存…");
    case ReportAutoSaver::State::Retrying:
        return tr("暂时无法保存，将自动重试（您的修改仍保留在窗口中）：%1").arg(m_saver->lastError().text());
    case ReportAutoSaver::State::Failed:
        return tr("保存失败（您的修改仍保留在窗口中）：%1").arg(m_saver->lastError().text());
    case ReportAutoSaver::State::Conflict:
        return tr("别人已修改这份报告，您的修改尚未保存");
    }
    return QString();
}

bool WorkspaceSession::reloadTheirs()
{
    const LoadResult theirs = m_saver->reloadTheirs();
    if (!theirs.ok())
        return false;
    const qint64 id = m_saver->reportId();
    follow(id, theirs.stored->summary.revision);
    load(*theirs.stored);
    loadPreviousYear();
    Q_EMIT stateChanged();
    return true;
}

bool WorkspaceSession::keepMineAsCopy()
{
    const SaveResult copy = m_saver->keepMineAsCopy();
    if (!copy.ok())
        return false;
    // The saver now follows the copy; show it under its new name.
    const LoadResult loaded = m_workspace->load(m_saver->reportId());
    if (loaded.ok()) {
        load(*loaded.stored);
        follow(m_saver->reportId(), loaded.stored->summary.revision);
    }
    Q_EMIT reportOpened(m_saver->reportId());
    Q_EMIT stateChanged();
    return true;
}

bool WorkspaceSession::overwriteTheirs()
{
    const SaveResult result = m_saver->overwriteTheirs();
    if (result.ok() && !m_saver->hasUnsavedChanges())
        m_document->undoStack()->setClean();
    Q_EMIT stateChanged();
    return result.ok();
}
