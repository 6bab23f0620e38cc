#include "DeletedReportsView.h"

#include "Dialogs.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int HistoryIdRole = Qt::UserRole + 1;
}

DeletedReportsView::DeletedReportsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_entries(new QTreeWidget(this)), m_restore(new QPushButton(tr("恢复"), this))
{
    m_entries->setObjectName(QStringLiteral("deletedEntries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setHeaderLabels({tr("部门"), tr("年度"), tr("删除时间"), tr("删除人")});
    m_entries->header()->setStretchLastSection(true);
    m_entries->setAccessibleName(tr("已删除的报告"));
    m_restore->setObjectName(QStringLiteral("restoreDeleted"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entries);
    layout->addWidget(m_restore);
    connect(m_restore, &QPushButton::clicked, this, &DeletedReportsView::restoreSelected);
    connect(m_entries, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_entries->selectedItems().isEmpty()); });
    m_restore->setEnabled(false);
}

void DeletedReportsView::refresh()
{
    m_entries->clear();
    QList<HistoryEntry> deleted;
    if (const WorkspaceError e = m_workspace->deletedReports(&deleted); e.isError()) {
        Dialogs::error(this, tr("已删除的报告"), e.text());
        return;
    }
    for (const HistoryEntry &h : deleted) {
        auto *item = new QTreeWidgetItem(m_entries);
        item->setText(0, h.department);
        item->setText(1, QString::number(h.year));
        item->setText(2, h.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(3, h.savedBy);
        item->setData(0, HistoryIdRole, h.id);
    }
    // Department names and times whole, not elided (a copy's name ends in （副本）).
    for (int column = 0; column < 3; ++column)
        m_entries->resizeColumnToContents(column);
    m_restore->setEnabled(false);
}

bool DeletedReportsView::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_entries->selectedItems();
    if (selected.isEmpty())
        return false;
    const qint64 historyId = selected.first()->data(0, HistoryIdRole).toLongLong();
    SaveResult r = m_workspace->restore(historyId, 0);
    if (r.error.kind == WorkspaceError::Duplicate
        && Dialogs::confirm(this, tr("恢复报告"), r.error.message + QLatin1Char('\n') + tr("要把它恢复为副本吗？")))
        r = m_workspace->restoreAsCopy(historyId);
    if (!r.ok()) {
        if (r.error.kind != WorkspaceError::Duplicate)
            Dialogs::error(this, tr("恢复报告"), r.error.text());
        return false;
    }
    refresh();
    Q_EMIT restored(r.id);
    return true;
}
