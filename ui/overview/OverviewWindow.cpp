#include "OverviewWindow.h"

#include "ChartBuilder.h"
#include "Dialogs.h"
#include "IndicatorCatalog.h"
#include "IndicatorText.h"
#include "OverviewExport.h"
#include "OverviewFilterModel.h"
#include "OverviewTableModel.h"
#include "Workspace.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Enter on a row opens it, as a double-click does.
class OverviewTable : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

QFont chartFont(const QFont &base)
{
    QFont f = base;
    f.setPixelSize(12);
    return f;
}

} // namespace

OverviewWindow::OverviewWindow(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_builder(std::make_unique<ChartBuilder>(chartFont(font()))),
      m_model(new OverviewTableModel(this)),
      m_filter(new OverviewFilterModel(this))
{
    setObjectName(QStringLiteral("overviewWindow"));
    setWindowTitle(tr("各部门总览"));
    m_filter->setSourceModel(m_model);
    buildUi();
    if (workspace)
        setWorkspace(workspace);
}

OverviewWindow::~OverviewWindow() = default;

void OverviewWindow::buildUi()
{
    QLayout *filters = buildFilterBar();
    buildTable();
    fitColumnWidths();
    QWidget *chartBox = buildChartBox();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    followTheTable();
}

QLayout *OverviewWindow::buildFilterBar()
{
    m_years = new QComboBox(this);
    m_years->setObjectName(QStringLiteral("overviewYear"));
    m_years->setAccessibleName(tr("年度"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("overviewSearch"));
    m_search->setPlaceholderText(tr("按部门名称筛选"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("按部门名称筛选"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->setAccessibleName(tr("状态"));
    m_status->addItem(tr("全部状态"), -1);
    for (ReportStatus s : allReportStatuses())
        m_status->addItem(reportStatusText(s), int(s));
    m_errorsOnly = new QCheckBox(tr("只看有错误的"), this);
    m_errorsOnly->setObjectName(QStringLiteral("overviewErrorsOnly"));
    m_open = new QPushButton(tr("打开报告"), this);
    m_open->setObjectName(QStringLiteral("overviewOpen"));
    auto *refresh = new QPushButton(tr("刷新"), this);
    refresh->setObjectName(QStringLiteral("overviewRefresh"));
    auto *xlsx = new QPushButton(tr("导出 Excel…"), this);
    xlsx->setObjectName(QStringLiteral("overviewExportXlsx"));
    xlsx->setToolTip(tr("把表格中显示的部门（按当前的筛选和排序）导出为 .xlsx"));
    auto *csv = new QPushButton(tr("导出 CSV…"), this);
    csv->setObjectName(QStringLiteral("overviewExportCsv"));
    csv->setToolTip(tr("把表格中显示的部门（按当前的筛选和排序）导出为 UTF-8 .csv"));

    connect(m_years, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loadingYears && m_years->currentIndex() >= 0)
            setYear(m_years->currentData().toInt());
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &OverviewFilterModel::setDepartmentFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_status->currentData().toInt();
        m_filter->setStatusFilter(s < 0 ? std::nullopt : std::optional<ReportStatus>(ReportStatus(s)));
    });
    connect(m_errorsOnly, &QCheckBox::toggled, m_filter, &OverviewFilterModel::setOnlyWithErrors);
    connect(m_open, &QPushButton::clicked, this, &OverviewWindow::openCurrent);
    connect(refresh, &QPushButton::clicked, this, [this] {
        loadYears();
        this->refresh();
    });
    connect(xlsx, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("xlsx")); });
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("年度"), this));
    bar->addWidget(m_years);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_errorsOnly);
    bar->addStretch();
    bar->addWidget(m_open);
    bar->addWidget(refresh);
    bar->addWidget(xlsx);
    bar->addWidget(csv);
    return bar;
}

void OverviewWindow::buildTable()
{
    auto *table = new OverviewTable(this);
    table->onEnter = [this] { openCurrent(); };
    m_table = table;
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // fixed rows: no measuring of 1,000 rows
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The indicator names are long: headers wrap onto two lines rather than being cut.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(fontMetrics().height() * 2 + 10);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { openCurrent(); });
}

