#pragma once

#include "ChartKind.h"
#include "YearFigures.h"

#include <QPointer>
#include <QWidget>

class ChartView;
class QGridLayout;
class QTimer;
class ReportDocument;

// The review screen's charts of the open report (budget composition, budget against
// spending, “三公经费” in 万元 and as control rates, the mid-year adjustments, and the
// multi-year trend), in a scrolling grid. They follow edits: a moment after a change (one
// refresh for a burst of edits), and only while the panel is on screen, each chart the
// change concerns takes the new values. Each chart saves as PNG or SVG.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(ReportDocument *document, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    // The stored earlier years of the same department (YearFigures::ofReports); the open
    // report is the trend's last year. Without them the trend says what it needs.
    void setEarlierYears(const QList<YearFigures> &years);
    const QList<YearFigures> &earlierYears() const { return m_earlierYears; }

    ChartView *view(ChartKind kind) const;
    QList<ChartView *> views() const { return m_views; }

    // Brings the charts up to date now (tests, benchmarks; otherwise a timer does).
    void refresh();
    bool isStale() const { return m_stale; }
    // Whether a refresh is on its way (a hidden panel schedules none: it catches up when shown).
    bool isRefreshScheduled() const;
    // How long the last refresh took, in microseconds.
    qint64 lastRefreshMicroseconds() const { return m_lastRefreshUs; }
    static constexpr int RefreshDelayMs = 30;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void markStale();
    void arrange();

    QPointer<ReportDocument> m_document;
    QList<YearFigures> m_earlierYears;
    QList<ChartView *> m_views;
    QWidget *m_content;
    QGridLayout *m_grid;
    QTimer *m_timer;
    bool m_stale = true;
    int m_columns = 0;
    qint64 m_lastRefreshUs = 0;
};
