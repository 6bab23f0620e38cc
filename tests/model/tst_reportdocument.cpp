#include "ReportDocument.h"
#include "ReportFields.h"
#include "SampleReport.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QString valueOf(const ReportDocument &d, const QString &id)
{
    for (const Indicator &i : d.evaluation().indicators) {
        if (i.id == id)
            return i.applies() ? i.valueText() : QStringLiteral("n/a");
    }
    return QString();
}

bool hasFinding(const ReportDocument &d, const QString &code)
{
    for (const Finding &f : d.evaluation().findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editRecomputesAndUndoRestores()
    {
        ReportDocument d;
        d.load(sampleReport());
        QCOMPARE(valueOf(d, QStringLiteral("three_public_control_rate")), QStringLiteral("98.77"));
        QVERIFY(d.undoStack()->isClean());

        QSignalSpy indicators(&d, &ReportDocument::indicatorsChanged);
        QSignalSpy findings(&d, &ReportDocument::findingsChanged);
        QVERIFY(d.setValue(QStringLiteral("execution.three_public_actual.reception"), QVariant::fromValue(Money::fromWan(7))));
        QCOMPARE(valueOf(d, QStringLiteral("three_public_control_rate")), QStringLiteral("104.22"));
        QVERIFY(hasFinding(d, QStringLiteral("three_public_over_budget")));
        QCOMPARE(indicators.size(), 1);
        // Only the rows that changed: the control rate (index 3); nothing else uses TPa.
        QCOMPARE(indicators.first().first().value<QList<int>>(), QList<int>{3});
        QCOMPARE(findings.size(), 1);
        QVERIFY(!d.undoStack()->isClean());

        d.undoStack()->undo();
        QCOMPARE(valueOf(d, QStringLiteral("three_public_control_rate")), QStringLiteral("98.77"));
        QVERIFY(!hasFinding(d, QStringLiteral("three_public_over_budget")));
        QVERIFY(d.undoStack()->isClean());
        QCOMPARE(d.report(), sampleReport());
        d.undoStack()->redo();
        QCOMPARE(valueOf(d, QStringLiteral("three_public_control_rate")), QStringLiteral("104.22"));
    }

    void typingInOneFieldIsOneUndoStep()
    {
        ReportDocument d;
        d.load(sampleReport());
        const QString path = QStringLiteral("budget.initial_note");
        for (const QString &text : {QStringLiteral("均"), QStringLiteral("均系"), QStringLiteral("均系项目")})
            QVERIFY(d.setValue(path, text));
        QCOMPARE(d.undoStack()->count(), 1);
        d.endTypingSession();
        QVERIFY(d.setValue(path, QStringLiteral("均系项目性")));
        QCOMPARE(d.undoStack()->count(), 2);
        QVERIFY(d.setValue(QStringLiteral("title"), QStringLiteral("标题")));
        QCOMPARE(d.undoStack()->count(), 3); // another field: another step
        d.undoStack()->undo();
        d.undoStack()->undo();
        QCOMPARE(d.value(path).toString(), QStringLiteral("均系项目"));
        QCOMPARE(d.undoStack()->undoText(), QStringLiteral("修改年初预算说明"));
    }

    // The Edit menu names the field as the form does (it said 修改budget.initial_note).
    void undoTextNamesTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("money") << "execution.spent.basic" << QVariant::fromValue(Money::fromWan(600)) << "修改全年基本支出";
        QTest::newRow("note") << "execution.procurement.note" << QVariant(QStringLiteral("无")) << "修改政府采购说明";
        QTest::newRow("title") << "title" << QVariant(QStringLiteral("标题")) << "修改标题";
        QTest::newRow("count") << "profile.staff.retired" << QVariant(6) << "修改退休人数";
        QTest::newRow("signature") << "signature.name" << QVariant(QStringLiteral("某局")) << "修改落款单位";
        QTest::newRow("a row's cell") << "problems[0].title" << QVariant(QStringLiteral("问题")) << "修改存在的主要问题";
    }
    void undoTextNamesTheField()
    {
        QFETCH(QString, path);
        QFETCH(QVariant, value);
        QFETCH(QString, undoText);
        ReportDocument d;
        d.load(sampleReport());
        QVERIFY(d.setValue(path, value));
        QCOMPARE(d.undoStack()->undoText(), undoText);
    }

    void typingBackToTheStartLeavesNoStep()
    {
        ReportDocument d;
        d.load(sampleReport());
        const QString path = QStringLiteral("department");
        const QString original = d.report().department;
        QVERIFY(d.setValue(path, original + QStringLiteral("x")));
        QVERIFY(d.setValue(path, original));
        QCOMPARE(d.undoStack()->count(), 0);
        QVERIFY(d.undoStack()->isClean());
    }

    void unchangedOrInvalidEditsAreRefused()
    {
        ReportDocument d;
        d.load(sampleReport());
        QVERIFY(!d.setValue(QStringLiteral("department"), d.report().department));
        QVERIFY(!d.setValue(QStringLiteral("no.such.field"), QStringLiteral("x")));
        QVERIFY(!d.setValue(QStringLiteral("budget.adjustments[99].amount"), QVariant::fromValue(Money::fromWan(1))));
        QVERIFY(!d.setValue(QStringLiteral("budget.adjustments[0].category"), QStringLiteral("nonsense")));
        QVERIFY(!d.setValue(QStringLiteral("profile.staff.active"), -3));
        QCOMPARE(d.undoStack()->count(), 0);
    }

    void severalValuesAreOneUndoStep()
    {
        ReportDocument d;
        d.load(sampleReport());
        d.setValue(QStringLiteral("execution.recovered"), QVariant::fromValue(Money::fromWan(1)));
        const Report before = d.report();
        const int steps = d.undoStack()->count();
        const QString spent = QStringLiteral("execution.spent.basic");
        const QString carry = QStringLiteral("execution.carryover_out");
        const int changed = d.setValues({{spent, QVariant::fromValue(Money::fromWan(600))},
                                         {carry, QVariant::fromValue(Money::fromWan(11, 23))}, // unchanged
                                         {QStringLiteral("no.such.field"), QVariant::fromValue(Money::fromWan(1))},
                                         {QStringLiteral("budget.initial.basic"), QVariant::fromValue(Money::fromWan(600))}},
                                        QStringLiteral("filled"));
        QCOMPARE(changed, 2);
        QCOMPARE(d.undoStack()->count(), steps + 1);
        QCOMPARE(d.undoStack()->undoText(), QStringLiteral("filled"));
        QCOMPARE(d.value(spent).value<Money>(), Money::fromWan(600));
        // It does not merge with the edit before it, nor does the next edit merge into it.
        d.undoStack()->undo();
        QCOMPARE(d.report(), before);
        d.undoStack()->redo();
        QVERIFY(d.setValue(spent, QVariant::fromValue(Money::fromWan(601))));
        QCOMPARE(d.undoStack()->count(), steps + 2);
        QCOMPARE(d.setValues({{carry, QVariant::fromValue(Money::fromWan(11, 23))}}, QStringLiteral("none")), 0);
        QCOMPARE(d.undoStack()->count(), steps + 2);
    }

    void rowsInsertRemoveMoveUndo()
    {
        ReportDocument d;
        d.load(sampleReport());
        const QString list = QStringLiteral("budget.adjustments");
        QCOMPARE(d.rowCount(list), 7);
        QVERIFY(d.insertRow(list, 7));
        QVERIFY(d.setValue(QStringLiteral("budget.adjustments[7].amount"), QVariant::fromValue(Money::fromWan(10))));
        QCOMPARE(d.evaluation().figures.budget, Money::fromWan(1853, 29));
        QVERIFY(d.moveRow(list, 7, 0));
        QCOMPARE(d.report().budget.adjustments.first().amount, OptionalMoney(Money::fromWan(10)));
        QVERIFY(d.removeRow(list, 0));
        QCOMPARE(d.rowCount(list), 7);
        QCOMPARE(d.evaluation().figures.budget, Money::fromWan(1843, 29));
        while (d.undoStack()->canUndo())
            d.undoStack()->undo();
        QCOMPARE(d.report(), sampleReport());
        while (d.undoStack()->canRedo())
            d.undoStack()->redo();
        QCOMPARE(d.rowCount(list), 7);
        QCOMPARE(d.evaluation().figures.budget, Money::fromWan(1843, 29));
    }

    void changeSignalsCarryWhatChanged()
    {
        ReportDocument d;
        d.load(sampleReport());
        QSignalSpy about(&d, &ReportDocument::aboutToChange);
        QSignalSpy done(&d, &ReportDocument::changed);
        QVERIFY(d.removeRow(QStringLiteral("management"), 1));
        QCOMPARE(done.size(), 1);
        const auto change = done.first().first().value<ReportChange>();
        QCOMPARE(change.kind, ReportChange::Kind::RowsRemoved);
        QCOMPARE(change.row, 1);
        d.undoStack()->undo();
        const auto undone = done.last().first().value<ReportChange>();
        QCOMPARE(undone.kind, ReportChange::Kind::RowsInserted);
        QCOMPARE(about.size(), 2);
    }

    void findingsForAField()
    {
        ReportDocument d;
        d.load(sampleReport());
        QCOMPARE(d.findingsFor(QStringLiteral("budget.adjustments[2].reason")).size(), 1);
        QCOMPARE(d.findingsFor(QStringLiteral("budget.adjustments")).size(), 7);
        QVERIFY(d.findingsFor(QStringLiteral("execution.carryover_out")).isEmpty());
        d.setValue(QStringLiteral("execution.carryover_out"), QVariant::fromValue(Money::fromWan(12)));
        QCOMPARE(d.findingsFor(QStringLiteral("execution.carryover_out")).size(), 1);
        QCOMPARE(d.findingsFor(QStringLiteral("execution.carryover_out")).first()->code, QStringLiteral("balance_mismatch"));
    }

    // A refused text lives in the document, not in a widget: every consumer of the evaluation
    // (findings list, submit, export) sees it as an error until it is corrected or reverted.
    void refusedInputIsAnErrorUntilCorrected()
    {
        ReportDocument d;
        d.load(sampleReport());
        const QString path = QStringLiteral("budget.adjustments[2].amount");
        const int errors = d.evaluation().errorCount();
        QSignalSpy findings(&d, &ReportDocument::findingsChanged);
        QSignalSpy refused(&d, &ReportDocument::refusedInputChanged);
        QVERIFY(d.setRefusedInput(path, QStringLiteral("1.1234567"), QStringLiteral("最多六位小数")));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(d.evaluation().errorCount(), errors + 1);
        QVERIFY(hasFinding(d, QStringLiteral("invalid_input")));
        QCOMPARE(d.findingsFor(path).first()->code, QStringLiteral("invalid_input"));
        QCOMPARE(d.refusedInput(path)->text, QStringLiteral("1.1234567"));
        QCOMPARE(d.report(), sampleReport()); // not in the report, nor an undo step
        QCOMPARE(d.undoStack()->count(), 0);
        QCOMPARE(d.evaluationInputs().refusedInputs.size(), 1);

        // Corrected: a value for the field takes the text's place.
        QVERIFY(d.setValue(path, QVariant::fromValue(Money::fromWan(1))));
        QVERIFY(!d.refusedInput(path));
        QVERIFY(!hasFinding(d, QStringLiteral("invalid_input")));
        QCOMPARE(refused.size(), 2);

        // Reverted: cleared by the field.
        const int corrected = d.evaluation().errorCount(); // the new amount unbalances the accounts
        QVERIFY(d.setRefusedInput(path, QStringLiteral("x"), QString()));
        QCOMPARE(d.evaluation().errorCount(), corrected + 1);
        QVERIFY(d.clearRefusedInput(path));
        QCOMPARE(d.evaluation().errorCount(), corrected);

        // Rows of its list moving, or another report, leave nothing behind.
        QVERIFY(d.setRefusedInput(path, QStringLiteral("x"), QString()));
        QVERIFY(d.insertRow(QStringLiteral("budget.adjustments"), 0));
        QVERIFY(!d.hasRefusedInput());
        QVERIFY(d.setRefusedInput(QStringLiteral("execution.spent.basic"), QStringLiteral("x"), QString()));
        QVERIFY(d.setValue(QStringLiteral("execution.spent.project"), QVariant::fromValue(Money::fromWan(1))));
        QVERIFY(d.hasRefusedInput()); // another field: still there
        d.load(sampleReport());
        QVERIFY(!d.hasRefusedInput());
        QVERIFY(!hasFinding(d, QStringLiteral("invalid_input")));
    }

    // A row added (or removed, or moved) below a refused text leaves it where it was: pasting
    // two rows into the 自评表 from its last row, or 添加 after typing "abc" in a cell, dropped
    // the refusal, and the cell showed the old value with no finding.
    void refusedInputAboveARowChangeStays()
    {
        ReportDocument d;
        d.load(sampleReport());
        const QString list = QStringLiteral("budget.adjustments");
        const QString path = QStringLiteral("budget.adjustments[2].amount");
        const int rows = int(d.report().budget.adjustments.size());
        QVERIFY(rows > 3);
        QVERIFY(d.setRefusedInput(path, QStringLiteral("abc"), QStringLiteral("不是金额")));
        QVERIFY(d.insertRow(list, rows));
        QCOMPARE(d.refusedInput(path).value_or(ReportDocument::Refusal()).text, QStringLiteral("abc"));
        QVERIFY(d.removeRow(list, rows));
        QVERIFY(d.moveRow(list, rows - 1, 3));
        QCOMPARE(d.refusedInput(path).value_or(ReportDocument::Refusal()).text, QStringLiteral("abc"));
        QCOMPARE(d.findingsFor(path).first()->code, QStringLiteral("invalid_input"));
        // At or above it, the row is renumbered: the text stands for nothing any more.
        QVERIFY(d.insertRow(list, 2));
        QVERIFY(!d.hasRefusedInput());
    }

    void previousYearFeedsYearOnYearIndicators()
    {
        ReportDocument d;
        d.load(sampleReport());
        QCOMPARE(valueOf(d, QStringLiteral("carryover_change_rate")), QStringLiteral("n/a"));
        Report previous = sampleReport();
        previous.year = 2022;
        previous.execution.carryoverOut = Money::fromWan(30, 55);
        d.setPreviousYear(previous);
        // (11.23 − 30.55) / 30.55 = −63.24%
        QCOMPARE(valueOf(d, QStringLiteral("carryover_change_rate")), QStringLiteral("-63.24"));
    }
};

Q_DECLARE_METATYPE(ReportChange)
QTEST_GUILESS_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