void OverviewWindow::fitColumnWidths()
{
    // Wide enough for six characters of a header line and the sort arrow.
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("基本支出预算")) + 26);
    m_table->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("湘潭市行政审批服务局")) + 24);
    for (const char *key : {"status", "grade", "pending", "errors", "warnings"})
        m_table->setColumnWidth(OverviewTableModel::columnOf(QLatin1String(key)),
                                fontMetrics().horizontalAdvance(QStringLiteral("待人工评")) + 26);
    // No header on more than two lines: the English names are longer ("Three public
    // expenses control rate (%)" needs three at the Chinese width, and the third was cut off).
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    for (int column = 0; column < m_filter->columnCount(); ++column) {
        const QString header = m_filter->headerData(column, Qt::Horizontal).toString();
        int width = m_table->columnWidth(column);
        while (width < 400
               && headerMetrics.boundingRect(QRect(0, 0, width - 26, 10000), Qt::TextWordWrap, header).height()
                      > headerMetrics.lineSpacing() * 5 / 2)
            width += 8;
        m_table->setColumnWidth(column, width);
    }
}

QWidget *OverviewWindow::buildChartBox()
{
    auto *chartBox = new QWidget(this);
    m_rate = new QComboBox(chartBox);
    m_rate->setObjectName(QStringLiteral("overviewRate"));
    m_rate->setAccessibleName(tr("对比指标"));
    for (const QString &id : IndicatorCatalog::ids())
        m_rate->addItem(IndicatorText::name(id), id);
    m_rate->setCurrentIndex(int(IndicatorCatalog::ids().indexOf(QStringLiteral("execution_rate"))));
    connect(m_rate, &QComboBox::currentIndexChanged, this, [this] { setComparedRate(m_rate->currentData().toString()); });
    m_chartNote = new QLabel(chartBox);
    m_chartNote->setObjectName(QStringLiteral("overviewChartNote"));
    auto *chartTop = new QHBoxLayout;
    chartTop->addWidget(new QLabel(tr("对比指标"), chartBox));
    chartTop->addWidget(m_rate);
    chartTop->addWidget(m_chartNote, 1);
    // Each department gets a readable row; the chart scrolls when they do not all fit.
    m_chartView = new QChartView;
    m_chartView->setObjectName(QStringLiteral("overviewChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    auto *scroll = new QScrollArea(chartBox);
    scroll->setObjectName(QStringLiteral("overviewChartScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_chartView);
    scroll->setMinimumHeight(200);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartTop);
    chartLayout->addWidget(scroll, 1);
    return chartBox;
}

void OverviewWindow::followTheTable()
{
    // The chart follows the table (sorting, filtering, new data) on the next turn of the
    // event loop: a burst of changes is one chart.
    m_chartTimer = new QTimer(this);
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(0);
    connect(m_chartTimer, &QTimer::timeout, this, &OverviewWindow::updateChart);
    auto follow = [this] {
        m_chartTimer->start();
        updateSummary();
    };
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, follow);
    connect(m_filter, &QAbstractItemModel::modelReset, this, follow);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, follow);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, follow);
}

void OverviewWindow::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    loadYears();
    refresh();
}

void OverviewWindow::loadYears()
{
    if (!m_workspace)
        return;
    QList<int> years;
    if (const WorkspaceError e = m_workspace->overviewYears(&years); e.isError()) {
        showProblem(e.text());
        return;
    }
    m_loadingYears = true;
    m_years->clear();
    for (int y : years)
        m_years->addItem(tr("%1年度").arg(y), y);
    if (m_year == 0 || !years.contains(m_year))
        m_year = years.value(0);
    m_years->setCurrentIndex(m_years->findData(m_year));
    m_loadingYears = false;
}

void OverviewWindow::setYear(int year)
{
    if (year == m_year && m_model->rowCount() > 0)
        return;
    m_year = year;
    if (const int i = m_years->findData(year); i >= 0 && i != m_years->currentIndex()) {
        m_loadingYears = true;
        m_years->setCurrentIndex(i);
        m_loadingYears = false;
    }
    refresh();
}

bool OverviewWindow::refresh()
{
    if (!m_workspace)
        return false;
    QList<OverviewRecord> records;
    if (m_year != 0) {
        if (const WorkspaceError e = m_workspace->overview(m_year, &records); e.isError()) {
            showProblem(e.text());
            return false;
        }
    }
    m_model->setRecords(records);
    return true;
}

void OverviewWindow::setRecords(int year, const QList<OverviewRecord> &records)
{
    m_year = year;
    if (m_years->findData(year) < 0) {
        m_loadingYears = true;
        m_years->addItem(tr("%1年度").arg(year), year);
        m_years->setCurrentIndex(m_years->findData(year));
        m_loadingYears = false;
    }
    m_model->setRecords(records);
}

QList<OverviewRecord> OverviewWindow::shownRecords() const
{
    QList<OverviewRecord> out;
    out.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (const OverviewRecord *r = m_model->record(m_filter->mapToSource(m_filter->index(row, 0)).row()))
            out.append(*r);
    }
    return out;
}

