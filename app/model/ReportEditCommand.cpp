#include "ReportEditCommand.h"

#include "ReportDocument.h"

namespace {
constexpr int ValueEditId = 0x4A58; // any constant: only value edits merge
}

ReportEditCommand::ReportEditCommand(ReportDocument *document, Report before, Report after,
                                     ReportChange change, const QString &text, int mergeSession)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_change(std::move(change))
    , m_mergeSession(mergeSession)
{
}

void ReportEditCommand::redo()
{
    m_document->apply(m_after, m_change);
}

void ReportEditCommand::undo()
{
    m_document->apply(m_before, m_change.inverted());
}

int ReportEditCommand::id() const
{
    return m_change.kind == ReportChange::Kind::Value ? ValueEditId : -1;
}

bool ReportEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ReportEditCommand *>(other);
    if (next->m_change != m_change || next->m_mergeSession != m_mergeSession)
        return false;
    m_after = next->m_after;
    // Typed back to where it started: the step disappears from the stack.
    setObsolete(m_after == m_before);
    return true;
}
