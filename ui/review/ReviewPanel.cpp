#include "ReviewPanel.h"

#include "ScorePanel.h"

ReviewPanel::ReviewPanel(ReportDocument *document, QWidget *parent)
    : QTabWidget(parent)
    , m_score(new ScorePanel(document, this))
{
    addTab(m_score, tr("自评评分"));
}
