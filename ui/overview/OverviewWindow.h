#pragma once

#include "OverviewRecord.h"

#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
QT_END_NAMESPACE
class ChartBuilder;
class OverviewFilterModel;
class OverviewTableModel;
class Workspace;

// The finance bureau's view of a year: every department's report in one table (status,
// score, grade, pending manual items, the ten indicators, errors, warnings, the main
// amounts), sortable by any column and filtered by name, status or "with errors"; a chart
// comparing the departments on one rate (the first ChartMaxBars rows in the table's order:
// choosing a rate sorts the table by it); export of the rows shown as .xlsx or .csv.
// Opening a row (double-click, Enter or the button) emits openRequested(). Self-contained:
// give it a workspace (it reads Workspace::overview, stored at save time, so 1,000
// departments open at once), or records directly.
class OverviewWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ChartMaxBars = 30;
    static constexpr int BarRowHeight = 22; // pixels per department in the chart

    explicit OverviewWindow(Workspace *workspace = nullptr, QWidget *parent = nullptr);
    ~OverviewWindow() override;

    // Reads the years of the workspace and shows the newest (or the one chosen before).
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    void setYear(int year);
    int year() const { return m_year; }
    // Reads the year again (after reports were saved); false when the workspace refused,
    // with the reason shown in the window.
    bool refresh();
    // Shows these records as the year's overview (no workspace needed).
    void setRecords(int year, const QList<OverviewRecord> &records);

    // The rows as shown: filtered, in the table's order.
    QList<OverviewRecord> shownRecords() const;
    // Writes the rows shown (.xlsx or .csv by the name); false with a message.
    bool exportTo(const QString &fileName, QString *error);
    // The rate compared in the chart (an indicator id); sorts the table by it, highest first.
    void setComparedRate(const QString &indicatorId);
    QString comparedRate() const;

    OverviewTableModel *model() const { return m_model; }
    OverviewFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QChart *chart() const; // tests

Q_SIGNALS:
    void openRequested(qint64 reportId);

private:
    void buildUi();
    // The steps of buildUi(), each making its widgets and connecting them.
    QLayout *buildFilterBar(); // year, name, status, "with errors", open, refresh, export
    void buildTable();
    void fitColumnWidths(); // every header on at most two lines
    QWidget *buildChartBox(); // the rate compared, and the scrolling chart
    void followTheTable();    // the chart and the summary follow the table's rows
    void loadYears();
    void updateChart();
    void updateSummary();
    void openCurrent();
    void exportAs(const QString &suffix);
    void showProblem(const QString &text);

    Workspace *m_workspace = nullptr;
    int m_year = 0;
    std::unique_ptr<ChartBuilder> m_builder;
    OverviewTableModel *m_model;
    OverviewFilterModel *m_filter;
    QComboBox *m_years = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QPushButton *m_open = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_rate = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_chartNote = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_chartTimer = nullptr;
    bool m_loadingYears = false;
};
