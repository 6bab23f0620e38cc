#pragma once

#include "Workspace.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

// The history of one report: when, by whom, what changed; any earlier state can be made
// current again (after asking). Restoring is itself a change in the history, so it can be
// undone the same way.
class ReportHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportHistoryView(Workspace *workspace, QWidget *parent = nullptr);

    // Shows the history of a stored report (id 0: nothing).
    void showReport(qint64 reportId, int currentRevision);
    qint64 reportId() const { return m_reportId; }
    QTreeWidget *entries() const { return m_entries; }

public Q_SLOTS:
    // Restores the selected entry; returns false when nothing was done.
    bool restoreSelected();

Q_SIGNALS:
    void restored(qint64 reportId);

private:
    void updateButton();

    Workspace *m_workspace;
    qint64 m_reportId = 0;
    int m_revision = 0;
    QTreeWidget *m_entries;
    QPushButton *m_restore;
};
