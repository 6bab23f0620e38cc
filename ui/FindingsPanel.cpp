#include "FindingsPanel.h"

#include "FindingListModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

FindingsPanel::FindingsPanel(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingListModel(document, this))
    , m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("findingsTable"));
    m_view->setAccessibleName(tr("检查发现的问题"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(FindingListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(FindingListModel::MessageColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(FindingListModel::FieldColumn, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    auto request = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT fieldRequested(index.data(FindingListModel::FieldPathRole).toString());
    };
    connect(m_view, &QTableView::activated, this, request);
    connect(m_view, &QTableView::clicked, this, request);
}
