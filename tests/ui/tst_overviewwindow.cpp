#include "GuiTestSupport.h"
#include "OverviewFilterModel.h"
#include "OverviewTableModel.h"
#include "OverviewWindow.h"
#include "ReportJsonReader.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

// The overview window on a real (SQLite) workspace: the year's departments in the table,
// sorting, filtering, the comparison chart following the table, opening a report, export.
class TestOverviewWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;
    qint64 m_finance = 0;

    static Report sample()
    {
        QFile f(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
        f.open(QIODevice::ReadOnly);
        return *ReportJsonReader::read(f.readAll()).report;
    }
    static QStringList chartLabels(OverviewWindow &w)
    {
        QStringList labels;
        if (!w.chart())
            return labels;
        for (QAbstractAxis *axis : w.chart()->axes(Qt::Vertical)) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                labels = categories->categories();
        }
        std::reverse(labels.begin(), labels.end()); // drawn from the bottom up
        return labels;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GuiTestSupport::isolate(m_dir);
        QCOMPARE(m_workspace.open(WorkspaceLocation::sqlite(m_dir.filePath(QStringLiteral("ws.sqlite")))).text(), QString());
        Report a = sample();
        const SaveResult first = m_workspace.create(a);
        QVERIFY(m_workspace.setStatus(first.id, first.revision, ReportStatus::Submitted).ok());
        Report b = a;
        b.department = QStringLiteral("湘潭市财政局");
        b.execution.spent.project = Money::fromWan(1100); // 87.95% of its project budget, and an error
        m_finance = m_workspace.create(b).id;
        Report c = a;
        c.department = QStringLiteral("湘潭市审计局");
        c.execution.spent.project = Money::fromWan(1250, 75); // 100.00%; does not balance either
        QVERIFY(m_workspace.create(c).ok());
        Report old = a;
        old.year = 2022;
        QVERIFY(m_workspace.create(old).ok());
    }

    void showsTheNewestYear()
    {
        OverviewWindow w(&m_workspace);
        QAbstractItemModelTester tester(w.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(w.year(), 2023);
        QCOMPARE(w.model()->rowCount(), 3);
        auto *years = w.findChild<QComboBox *>(QStringLiteral("overviewYear"));
        QCOMPARE(years->count(), 2);
        QCOMPARE(years->currentText(), QStringLiteral("2023年度"));
        years->setCurrentIndex(1);
        QCOMPARE(w.year(), 2022);
        QCOMPARE(w.model()->rowCount(), 1);
        w.setYear(2023);
        QCOMPARE(w.model()->rowCount(), 3);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("overviewSummary"))->text().contains(QStringLiteral("已提交 1")));
    }

    void sortsAndFilters()
    {
        OverviewWindow w(&m_workspace);
        const int project = OverviewTableModel::columnOf(QStringLiteral("project_control_rate"));
        w.table()->sortByColumn(project, Qt::AscendingOrder);
        QList<QString> order;
        for (const OverviewRecord &r : w.shownRecords())
            order.append(r.department);
        QCOMPARE(order, (QList<QString>{QStringLiteral("湘潭市财政局"), QStringLiteral("湘潭市行政审批服务局"),
                                        QStringLiteral("湘潭市审计局")}));
        w.findChild<QLineEdit *>(QStringLiteral("overviewSearch"))->setText(QStringLiteral("财政"));
        QCOMPARE(w.shownRecords().size(), 1);
        w.findChild<QLineEdit *>(QStringLiteral("overviewSearch"))->clear();
        auto *status = w.findChild<QComboBox *>(QStringLiteral("overviewStatus"));
        status->setCurrentIndex(status->findText(QStringLiteral("已提交")));
        QCOMPARE(w.shownRecords().size(), 1);
        QCOMPARE(w.shownRecords().first().department, QStringLiteral("湘潭市行政审批服务局"));
        status->setCurrentIndex(0);
        w.findChild<QCheckBox *>(QStringLiteral("overviewErrorsOnly"))->setChecked(true);
        QCOMPARE(w.shownRecords().size(), 2); // the two that do not balance
        for (const OverviewRecord &r : w.shownRecords())
            QVERIFY(r.errors > 0);
    }

    void chartFollowsTheTable()
    {
        OverviewWindow w(&m_workspace);
        w.setComparedRate(QStringLiteral("project_control_rate"));
        QTRY_VERIFY(w.chart() && w.chart()->title().contains(QStringLiteral("项目支出预算控制率")));
        // Highest first, as the table is now sorted.
        QTRY_COMPARE(chartLabels(w), (QStringList{QStringLiteral("湘潭市审计局  100.00%"), QStringLiteral("湘潭市行政审批服务局  99.10%"),
                                                  QStringLiteral("湘潭市财政局  87.95%")}));
        QCOMPARE(w.table()->horizontalHeader()->sortIndicatorSection(), OverviewTableModel::columnOf(QStringLiteral("project_control_rate")));
        // Filtering the table filters the chart.
        w.findChild<QLineEdit *>(QStringLiteral("overviewSearch"))->setText(QStringLiteral("审计"));
        QTRY_COMPARE(chartLabels(w), QStringList{QStringLiteral("湘潭市审计局  100.00%")});
        // A rate that does not apply says so.
        w.findChild<QLineEdit *>(QStringLiteral("overviewSearch"))->clear();
        auto *rate = w.findChild<QComboBox *>(QStringLiteral("overviewRate"));
        rate->setCurrentIndex(rate->findData(QStringLiteral("staff_control_rate")));
        QTRY_VERIFY(chartLabels(w).size() == 3 && chartLabels(w).first().endsWith(QStringLiteral("不适用")));
    }

    void opensAReportFromARow()
    {
        OverviewWindow w(&m_workspace);
        w.show();
        QSignalSpy open(&w, &OverviewWindow::openRequested);
        w.findChild<QLineEdit *>(QStringLiteral("overviewSearch"))->setText(QStringLiteral("财政"));
        w.table()->setCurrentIndex(w.filter()->index(0, 2));
        QTest::keyClick(w.table(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), m_finance);
        const QRect cell = w.table()->visualRect(w.filter()->index(0, 0));
        QTest::mouseClick(w.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(w.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.size(), 2);
        w.findChild<QPushButton *>(QStringLiteral("overviewOpen"))->click();
        QCOMPARE(open.size(), 3);
    }

    void exportsWhatIsShown()
    {
        OverviewWindow w(&m_workspace);
        w.findChild<QCheckBox *>(QStringLiteral("overviewErrorsOnly"))->setChecked(true);
        const QString xlsx = m_dir.filePath(QStringLiteral("总览.xlsx"));
        const QString csv = m_dir.filePath(QStringLiteral("总览.csv"));
        Dialogs::setNextFileNames({xlsx, csv});
        w.findChild<QPushButton *>(QStringLiteral("overviewExportXlsx"))->click();
        w.findChild<QPushButton *>(QStringLiteral("overviewExportCsv"))->click();
        QVERIFY(QFile::exists(xlsx));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, the two with errors, and the end
        QVERIFY(Dialogs::takeShownMessages().isEmpty());
        Dialogs::setNextFileNames({m_dir.filePath(QStringLiteral("no/dir/x.xlsx"))});
        w.findChild<QPushButton *>(QStringLiteral("overviewExportXlsx"))->click();
        QCOMPARE(Dialogs::takeShownMessages().size(), 1);
    }

    void recordsWithoutAWorkspace()
    {
        OverviewWindow w;
        QList<OverviewRecord> records;
        for (int i = 0; i < 50; ++i) {
            OverviewRecord r;
            r.id = i + 1;
            r.department = QStringLiteral("部门%1").arg(i, 2, 10, QLatin1Char('0'));
            r.evaluated = true;
            for (int k = 0; k < 10; ++k)
                r.rates.append(qint64(9000 + i * 10));
            records.append(r);
        }
        w.setRecords(2024, records);
        QCOMPARE(w.year(), 2024);
        QCOMPARE(w.model()->rowCount(), 50);
        // By department at first; the first ChartMaxBars of them in the chart.
        QTRY_COMPARE(chartLabels(w).size(), OverviewWindow::ChartMaxBars);
        QCOMPARE(chartLabels(w).first(), QStringLiteral("部门00  90.00%"));
        // Choosing the rate sorts by it, highest first.
        w.setComparedRate(QStringLiteral("execution_rate"));
        QTRY_COMPARE(chartLabels(w).first(), QStringLiteral("部门49  94.90%"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("overviewChartNote"))->text().contains(QStringLiteral("前 30 个")));
    }
};

QTEST_MAIN(TestOverviewWindow)
#include "tst_overviewwindow.moc"
