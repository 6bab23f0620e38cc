#pragma once

#include "ScoreCard.h"

#include <QUndoCommand>
#include <optional>

class ReportDocument;

// Giving, changing or clearing a manual score (with its reason): one undo step.
class ManualScoreCommand : public QUndoCommand
{
public:
    ManualScoreCommand(ReportDocument *document, QString itemId, std::optional<ManualScore> before,
                       std::optional<ManualScore> after);
    void redo() override;
    void undo() override;

private:
    ReportDocument *m_document;
    QString m_itemId;
    std::optional<ManualScore> m_before;
    std::optional<ManualScore> m_after;
};
