#pragma once

#include "Report.h"
#include "ReportChange.h"

#include <QUndoCommand>

class ReportDocument;

// One undoable edit of a report. It keeps the report before and after the edit (copies
// share all unchanged data, so this is cheap) and what changed, so redo and undo are
// symmetric and exact. Consecutive value edits of one field within one typing session
// merge into one step (typing "1843.29" is one undo step, not seven).
class ReportEditCommand : public QUndoCommand
{
public:
    ReportEditCommand(ReportDocument *document, Report before, Report after, ReportChange change,
                      const QString &text, int mergeSession);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReportDocument *m_document;
    Report m_before;
    Report m_after;
    ReportChange m_change;
    int m_mergeSession;
};
