#pragma once

#include "Workspace.h"

#include <QWidget>

class DeletedReportsView;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class ReportHistoryView;
class WorkspaceGridModel;

// The workspace browser: departments × years, searchable by department name; new report,
// new from last year, delete (asks first; recoverable), history with restore, deleted
// reports, import and export of JSON. Self-contained: the window embeds it and opens what it
// asks to open (openRequested). Questions and file names go through Dialogs (test seam).
class WorkspaceBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceBrowser(Workspace *workspace, QWidget *parent = nullptr);

    WorkspaceGridModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QLineEdit *searchField() const { return m_search; }
    ReportHistoryView *historyView() const { return m_history; }
    DeletedReportsView *deletedView() const { return m_deleted; }

    // The selected cell (a department and a year) and the report in it, if any.
    QString selectedDepartment() const;
    int selectedYear() const;
    const ReportSummary *selectedReport() const;
    bool select(const QString &department, int year);

public Q_SLOTS:
    // Lists the workspace again (after changes by this window or by others).
    void refresh();
    // A new, empty report: asks for its department and year (offering the selected cell).
    bool newReport();
    bool createReport(const QString &department, int year);
    // For an empty cell: from the same department's report of the year before; for a cell
    // with a report: next year's report from it.
    bool newFromLastYear();
    bool deleteSelected();
    bool importJson();
    bool exportJson();
    void openSelected();

Q_SIGNALS:
    void openRequested(qint64 reportId);
    void reportsChanged();
    // The overview of a year (every department of the workspace) was asked for.
    void overviewRequested();

private:
    void selectionChanged();
    void changed(const QString &department, int year);
    void showError(const QString &title, const WorkspaceError &error);
    QPushButton *button(const char *objectName, const QString &text, const QString &tip);

    Workspace *m_workspace;
    WorkspaceGridModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_grid;
    QTabWidget *m_side;
    ReportHistoryView *m_history;
    DeletedReportsView *m_deleted;
    QPushButton *m_new, *m_fromLastYear, *m_delete, *m_open, *m_export;
};
