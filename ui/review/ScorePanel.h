#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class ReportDocument;
class ScoreTableModel;

// The self-evaluation score table for review: weights, computed scores, reasons; a manual
// item scored with its 扣分原因 in one dialog (Enter, double-click or 人工评分…); the points so
// far and, once nothing waits for a manual score, the grade always visible; another province's scheme
// file can be chosen and everything is recomputed at once.
class ScorePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScorePanel(ReportDocument *document, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ScoreTableModel *model() const { return m_model; }
    QString totalText() const;
    // Reads a scheme file and uses it; on refusal says why and keeps the current scheme.
    bool useSchemeFile(const QString &fileName);
    void useBuiltInScheme();
    // Asks for the score and the 扣分原因 of a manual item together; false when cancelled,
    // refused (the reason shown) or not a manual item.
    bool scoreManualItem(int row);

private:
    void updateTotal();

    ReportDocument *m_document;
    ScoreTableModel *m_model;
    QTableView *m_view;
    QLabel *m_scheme;
    QLabel *m_total;
    QLabel *m_message;
    class QPushButton *m_manual;
};
