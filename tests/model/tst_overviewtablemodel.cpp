#include "OverviewFilterModel.h"
#include "OverviewTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

// The overview table over plain records: what each cell shows, numbers sorted as numbers
// with 不适用 below them, filtering, and a line replaced after a save.
class TestOverviewTableModel : public QObject
{
    Q_OBJECT

    static OverviewRecord line(qint64 id, const QString &department, std::optional<qint64> execution, qint64 score,
                               int errors, ReportStatus status = ReportStatus::Draft)
    {
        OverviewRecord r;
        r.id = id;
        r.department = department;
        r.year = 2023;
        r.status = status;
        r.scoreCenti = score;
        r.grade = score >= 9000 ? QStringLiteral("优") : QStringLiteral("良");
        r.errors = errors;
        r.evaluated = true;
        for (int i = 0; i < 10; ++i)
            r.rates.append(std::nullopt);
        r.rates[4] = execution; // execution_rate
        r.budget = Money::fromWan(1843, 29);
        return r;
    }
    static QList<OverviewRecord> lines()
    {
        return {line(1, QStringLiteral("湘潭市行政审批服务局"), 9940, 9250, 0, ReportStatus::Submitted),
                line(2, QStringLiteral("湘潭市财政局"), 10120, 8800, 1),
                line(3, QStringLiteral("湘潭市审计局"), std::nullopt, 9900, 0, ReportStatus::Approved),
                line(4, QStringLiteral("湘潭市教育局"), 8733, 7500, 2, ReportStatus::Returned)};
    }

private Q_SLOTS:
    void cells()
    {
        OverviewTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(lines());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), OverviewColumns::count());
        const int execution = OverviewTableModel::columnOf(QStringLiteral("execution_rate"));
        const int score = OverviewTableModel::columnOf(QStringLiteral("score"));
        const int budget = OverviewTableModel::columnOf(QStringLiteral("budget"));
        QCOMPARE(model.headerData(execution, Qt::Horizontal).toString(), QStringLiteral("预算执行率(%)"));
        QCOMPARE(model.index(0, execution).data().toString(), QStringLiteral("99.40"));
        QCOMPARE(model.index(0, execution).data(OverviewTableModel::NumberRole).toLongLong(), 9940);
        QCOMPARE(model.index(2, execution).data().toString(), QStringLiteral("不适用"));
        QVERIFY(!model.index(2, execution).data(OverviewTableModel::NumberRole).isValid());
        QVERIFY(!model.index(2, execution).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(0, score).data().toString(), QStringLiteral("92.50"));
        QCOMPARE(model.index(0, budget).data().toString(), QStringLiteral("1843.29"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("已提交"));
        QCOMPARE(model.index(3, 1).data().toString(), QStringLiteral("已退回"));
        QCOMPARE(model.index(1, 0).data(OverviewTableModel::IdRole).toLongLong(), 2);
        QVERIFY(model.index(1, OverviewTableModel::columnOf(QStringLiteral("errors"))).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, score).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    }

    // The overview showed 28.88 and 差 for a report with 17 manual items still waiting: a
    // grade not earned yet. The window says 待评 (and why) until the items are scored.
    void noGradeWhileItemsWait()
    {
        QList<OverviewRecord> records = lines();
        records[0].scoreCenti = 2888;
        records[0].grade = QStringLiteral("差");
        records[0].pending = 17;
        records[0].tableGrade = QStringLiteral("良");
        records[0].tableProvisional = true;
        OverviewTableModel model;
        model.setRecords(records);
        const int grade = OverviewTableModel::columnOf(QStringLiteral("grade"));
        const int tableGrade = OverviewTableModel::columnOf(QStringLiteral("table_grade"));
        const int score = OverviewTableModel::columnOf(QStringLiteral("score"));
        QCOMPARE(model.index(0, grade).data().toString(), QStringLiteral("待评"));
        QVERIFY(model.index(0, grade).data(Qt::ToolTipRole).toString().contains(QStringLiteral("17")));
        QCOMPARE(model.index(0, tableGrade).data().toString(), QStringLiteral("待评"));
        QCOMPARE(model.index(0, score).data().toString(), QStringLiteral("28.88")); // the points so far
        QCOMPARE(model.index(1, grade).data().toString(), QStringLiteral("良"));    // nothing waits
    }

    void sortsNumbersAsNumbers()
    {
        OverviewTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(OverviewTableModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(lines());
        const int execution = OverviewTableModel::columnOf(QStringLiteral("execution_rate"));
        auto order = [&proxy] {
            QList<qint64> ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids.append(proxy.index(r, 0).data(OverviewTableModel::IdRole).toLongLong());
            return ids;
        };
        proxy.sort(execution, Qt::AscendingOrder);
        QCOMPARE(order(), (QList<qint64>{3, 4, 1, 2})); // 不适用, 87.33, 99.40, 101.20
        proxy.sort(execution, Qt::DescendingOrder);
        QCOMPARE(order(), (QList<qint64>{2, 1, 4, 3}));
        proxy.sort(OverviewTableModel::columnOf(QStringLiteral("score")), Qt::DescendingOrder);
        QCOMPARE(order(), (QList<qint64>{3, 1, 2, 4}));
        proxy.sort(1, Qt::AscendingOrder); // status in workflow order
        QCOMPARE(order(), (QList<qint64>{2, 1, 4, 3}));
        // Filtering by department, still sorted.
        proxy.setFilterKeyColumn(0);
        proxy.setFilterFixedString(QStringLiteral("财政"));
        QCOMPARE(order(), QList<qint64>{2});
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void aLineIsReplacedAfterASave()
    {
        OverviewTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(lines());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        OverviewRecord approved = lines().at(0);
        approved.status = ReportStatus::Approved;
        model.updateRecord(approved);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("已审核"));
        OverviewRecord added = line(9, QStringLiteral("新局"), 5000, 6000, 0);
        model.updateRecord(added);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(9), 4);
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.record(0), nullptr);
    }

    void filtersByNameStatusAndErrors()
    {
        OverviewTableModel model;
        OverviewFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(lines());
        filter.setDepartmentFilter(QStringLiteral(" 审 "));
        QCOMPARE(filter.rowCount(), 2); // 行政审批服务局, 审计局
        filter.setStatusFilter(ReportStatus::Approved);
        QCOMPARE(filter.rowCount(), 1);
        filter.setDepartmentFilter(QString());
        filter.setStatusFilter(std::nullopt);
        filter.setOnlyWithErrors(true);
        QCOMPARE(filter.rowCount(), 2);
        filter.sort(OverviewTableModel::columnOf(QStringLiteral("errors")), Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(OverviewTableModel::IdRole).toLongLong(), 4);
        model.updateRecord(line(4, QStringLiteral("湘潭市教育局"), 8733, 7500, 0)); // corrected
        QCOMPARE(filter.rowCount(), 1);
    }

    void anUnreadableReportShowsNoFigures()
    {
        OverviewTableModel model;
        OverviewRecord broken;
        broken.id = 5;
        broken.department = QStringLiteral("坏报告局");
        model.setRecords({broken});
        QCOMPARE(model.index(0, OverviewTableModel::columnOf(QStringLiteral("score"))).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, OverviewTableModel::columnOf(QStringLiteral("execution_rate"))).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(0, 2).data(Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOverviewTableModel)
#include "tst_overviewtablemodel.moc"
