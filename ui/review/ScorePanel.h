#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class ReportDocument;
class ScoreTableModel;

// The self-evaluation score table for review: weights, computed scores, reasons; manual
// items scored in place; the total and grade always visible; another province's scheme
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

private:
    void updateTotal();

    ReportDocument *m_document;
    ScoreTableModel *m_model;
    QTableView *m_view;
    QLabel *m_scheme;
    QLabel *m_total;
    QLabel *m_message;
};
