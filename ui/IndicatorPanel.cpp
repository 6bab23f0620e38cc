#include "IndicatorPanel.h"

#include "FindingCatalog.h"
#include "FormulaDelegate.h"
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
    m_view->setItemDelegateForColumn(IndicatorTableModel::FormulaColumn, new FormulaDelegate(m_view));

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
    connect(document, &ReportDocument::findingsChanged, this, &IndicatorPanel::updateBalance);
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
    // The balance itself is the checker's rule: the line reads its balance_mismatch finding.
    const ReportEvaluation &e = m_document->evaluation();
    const ReportFigures &f = e.figures;
    const Finding *mismatch = findFinding(e.findings, QLatin1StringView("balance_mismatch"));
    QString text;
    if (f.overflow)
        text = tr("资金结余：金额合计超出可计算范围");
    else if (mismatch)
        text = tr("资金结余：应有年末结转%1万元，填报%2万元，相差%3万元，不平衡 ✗")
                   .arg(mismatch->args.value(FindingCatalog::BalanceExpected),
                        mismatch->args.value(FindingCatalog::BalanceEntered),
                        mismatch->args.value(FindingCatalog::BalanceDifference));
    else if (!f.carryoverOut)
        text = tr("资金结余：应有年末结转%1万元（尚未填报年末结转）").arg(f.expectedCarryoverOut.toWan());
    else
        text = tr("资金结余：年末结转%1万元，账目平衡 ✓").arg(f.carryoverOut->toWan());
    m_balance->setText(text);
}

void IndicatorPanel::updateScore()
{
    const ScoreCard &s = m_document->evaluation().score;
    // No grade while items wait for a person (it would be one not earned yet).
    m_score->setText(s.provisional() ? tr("自评得分：目前%1分，待人工评分 %2 项").arg(ScoreCard::pointsText(s.totalCenti)).arg(s.pending)
                                     : tr("自评得分：%1分，等级：%2").arg(ScoreCard::pointsText(s.totalCenti), GradeName::display(s.grade)));
}
