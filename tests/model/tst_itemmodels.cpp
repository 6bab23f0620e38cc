#include "FindingListModel.h"
#include "IndicatorTableModel.h"
#include "ReportDocument.h"
#include "ReportListModel.h"
#include "SampleReport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// Every item model of the model layer under QAbstractItemModelTester, through edits,
// structural changes, undo and redo.
class TestItemModels : public QObject
{
    Q_OBJECT
private:
    static void exercise(ReportDocument &d)
    {
        d.setValue(QStringLiteral("execution.three_public_actual.reception"), QVariant::fromValue(Money::fromWan(7)));
        d.insertRow(QStringLiteral("budget.adjustments"), 0);
        d.setValue(QStringLiteral("budget.adjustments[0].amount"), QVariant::fromValue(Money::fromWan(-5)));
        d.moveRow(QStringLiteral("budget.adjustments"), 0, 3);
        d.removeRow(QStringLiteral("budget.adjustments"), 5);
        d.insertRow(QStringLiteral("targets[1].points"), 0);
        d.removeRow(QStringLiteral("targets"), 1);
        d.setValue(QStringLiteral("execution.carryover_out"), QVariant());
        while (d.undoStack()->canUndo())
            d.undoStack()->undo();
        while (d.undoStack()->canRedo())
            d.undoStack()->redo();
        d.load(sampleReport());
    }

private Q_SLOTS:
    void reportListModels()
    {
        ReportDocument d;
        d.load(sampleReport());
        ReportListModel adjustments(&d, QStringLiteral("budget.adjustments"),
                                    {{QStringLiteral("item"), QStringLiteral("item")},
                                     {QStringLiteral("amount"), QStringLiteral("amount")},
                                     {QStringLiteral("category"), QStringLiteral("category")},
                                     {QStringLiteral("excluded"), QStringLiteral("excluded")}});
        ReportListModel points(&d, QStringLiteral("targets[1].points"), {{QStringLiteral("point"), QString()}});
        ReportListModel management(&d, QStringLiteral("management"),
                                   {{QStringLiteral("indicator"), QStringLiteral("indicator")},
                                    {QStringLiteral("compliant"), QStringLiteral("compliant")}});
        QAbstractItemModelTester t1(&adjustments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&points, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&management, QAbstractItemModelTester::FailureReportingMode::QtTest);
        exercise(d);
        QCOMPARE(adjustments.rowCount(), 7);
    }

    void indicatorAndFindingModels()
    {
        ReportDocument d;
        d.load(sampleReport());
        IndicatorTableModel indicators(&d);
        FindingListModel findings(&d);
        QAbstractItemModelTester t1(&indicators, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        exercise(d);
        QCOMPARE(indicators.rowCount(), 10);
        QCOMPARE(findings.rowCount(), 7);
    }

    void listModelEditsThroughTheDocument()
    {
        ReportDocument d;
        d.load(sampleReport());
        ReportListModel m(&d, QStringLiteral("budget.adjustments"),
                          {{QStringLiteral("item"), QStringLiteral("item")},
                           {QStringLiteral("amount"), QStringLiteral("amount")},
                           {QStringLiteral("excluded"), QStringLiteral("excluded")}});
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QVERIFY(m.setData(m.index(0, 1), QStringLiteral("１２３．４５")));
        QCOMPARE(d.report().budget.adjustments[0].amount, OptionalMoney(Money::fromWan(123, 45)));
        QCOMPARE(m.index(0, 1).data().toString(), QStringLiteral("123.45"));
        QVERIFY(!changed.isEmpty());

        // A refused text stays visible, marked, with its reason; the report is unchanged.
        QSignalSpy rejected(&m, &ReportListModel::inputRejected);
        const Report before = d.report();
        QVERIFY(!m.setData(m.index(1, 1), QStringLiteral("12,3a")));
        QCOMPARE(d.report(), before);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(m.index(1, 1).data().toString(), QStringLiteral("12,3a"));
        QVERIFY(!m.index(1, 1).data(ReportListModel::RejectedRole).toString().isEmpty());
        QVERIFY(m.setData(m.index(1, 1), QStringLiteral("3")));
        QVERIFY(!m.index(1, 1).data(ReportListModel::RejectedRole).isValid());

        QVERIFY(m.setData(m.index(2, 2), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(d.report().budget.adjustments[2].excluded, false);
        QCOMPARE(m.index(2, 2).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(d.undoStack()->count(), 3);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
