#pragma once

#include <QTabWidget>

class ChartsPanel;
class ReportDocument;
class ScorePanel;

// What a manager reviews: the score table and (with the charts) the spending breakdown.
class ReviewPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(ReportDocument *document, QWidget *parent = nullptr);
    ScorePanel *scorePanel() const { return m_score; }
    ChartsPanel *chartsPanel() const { return m_charts; }

private:
    ScorePanel *m_score;
    ChartsPanel *m_charts;
};
