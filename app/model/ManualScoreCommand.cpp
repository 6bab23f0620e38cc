#include "ManualScoreCommand.h"

#include "ReportDocument.h"

#include <QCoreApplication>

ManualScoreCommand::ManualScoreCommand(ReportDocument *document, QString itemId,
                                       std::optional<ManualScore> before, std::optional<ManualScore> after)
    : QUndoCommand(QCoreApplication::translate("ManualScoreCommand", "人工评分"))
    , m_document(document)
    , m_itemId(std::move(itemId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ManualScoreCommand::redo()
{
    m_document->applyManualScore(m_itemId, m_after);
}

void ManualScoreCommand::undo()
{
    m_document->applyManualScore(m_itemId, m_before);
}
