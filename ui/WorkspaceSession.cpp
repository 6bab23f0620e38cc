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
}

WorkspaceSession::~WorkspaceSession()
{
    disconnect(m_editConnection);
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
    load(loaded.stored->report);
    loadPreviousYear();
    Q_EMIT reportOpened(id);
    Q_EMIT stateChanged();
    return WorkspaceError();
}

void WorkspaceSession::load(const Report &report)
{
    // Loading clears the undo stack, which signals like an edit: not one.
    m_loading = true;
    m_document->load(report);
    m_loading = false;
}

void WorkspaceSession::detach()
{
    if (m_saver)
        m_saver->flush();
    m_saver.reset();
    m_document->setPreviousYear(std::nullopt);
    Q_EMIT stateChanged();
}

void WorkspaceSession::loadPreviousYear()
{
    const Report &r = m_document->report();
    const LoadResult previous = m_workspace->load(r.department, r.year - 1);
    m_document->setPreviousYear(previous.ok() ? std::optional<Report>(previous.stored->report) : std::nullopt);
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
        return tr("暂时无法保存，将自动重试：%1").arg(m_saver->lastError().text());
    case ReportAutoSaver::State::Failed:
        return tr("保存失败：%1").arg(m_saver->lastError().text());
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
    load(theirs.stored->report);
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
        load(loaded.stored->report);
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
