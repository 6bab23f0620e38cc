#include "IndicatorPanel.h"

#include "GradeName.h"
#include "IndicatorTableModel.h"
#include "ReportDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

IndicatorPanel::IndicatorPanel(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new IndicatorTableModel(document, this))
    , m_view(new QTableView(this))
    , m_balance(new QLabel(this))
    , m_score(new QLabel(this))
{
    auto *title = new QLabel(tr("绩效指标（实时计算）"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("indicatorTable"));
    m_view->setAccessibleName(tr("绩效指标"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::ValueColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::FormulaColumn, QHeaderView::Stretch);

    for (QLabel *l : {m_balance, m_score}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setTextFormat(Qt::PlainText);
    }
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_score->setObjectName(QStringLiteral("scoreLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_balance);
    layout->addWidget(m_score);

    connect(document, &ReportDocument::figuresChanged, this, &IndicatorPanel::updateBalance);
    connect(document, &ReportDocument::scoreChanged, this, &IndicatorPanel::updateScore);
    updateBalance();
    updateScore();
}

QString IndicatorPanel::balanceText() const
{
    return m_balance->text();
}

QString IndicatorPanel::scoreText() const
{
    return m_score->text();
}

void IndicatorPanel::updateBalance()
{
    const ReportFigures &f = m_document->evaluation().figures;
    QString text;
    if (f.overflow)
        text = tr("资金结余：金额合计超出可计算范围");
    else if (!f.carryoverOut)
        text = tr("资金结余：应有年末结转%1万元（尚未填报年末结转）").arg(f.expectedCarryoverOut.toWan());
    else if (*f.carryoverOut == f.expectedCarryoverOut)
        text = tr("资金结余：年末结转%1万元，账目平衡 ✓").arg(f.carryoverOut->toWan());
    else
        text = tr("资金结余：应有年末结转%1万元，填报%2万元，不平衡 ✗")
                   .arg(f.expectedCarryoverOut.toWan(), f.carryoverOut->toWan());
    m_balance->setText(text);
}

void IndicatorPanel::updateScore()
{
    const ScoreCard &s = m_document->evaluation().score;
    QString text = tr("自评得分：%1分，等级：%2").arg(ScoreCard::pointsText(s.totalCenti), GradeName::display(s.grade));
    if (s.provisional())
        text += tr("（暂定，%1项待人工评分）").arg(s.pending);
    m_score->setText(text);
}
