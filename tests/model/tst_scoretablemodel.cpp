#include "ReportDocument.h"
#include "SampleReport.h"
#include "ScoreTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

int rowOf(const ScoreTableModel &m, const QString &id)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.index(r, 0).data(ScoreTableModel::IdRole).toString() == id)
            return r;
    }
    return -1;
}

} // namespace

class TestScoreTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheExampleScores()
    {
        ReportDocument d;
        d.load(sampleReport());
        ScoreTableModel m(&d);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int adjustment = rowOf(m, QStringLiteral("budget_adjustment_rate"));
        QCOMPARE(m.index(adjustment, ScoreTableModel::ScoreColumn).data().toString(), QStringLiteral("3.00"));
        QCOMPARE(m.index(rowOf(m, QStringLiteral("fund_balance")), ScoreTableModel::ScoreColumn).data().toString(), QStringLiteral("2.00"));
        QCOMPARE(m.index(rowOf(m, QStringLiteral("three_public_control_rate")), ScoreTableModel::ScoreColumn).data().toString(), QStringLiteral("6.00"));
        // Computed items are not editable; manual ones are (score and reason).
        QVERIFY(!(m.flags(m.index(adjustment, ScoreTableModel::ScoreColumn)) & Qt::ItemIsEditable));
        const int manual = rowOf(m, QStringLiteral("satisfaction"));
        QVERIFY(m.flags(m.index(manual, ScoreTableModel::ScoreColumn)) & Qt::ItemIsEditable);
        QCOMPARE(m.index(manual, ScoreTableModel::ScoreColumn).data().toString(), QStringLiteral("待评"));
    }

    void scoreFollowsAnEdit()
    {
        ReportDocument d;
        d.load(sampleReport());
        ScoreTableModel m(&d);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 before = d.evaluation().score.totalCenti;
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        d.setValue(QStringLiteral("execution.three_public_actual.reception"), QVariant::fromValue(Money::fromWan(7)));
        QVERIFY(!changed.isEmpty());
        // 10.13/9.72 = 104.218…%: 4.218… points over at 1 per point → 6 − 4.22 = 1.78.
        QCOMPARE(m.index(rowOf(m, QStringLiteral("three_public_control_rate")), ScoreTableModel::ScoreColumn).data().toString(), QStringLiteral("1.78"));
        QCOMPARE(d.evaluation().score.totalCenti, before - 422);
    }

    void manualScoreNeedsScoreAndReason()
    {
        ReportDocument d;
        d.load(sampleReport());
        ScoreTableModel m(&d);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy rejected(&m, &ScoreTableModel::inputRejected);
        const int row = rowOf(m, QStringLiteral("satisfaction"));
        const qint64 before = d.evaluation().score.totalCenti;
        const int pending = d.evaluation().score.pending;

        QVERIFY(!m.setData(m.index(row, ScoreTableModel::ScoreColumn), QStringLiteral("6"))); // over the weight 5
        QVERIFY(!m.setData(m.index(row, ScoreTableModel::ScoreColumn), QStringLiteral("abc")));
        QCOMPARE(rejected.size(), 2);
        QVERIFY(m.setData(m.index(row, ScoreTableModel::ScoreColumn), QStringLiteral("４．５"))); // full-width
        QCOMPARE(rejected.size(), 3); // kept, but no reason yet: does not count
        QCOMPARE(d.evaluation().score.totalCenti, before);
        QCOMPARE(d.evaluation().score.pending, pending);
        QVERIFY(m.setData(m.index(row, ScoreTableModel::ReasonColumn), QStringLiteral("满意度调查显示90%满意，扣0.5分")));
        QCOMPARE(d.evaluation().score.totalCenti, before + 450);
        QCOMPARE(d.evaluation().score.pending, pending - 1);
        QCOMPARE(m.index(row, ScoreTableModel::ScoreColumn).data().toString(), QStringLiteral("4.50"));
        QCOMPARE(m.index(row, ScoreTableModel::ReasonColumn).data().toString(), QStringLiteral("满意度调查显示90%满意，扣0.5分"));

        d.undoStack()->undo(); // the reason
        QCOMPARE(d.evaluation().score.totalCenti, before);
        d.undoStack()->redo();
        QCOMPARE(d.evaluation().score.totalCenti, before + 450);
        QVERIFY(m.setData(m.index(row, ScoreTableModel::ScoreColumn), QString())); // cleared
        QCOMPARE(d.evaluation().score.totalCenti, before);
    }

    void anotherSchemeRecomputesAtOnce()
    {
        ReportDocument d;
        d.load(sampleReport());
        ScoreTableModel m(&d);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray scheme = R"({"format":"jixiao.scheme","version":1,"name":"两项方案",
            "grades":[{"min":90,"grade":"优"},{"min":0,"grade":"差"}],
            "items":[{"id":"three_public_control_rate","name":"“三公经费”控制率","weight":60,
                      "rule":{"kind":"linear","indicator":"three_public_control_rate","threshold":100,"per_point":1}},
                     {"id":"execution_rate","name":"预算执行率","weight":40,
                      "rule":{"kind":"ratio","indicator":"execution_rate","target":100}}]})";
        const ScoringSchemeReader::Result r = ScoringSchemeReader::read(scheme);
        QVERIFY2(r.scheme, qPrintable(r.message));
        d.setScheme(*r.scheme);
        QCOMPARE(m.rowCount(), 2);
        // 60 + 40 × 99.40…% = 60 + 39.76
        QCOMPARE(d.evaluation().score.totalCenti, 9976);
        QCOMPARE(d.evaluation().score.grade, QStringLiteral("优"));
    }
};

QTEST_MAIN(TestScoreTableModel)
#include "tst_scoretablemodel.moc"
