#include "ReviewPanel.h"

#include "ChartsPanel.h"
#include "ScorePanel.h"

ReviewPanel::ReviewPanel(ReportDocument *document, QWidget *parent)
    : QTabWidget(parent)
    , m_score(new ScorePanel(document, this))
    , m_charts(new ChartsPanel(document, this))
{
    addTab(m_score, tr("自评评分"));
    addTab(m_charts, tr("图表"));
}
