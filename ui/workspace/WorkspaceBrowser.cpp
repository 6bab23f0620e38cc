#include "WorkspaceBrowser.h"

#include "DeletedReportsView.h"
#include "Dialogs.h"
#include "NewReportDialog.h"
#include "ReportHistoryView.h"
#include "ReportJsonReader.h"
#include "ReportJsonWriter.h"
#include "ReportWorkflow.h"
#include "WorkspaceGridModel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

WorkspaceBrowser::WorkspaceBrowser(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new WorkspaceGridModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)), m_grid(new QTableView(this)),
      m_side(new QTabWidget(this)), m_history(new ReportHistoryView(workspace, this)),
      m_deleted(new DeletedReportsView(workspace, this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(0);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("按部门名称查找"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("查找部门"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->setModel(m_filter);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Departments in the row header, so that they stay in view when scrolling through the
    // years; column 0 (the name) is only there for the search filter.
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Fixed year columns: measuring 1,000 rows on every refresh would cost more than listing.
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->horizontalHeader()->setDefaultSectionSize(m_grid->fontMetrics().horizontalAdvance(QStringLiteral("2024年度")) + 24);
    m_grid->setAccessibleName(tr("工作区中的报告：每行一个部门，每列一个年度"));
    connect(m_grid, &QTableView::doubleClicked, this, &WorkspaceBrowser::openSelected);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &WorkspaceBrowser::selectionChanged);

    m_open = button("openReport", tr("打开(&O)"), tr("打开所选的报告"));
    m_new = button("newReport", tr("新建报告(&N)"), tr("新建一份空白报告：选择部门和年度"));
    m_fromLastYear = button("newFromLastYear", tr("从上年新建(&L)"),
                            tr("以上一年度的报告为底稿：上年的年末结转成为上年结转，部门概况、职能和管理情况照搬，数字留空"));
    m_delete = button("deleteReport", tr("删除(&D)"), tr("删除所选的报告（可以在“已删除的报告”中恢复）"));
    QPushButton *import = button("importJson", tr("导入…"), tr("导入 JSON 报告文件：同部门同年度的报告会被替换（原内容留在历史中）"));
    m_export = button("exportJson", tr("导出…"), tr("把所选的报告导出为 JSON 文件"));
    QPushButton *overview = button("showOverview", tr("全局概览(&G)…"), tr("所选年度各部门的报告一览：状态、得分、各项指标"));
    connect(m_open, &QPushButton::clicked, this, &WorkspaceBrowser::openSelected);
    connect(m_new, &QPushButton::clicked, this, &WorkspaceBrowser::newReport);
    connect(m_fromLastYear, &QPushButton::clicked, this, &WorkspaceBrowser::newFromLastYear);
    connect(m_delete, &QPushButton::clicked, this, &WorkspaceBrowser::deleteSelected);
    connect(import, &QPushButton::clicked, this, &WorkspaceBrowser::importJson);
    connect(m_export, &QPushButton::clicked, this, &WorkspaceBrowser::exportJson);
    connect(overview, &QPushButton::clicked, this, &WorkspaceBrowser::overviewRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    for (QPushButton *b : {m_open, m_new, m_fromLastYear, m_delete, import, m_export})
        top->addWidget(b);
    top->addSpacing(12);
    top->addWidget(overview);
    m_side->setObjectName(QStringLiteral("sidePanel"));
    m_side->addTab(m_history, tr("历史记录"));
    m_side->addTab(m_deleted, tr("已删除的报告"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_history, &ReportHistoryView::restored, this, [this] { changed(selectedDepartment(), selectedYear()); });
    connect(m_deleted, &DeletedReportsView::restored, this, [this](qint64 id) {
        const LoadResult r = m_workspace->load(id);
        changed(r.ok() ? r.stored->summary.department : QString(), r.ok() ? r.stored->summary.year : 0);
    });
    refresh();
}

QPushButton *WorkspaceBrowser::button(const char *objectName, const QString &text, const QString &tip)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(QLatin1String(objectName));
    b->setToolTip(tip);
    return b;
}

void WorkspaceBrowser::refresh()
{
    const QString department = selectedDepartment();
    const int year = selectedYear();
    QList<ReportSummary> reports;
    if (const WorkspaceError e = m_workspace->list(&reports); e.isError())
        showError(tr("工作区"), e);
    // One column beyond the newest year, for next year's reports; in an empty workspace the
    // year just ended (reports are written early in the following year).
    int next = QDate::currentDate().year() - 1;
    if (!reports.isEmpty()) {
        next = reports.first().year;
        for (const ReportSummary &s : reports)
            next = qMax(next, s.year + 1);
    }
    m_model->setReports(reports, {next});
    m_grid->setColumnHidden(0, true); // a reset shows every column again
    if (!department.isEmpty())
        select(department, year);
    m_deleted->refresh();
    selectionChanged();
}

QString WorkspaceBrowser::selectedDepartment() const
{
    const QModelIndex i = m_grid->currentIndex();
    return i.isValid() ? m_model->departmentAt(m_filter->mapToSource(i).row()) : QString();
}

int WorkspaceBrowser::selectedYear() const
{
    const QModelIndex i = m_grid->currentIndex();
    return i.isValid() ? m_model->yearAt(m_filter->mapToSource(i).column()) : 0;
}

const ReportSummary *WorkspaceBrowser::selectedReport() const
{
    return m_model->reportAt(m_filter->mapToSource(m_grid->currentIndex()));
}

bool WorkspaceBrowser::select(const QString &department, int year)
{
    const QModelIndex i = m_filter->mapFromSource(m_model->indexOf(department, year));
    if (!i.isValid())
        return false;
    m_grid->setCurrentIndex(i);
    m_grid->scrollTo(i);
    return true;
}

void WorkspaceBrowser::selectionChanged()
{
    const ReportSummary *s = selectedReport();
    const int year = selectedYear();
    const bool cell = year > 0;
    m_open->setEnabled(s);
    // A report waiting for review, or approved, is not deleted (the store refuses it too):
    // the button says so instead of refusing after a confirmation.
    const bool locked = s && ReportWorkflow::isLockedInWindow(s->status);
    m_delete->setEnabled(s && !locked);
    m_delete->setToolTip(!locked ? tr("删除所选的报告（可以在“已删除的报告”中恢复）")
                         : ReportWorkflow::isUnderReview(s->status)
                             ? tr("这份报告已提交，正在等待审核，不能删除；如需删除，请审核人员先将它“退回”。")
                             : tr("这份报告已审核，不能删除；如需删除，请审核人员先将它重新打开。"));
    m_export->setEnabled(s);
    m_fromLastYear->setEnabled(cell && (s || m_model->find(selectedDepartment(), year - 1)));
    m_history->showReport(s ? s->id : 0, s ? s->revision : 0);
}

void WorkspaceBrowser::changed(const QString &department, int year)
{
    refresh();
    if (!department.isEmpty())
        select(department, year);
    Q_EMIT reportsChanged();
}

void WorkspaceBrowser::showError(const QString &title, const WorkspaceError &error)
{
    Dialogs::error(this, title, error.text());
}

bool WorkspaceBrowser::newReport()
{
    // Always asked (issue 11: the menu item created a report without asking when an empty
    // cell happened to be selected); the selected cell is offered.
    QString department = selectedDepartment();
    int year = selectedYear() ? selectedYear() : QDate::currentDate().year() - 1;
    if (selectedReport())
        ++year; // next to a report: most likely the year after it
    QStringList departments;
    for (int row = 0; row < m_model->rowCount(); ++row)
        departments.append(m_model->departmentAt(row));
    if (!Dialogs::askNewReport(this, departments, &department, &year))
        return false;
    return createReport(department, year);
}

bool WorkspaceBrowser::createReport(const QString &department, int year)
{
    Report report;
    report.department = department.trimmed();
    report.year = year;
    report.title = tr("部门整体支出预算绩效自评报告");
    report.signature.name = report.department;
    const SaveResult r = m_workspace->create(report);
    if (!r.ok()) {
        showError(tr("新建报告"), r.error);
        return false;
    }
    changed(report.department, year);
    Q_EMIT openRequested(r.id);
    return true;
}

bool WorkspaceBrowser::newFromLastYear()
{
    const QString department = selectedDepartment();
    if (department.isEmpty() || selectedYear() == 0)
        return false;
    const int year = selectedReport() ? selectedYear() + 1 : selectedYear();
    const SaveResult r = m_workspace->newFromLastYear(department, year);
    if (!r.ok()) {
        showError(tr("从上年新建"), r.error);
        return false;
    }
    changed(department, year);
    Q_EMIT openRequested(r.id);
    return true;
}

bool WorkspaceBrowser::deleteSelected()
{
    const ReportSummary *s = selectedReport();
    if (!s)
        return false;
    const ReportSummary target = *s;
    if (!Dialogs::confirm(this, tr("删除报告"),
                          tr("删除“%1”%2年度的报告吗？\n删除后可以在“已删除的报告”中恢复。").arg(target.department).arg(target.year)))
        return false;
    const SaveResult r = m_workspace->remove(target.id, target.revision);
    if (!r.ok()) {
        showError(tr("删除报告"), r.error);
        refresh();
        return false;
    }
    changed(target.department, target.year);
    return true;
}

bool WorkspaceBrowser::importJson()
{
    const QString file = Dialogs::openFileName(this, tr("导入报告"), tr("报告文件 (*.json)"));
    if (file.isEmpty())
        return false;
    const ReportJsonReader::Result read = ReportJsonReader::readFile(file);
    if (!read.ok()) {
        Dialogs::error(this, tr("导入报告"), tr("无法读取 %1：%2").arg(file, read.message()));
        return false;
    }
    const SaveResult r = m_workspace->importReport(*read.report);
    if (!r.ok()) {
        showError(tr("导入报告"), r.error);
        return false;
    }
    changed(read.report->department, read.report->year);
    return true;
}

bool WorkspaceBrowser::exportJson()
{
    const ReportSummary *s = selectedReport();
    if (!s)
        return false;
    const LoadResult loaded = m_workspace->load(s->id);
    if (!loaded.ok()) {
        showError(tr("导出报告"), loaded.error);
        return false;
    }
    const QString file = Dialogs::saveFileName(this, tr("导出报告"), tr("%1-%2.json").arg(s->department).arg(s->year),
                                               tr("报告文件 (*.json)"));
    if (file.isEmpty())
        return false;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(ReportJsonWriter::write(loaded.stored->report)) < 0 || !out.commit()) {
        Dialogs::error(this, tr("导出报告"), tr("无法写入 %1：%2").arg(file, out.errorString()));
        return false;
    }
    return true;
}

void WorkspaceBrowser::openSelected()
{
    if (const ReportSummary *s = selectedReport())
        Q_EMIT openRequested(s->id);
}
