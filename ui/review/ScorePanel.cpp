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
    // A score and its reason go in together, in a dialog: not one cell at a time.
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
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

    m_manual = new QPushButton(tr("人工评分(&M)…"), this);
    m_manual->setObjectName(QStringLiteral("manualScore"));
    m_manual->setToolTip(tr("为所选的人工评分项填写得分和扣分原因"));
    auto *choose = new QPushButton(tr("选择评分方案文件(&C)…"), this);
    auto *builtIn = new QPushButton(tr("恢复默认方案"), this);
    auto *schemeRow = new QHBoxLayout;
    schemeRow->addWidget(m_manual);
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
    connect(m_manual, &QPushButton::clicked, this, [this] { scoreManualItem(m_view->currentIndex().row()); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { scoreManualItem(index.row()); });
    auto updateManual = [this] {
        const QModelIndex current = m_view->currentIndex();
        m_manual->setEnabled(current.isValid() && current.data(ScoreTableModel::ManualRole).toBool()
                             && !m_document->isReadOnly());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateManual);
    connect(document, &ReportDocument::readOnlyChanged, this, updateManual);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateManual);
    updateManual();
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

bool ScorePanel::scoreManualItem(int row)
{
    const QModelIndex index = m_model->index(row, ScoreTableModel::ScoreColumn);
    if (!index.isValid() || !index.data(ScoreTableModel::ManualRole).toBool() || m_document->isReadOnly())
        return false;
    const ScoreItem &item = m_document->evaluation().score.items.at(row);
    const auto current = m_document->manualScores().constFind(item.id);
    QString points = index.data(Qt::EditRole).toString();
    QString reason = current != m_document->manualScores().constEnd() ? current->reason : QString();
    if (!Dialogs::askManualScore(this, item.name, item.weightCenti, &points, &reason))
        return false;
    QString why;
    if (!m_model->setManualScore(row, points, reason, &why)) {
        m_message->setText(why);
        m_message->setVisible(!why.isEmpty());
        return false;
    }
    m_message->hide();
    return true;
}

void ScorePanel::updateTotal()
{
    // While items wait for a person, a grade would be one the report has not earned yet (差
    // for a total that counts them as 0): the points so far, and how many wait.
    const ScoreCard &s = m_document->evaluation().score;
    const QString text = s.provisional()
                             ? tr("目前得分：%1分　待人工评分 %2 项，评完后给出等级").arg(ScoreCard::pointsText(s.totalCenti)).arg(s.pending)
                             : tr("总分：%1分　等级：%2").arg(ScoreCard::pointsText(s.totalCenti), GradeName::display(s.grade));
    m_total->setText(text);
    m_scheme->setText(tr("评分方案：%1").arg(m_document->scheme().name));
}