bool OverviewWindow::exportTo(const QString &fileName, QString *error)
{
    return OverviewExport::write(fileName, shownRecords(), m_year, error);
}

void OverviewWindow::exportAs(const QString &suffix)
{
    const bool excel = suffix == QLatin1String("xlsx");
    const QString fileName = Dialogs::saveFileName(
        this, tr("导出总览"), tr("%1年度各部门总览.%2").arg(m_year).arg(suffix),
        excel ? tr("Excel 表格 (*.xlsx)") : tr("CSV 表格 (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, &error)) {
        Dialogs::error(this, tr("导出总览"), error);
        return;
    }
    m_summary->setText(tr("已导出 %1 个部门到 %2").arg(m_filter->rowCount()).arg(fileName));
}

void OverviewWindow::setComparedRate(const QString &indicatorId)
{
    const int column = OverviewTableModel::columnOf(indicatorId);
    if (column < 0)
        return;
    if (const int i = m_rate->findData(indicatorId); i >= 0 && i != m_rate->currentIndex()) {
        m_rate->setCurrentIndex(i); // comes back here through the signal
        return;
    }
    m_table->sortByColumn(column, Qt::DescendingOrder);
    m_chartTimer->start();
}

QString OverviewWindow::comparedRate() const
{
    return m_rate->currentData().toString();
}

QChart *OverviewWindow::chart() const
{
    return m_chartView->chart();
}

void OverviewWindow::updateChart()
{
    const QString id = comparedRate();
    const int column = OverviewTableModel::columnOf(id);
    QList<QPair<QString, std::optional<qint64>>> values;
    const int shown = qMin(m_filter->rowCount(), ChartMaxBars);
    for (int row = 0; row < shown; ++row) {
        const QModelIndex i = m_filter->index(row, column);
        const QVariant n = i.data(OverviewTableModel::NumberRole);
        values.append({m_filter->index(row, 0).data().toString(),
                       n.isValid() ? std::optional<qint64>(n.toLongLong()) : std::nullopt});
    }
    const QString name = IndicatorText::name(id);
    std::unique_ptr<QChart> chart = m_builder->departmentComparison(tr("%1（%2）").arg(name).arg(tr("%1年度").arg(m_year)), values);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart.release());
    delete old; // the view does not own the chart it replaces
    m_chartView->setMinimumHeight(BarRowHeight * int(values.size()) + 90);
    m_chartNote->setText(m_filter->rowCount() > ChartMaxBars
                             ? tr("按表格当前的顺序，显示前 %1 个部门（共 %2 个）").arg(ChartMaxBars).arg(m_filter->rowCount())
                             : tr("共 %1 个部门").arg(m_filter->rowCount()));
}

void OverviewWindow::updateSummary()
{
    int counts[4] = {0, 0, 0, 0};
    int errors = 0;
    QStringList mismatched;
    for (const OverviewRecord &r : m_model->records()) {
        ++counts[int(r.status)];
        errors += r.errors > 0 ? 1 : 0;
        if (r.storedMismatch)
            mismatched.append(r.department);
    }
    QString text = tr("%1年度共 %2 个部门，显示 %3 个；草稿 %4，已提交 %5，已退回 %6，已审核 %7；有错误的 %8 个。")
                       .arg(m_year)
                       .arg(m_model->rowCount())
                       .arg(m_filter->rowCount())
                       .arg(counts[int(ReportStatus::Draft)])
                       .arg(counts[int(ReportStatus::Submitted)])
                       .arg(counts[int(ReportStatus::Returned)])
                       .arg(counts[int(ReportStatus::Approved)])
                       .arg(errors);
    if (!mismatched.isEmpty())
        text += QLatin1Char('\n')
            + tr("注意：%1 的评价在工作区中存储的与报告内容不符（可能被人直接改动过，或由另一版本的程序写入），表中是按报告内容重新计算的结果。")
                  .arg(mismatched.join(tr("、")));
    m_summary->setText(text);
    m_open->setEnabled(m_filter->rowCount() > 0);
}

void OverviewWindow::openCurrent()
{
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_filter->rowCount() == 1)
        current = m_filter->index(0, 0);
    if (!current.isValid())
        return;
    const qint64 id = current.data(OverviewTableModel::IdRole).toLongLong();
    if (id > 0)
        Q_EMIT openRequested(id);
}

void OverviewWindow::showProblem(const QString &text)
{
    m_summary->setText(text);
}
