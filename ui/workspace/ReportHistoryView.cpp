#include "ReportHistoryView.h"

#include "Dialogs.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int HistoryIdRole = Qt::UserRole + 1;
}

ReportHistoryView::ReportHistoryView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_entries(new QTreeWidget(this)), m_restore(new QPushButton(tr("恢复到这个版本"), this))
{
    m_entries->setObjectName(QStringLiteral("historyEntries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setHeaderLabels({tr("时间"), tr("操作"), tr("保存人"), tr("版本"), tr("修改内容")});
    m_entries->header()->setStretchLastSection(true);
    m_entries->setAccessibleName(tr("报告的历史记录"));
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_restore->setToolTip(tr("把报告恢复成所选版本的内容；现在的内容仍留在历史记录中"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entries);
    layout->addWidget(m_restore);
    connect(m_entries, &QTreeWidget::itemSelectionChanged, this, &ReportHistoryView::updateButton);
    connect(m_restore, &QPushButton::clicked, this, &ReportHistoryView::restoreSelected);
    updateButton();
}

void ReportHistoryView::showReport(qint64 reportId, int currentRevision)
{
    m_reportId = reportId;
    m_revision = currentRevision;
    m_entries->clear();
    if (reportId > 0) {
        QList<HistoryEntry> history;
        if (const WorkspaceError e = m_workspace->history(reportId, &history); e.isError())
            Dialogs::error(this, tr("历史记录"), e.text());
        for (const HistoryEntry &h : history) {
            auto *item = new QTreeWidgetItem(m_entries);
            item->setText(0, h.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            item->setText(1, h.actionText());
            item->setText(2, h.savedBy);
            item->setText(3, QString::number(h.revision));
            item->setText(4, h.summary);
            item->setToolTip(4, h.summary);
            item->setData(0, HistoryIdRole, h.id);
            item->setData(3, HistoryIdRole, h.revision);
        }
    }
    for (int column = 0; column < 4; ++column)
        m_entries->resizeColumnToContents(column);
    updateButton();
}

bool ReportHistoryView::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_entries->selectedItems();
    if (selected.isEmpty() || m_reportId == 0)
        return false;
    const QTreeWidgetItem *item = selected.first();
    if (item->data(3, HistoryIdRole).toInt() == m_revision)
        return false; // that is the current state
    if (!Dialogs::confirm(this, tr("恢复版本"),
                          tr("把报告恢复成 %1 %2 保存的版本吗？现在的内容会留在历史记录中，随时可以再恢复。")
                              .arg(item->text(0), item->text(2))))
        return false;
    const SaveResult r = m_workspace->restore(item->data(0, HistoryIdRole).toLongLong(), m_revision);
    if (!r.ok()) {
        Dialogs::error(this, tr("恢复版本"), r.error.text());
        return false;
    }
    showReport(m_reportId, r.revision);
    Q_EMIT restored(m_reportId);
    return true;
}

void ReportHistoryView::updateButton()
{
    const QList<QTreeWidgetItem *> selected = m_entries->selectedItems();
    m_restore->setEnabled(!selected.isEmpty() && selected.first()->data(3, HistoryIdRole).toInt() != m_revision);
}
