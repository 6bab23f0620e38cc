#include "ChartsPanel.h"

#include "ChartView.h"
#include "ReportDocument.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {

constexpr int MinColumnWidth = 560; // below it legends and pie labels get cut short

} // namespace

ChartsPanel::ChartsPanel(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_content(new QWidget)
    , m_grid(new QGridLayout(m_content))
    , m_timer(new QTimer(this))
{
    for (ChartKind kind : allChartKinds)
        m_views.append(new ChartView(kind, m_content));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    arrange();

    // A burst of edits (typing "1843.29" is seven) costs one refresh, soon after the first.
    // Each chart then decides whether the edit concerns it (ChartBuilder::drawsTheSame).
    m_timer->setSingleShot(true);
    m_timer->setInterval(RefreshDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ChartsPanel::refresh);
    connect(document, &ReportDocument::changed, this, &ChartsPanel::markStale);
    connect(document, &ReportDocument::figuresChanged, this, &ChartsPanel::markStale);
    connect(document, &ReportDocument::indicatorsChanged, this, &ChartsPanel::markStale);
}

ChartsPanel::~ChartsPanel() = default;

ChartView *ChartsPanel::view(ChartKind kind) const
{
    for (ChartView *v : m_views) {
        if (v->kind() == kind)
            return v;
    }
    return nullptr;
}

void ChartsPanel::setEarlierYears(const QList<YearFigures> &years)
{
    m_earlierYears = years;
    markStale();
}

void ChartsPanel::markStale()
{
    m_stale = true;
    if (isVisible() && !m_timer->isActive())
        m_timer->start();
}

bool ChartsPanel::isRefreshScheduled() const
{
    return m_timer->isActive();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_timer->start(0); // was hidden while things changed
}

void ChartsPanel::refresh()
{
    m_timer->stop();
    if (!m_document)
        return; // the window is closing: the document went first
    QElapsedTimer clock;
    clock.start();
    const Report &report = m_document->report();
    const ReportEvaluation &evaluation = m_document->evaluation();
    for (ChartView *v : std::as_const(m_views)) {
        if (v->kind() == ChartKind::Trend) {
            bool earlier = false;
            for (const YearFigures &y : std::as_const(m_earlierYears))
                earlier = earlier || y.year != report.year;
            v->setPlaceholder(earlier ? QString()
                                      : tr("没有本部门往年的报告。工作区中保存了往年的报告后，"
                                           "这里显示历年的预算、支出、年末结转和主要指标。"));
            if (!earlier)
                continue;
        }
        v->setData(report, evaluation, m_earlierYears);
    }
    m_stale = false;
    m_lastRefreshUs = clock.nsecsElapsed() / 1000;
}

void ChartsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

// As many columns as fit (a wide dock shows two or three, a side dock one).
void ChartsPanel::arrange()
{
    const int columns = std::clamp(width() / MinColumnWidth, 1, 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartView *v : std::as_const(m_views))
        m_grid->removeWidget(v);
    for (int i = 0; i < m_views.size(); ++i)
        m_grid->addWidget(m_views[i], i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}
