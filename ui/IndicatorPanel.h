#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class ReportDocument;
class IndicatorTableModel;

// Always beside the forms: every rate with its printed formula, the balance of the
// accounts and the self-evaluation score, all updated on every keystroke.
class IndicatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorPanel(ReportDocument *document, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    IndicatorTableModel *model() const { return m_model; }
    QString balanceText() const;
    QString scoreText() const;

private:
    void updateBalance();
    void updateScore();

    ReportDocument *m_document;
    IndicatorTableModel *m_model;
    QTableView *m_view;
    QLabel *m_balance;
    QLabel *m_score;
};
