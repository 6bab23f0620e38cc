#pragma once

#include "FormPage.h"

class QHeaderView;
class QLabel;
class SelfEvaluationTableModel;

// 自评表: the standard self-evaluation table the finance bureau collects. The budget
// execution block computed live with its formulas (and the optional 其中 rows), the overall
// goal, the indicator grid (rows pasted from Excel/WPS as one undo step, copied out as
// tab-separated text), each row's 得分, the totals, the ceiling in force and the grade —
// no grade while something is still pending — and the preparer's line.
class SelfEvaluationPage : public FormPage
{
    Q_OBJECT
public:
    explicit SelfEvaluationPage(ReportDocument *document, QWidget *parent = nullptr);
    bool focusPath(const QString &path) override;

    SelfEvaluationTableModel *tableModel() const { return m_model; }
    ListEditor *indicators() const { return m_indicators; }
    // Pastes the clipboard's text at the current cell (what Ctrl+V does in the grid).
    int pasteFromClipboard();
    void copyToClipboard() const; // the selected rows (Ctrl+C)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The page's sections, top to bottom.
    void addExecution();
    void addFundsBySource();
    void addGoal();
    void addIndicators();
    void addTotals();
    void addPreparer();
    void sizeColumns(QHeaderView *header) const;

    void updateTotals();
    void addRowFromKeyboard();

    SelfEvaluationTableModel *m_model = nullptr;
    ListEditor *m_indicators = nullptr; // null while FormPage builds (its filter sees the children)
    QLabel *m_totals = nullptr;
};
