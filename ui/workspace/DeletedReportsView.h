#pragma once

#include "Workspace.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

// Reports deleted from the workspace, each with its last state, and the way back: restore
// in place, or as a copy when a new report has taken its department and year meanwhile.
class DeletedReportsView : public QWidget
{
    Q_OBJECT
public:
    explicit DeletedReportsView(Workspace *workspace, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *entries() const { return m_entries; }

public Q_SLOTS:
    bool restoreSelected();

Q_SIGNALS:
    void restored(qint64 reportId);

private:
    Workspace *m_workspace;
    QTreeWidget *m_entries;
    QPushButton *m_restore;
};
