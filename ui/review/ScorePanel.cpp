#include "ScorePanel.h"

#include "Dialogs.h"
#include "GradeName.h"
#include "ReportDocument.h"
#include "ScoreTableModel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ScorePanel::ScorePanel(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ScoreTableModel(document, this))
    , m_view(new QTableView(this))
    , m_scheme(new QLabel(this))
    , m_total(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("scoreTable"));
    m_view->setAccessibleName(tr("自评评分表"));
    m_view->setWordWrap(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < ScoreTableModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScoreTableModel::ReasonColumn, QHeaderView::Stretch);

    m_total->setObjectName(QStringLiteral("scoreTotal"));
    m_total->setTextFormat(Qt::PlainText);
    m_scheme->setTextFormat(Qt::PlainText);
    m_scheme->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("inputError"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *choose = new QPushButton(tr("选择评分方案文件(&C)…"), this);
    auto *builtIn = new QPushButton(tr("恢复默认方案"), this);
    auto *schemeRow = new QHBoxLayout;
    schemeRow->addWidget(m_scheme, 1);
    schemeRow->addWidget(choose);
    schemeRow->addWidget(builtIn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_total);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(schemeRow);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString name = Dialogs::openFileName(this, tr("选择评分方案"), tr("评分方案 (*.json)"));
        if (!name.isEmpty())
            useSchemeFile(name);
    });
    connect(builtIn, &QPushButton::clicked, this, &ScorePanel::useBuiltInScheme);
    connect(document, &ReportDocument::scoreChanged, this, &ScorePanel::updateTotal);
    connect(m_model, &ScoreTableModel::inputRejected, this, [this](const QModelIndex &, const QString &why) {
        m_message->setText(why);
        m_message->show();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_message, &QWidget::hide);
    updateTotal();
}

QString ScorePanel::totalText() const
{
    return m_total->text();
}

bool ScorePanel::useSchemeFile(const QString &fileName)
{
    const ScoringSchemeReader::Result r = ScoringSchemeReader::readFile(fileName);
    if (!r.scheme) {
        Dialogs::error(this, tr("无法使用评分方案"),
                       tr("评分方案 %1 有问题，仍使用当前方案。\n\n%2").arg(QDir::toNativeSeparators(fileName), r.message));
        return false;
    }
    m_document->setScheme(*r.scheme);
    updateTotal();
    return true;
}

void ScorePanel::useBuiltInScheme()
{
    m_document->setScheme(ScoringSchemeReader::builtIn());
    updateTotal();
}

void ScorePanel::updateTotal()
{
    const ScoreCard &s = m_document->evaluation().score;
    QString text = tr("总分：%1分　等级：%2").arg(ScoreCard::pointsText(s.totalCenti), GradeName::display(s.grade));
    if (s.provisional())
        text += tr("　（暂定：%1项待人工评分，按0分计）").arg(s.pending);
    m_total->setText(text);
    m_scheme->setText(tr("评分方案：%1").arg(m_document->scheme().name));
}
