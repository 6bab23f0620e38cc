#include "FillWording.h"
#include "ReportFields.h"
#include "ReportJsonReader.h"
#include "TableFill.h"
#include "TestWorkbooks.h"

#include <QTemporaryDir>
#include <QTest>

// Figures from the published tables (issue 16): the shared examples and variants made here
// (元, stacked, reordered, .xls, merged headers, tables that disagree with themselves, bad
// cells), each figure exact against the example's report.
namespace {

using Unit = TestTables::Unit;

// The shared examples (copied into the tests' data) and their report, the sample.
QString example(const char *name)
{
    return QStringLiteral(JIXIAO_TEST_DATA "/tables/") + QString::fromUtf8(name);
}

QString fixture(const char *name)
{
    return QStringLiteral(JIXIAO_TEST_DATA "/tables/") + QString::fromUtf8(name);
}

const Report &reference()
{
    static const Report report = *ReportJsonReader::readFile(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json")).report;
    return report;
}

Money expected(const QString &path)
{
    return ReportFields::value(reference(), path).value<Money>();
}

const FilledFigure *figure(const TableFill &fill, const QString &path)
{
    for (const FilledFigure &f : fill.filled) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QStringList codes(const TableFindings &findings)
{
    QStringList list;
    for (const TableFinding &f : findings)
        list.append(TableFinding::key(f.code) + QLatin1Char('@') + f.cell);
    return list;
}

// Every figure of the fill equals the example report's, and none is missing.
void compareWithExample(const TableFill &fill)
{
    QVERIFY2(fill.notFound.isEmpty(), qPrintable(fill.notFound.join(QLatin1Char(','))));
    QCOMPARE(fill.filled.size(), TableFill::paths().size());
    for (const FilledFigure &f : fill.filled)
        QVERIFY2(f.value == expected(f.path), qPrintable(f.path + QStringLiteral(": ") + f.value.toExactWan()));
    QVERIFY2(fill.findings.isEmpty(), qPrintable(codes(fill.findings).join(QLatin1Char(' '))));
}

// The example's four tables, each on a sheet of its own, in `unit`.
TestWorkbook separateSheets(Unit unit, const TestFigures &f = TestFigures())
{
    TestWorkbook book;
    TestTables::summary(book.add(QStringLiteral("收入支出决算总表")), 0, unit, f);
    TestTables::expenditure(book.add(QStringLiteral("支出决算表")), 0, unit, f);
    TestTables::threePublic(book.add(QStringLiteral("三公")), 0, unit, f);
    TestTables::budget(book.add(QStringLiteral("预算")), 0, unit, f);
    return book;
}

} // namespace

class TestTableFill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const TestWorkbook &book, const QString &name, bool inlineStrings = false)
    {
        const QString path = m_dir.filePath(name);
        if (!book.writeXlsx(path, inlineStrings))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void sharedExamples()
    {
        const TableFill fill = TableFill::fromFiles({example("xiangtan-2023-决算公开表.xlsx"), example("xiangtan-2023-预算公开表.xlsx")});
        compareWithExample(fill);
        QCOMPARE(fill.tablesRecognised, 4);
        const FilledFigure *carry = figure(fill, QStringLiteral("budget.carryover_in.project"));
        QCOMPARE(carry->source.sheet, QStringLiteral("收入支出决算总表"));
        QCOMPARE(carry->source.cell, QStringLiteral("C16"));
        QCOMPARE(carry->source.labels, (QStringList{QStringLiteral("年初结转和结余"), QStringLiteral("收入"), QStringLiteral("金额")}));
        QVERIFY(carry->allIntoProject);
        QVERIFY(figure(fill, QStringLiteral("budget.carryover_in.basic"))->allIntoProject);
        const FilledFigure *vehicles = figure(fill, QStringLiteral("execution.three_public_actual.vehicles"));
        QCOMPARE(vehicles->source.cell, QStringLiteral("I8"));
        QCOMPARE(vehicles->source.labels.last(), QStringLiteral("小计"));
        QCOMPARE(figure(fill, QStringLiteral("execution.carryover_out"))->source.cell, QStringLiteral("F16"));
        QCOMPARE(figure(fill, QStringLiteral("budget.initial.project"))->source.cell, QStringLiteral("E5"));
        QVERIFY(!fill.hasInconsistencies());
    }

    void examplesConvertedToXls()
    {
        const TableFill fill = TableFill::fromFiles({fixture("xiangtan-2023-决算公开表.xls"), fixture("xiangtan-2023-预算公开表.xls")});
        compareWithExample(fill);
        QCOMPARE(figure(fill, QStringLiteral("budget.three_public_budget.vehicles"))->source.cell, QStringLiteral("C8"));
    }

    void stackedInYuanXls()
    {
        // 三公, 总表 and 支出决算表 stacked on one sheet, in 元, converted by LibreOffice.
        const TableFill fill = TableFill::fromFiles({fixture("stacked-yuan.xls"), example("xiangtan-2023-预算公开表.xlsx")});
        compareWithExample(fill);
        const FilledFigure *spent = figure(fill, QStringLiteral("execution.spent.basic"));
        QCOMPARE(spent->source.unit, AmountUnit::Yuan);
        QCOMPARE(spent->source.sheet, QStringLiteral("决算"));
    }

    void yuanConvertedExactly()
    {
        TestFigures f;
        f.threeActual = {QStringLiteral("9.600037"), QStringLiteral("0"), QStringLiteral("3.13"), QStringLiteral("0"),
                         QStringLiteral("3.13"), QStringLiteral("6.470037")}; // 64700.37 元
        const QString path = write(separateSheets(Unit::Yuan, f), QStringLiteral("yuan.xlsx"));
        const TableFill fill = TableFill::fromFiles({path});
        QVERIFY(fill.notFound.isEmpty());
        QVERIFY2(fill.findings.isEmpty(), qPrintable(codes(fill.findings).join(QLatin1Char(' '))));
        QCOMPARE(figure(fill, QStringLiteral("execution.three_public_actual.reception"))->value, Money::fromFen(6470037));
        QCOMPARE(figure(fill, QStringLiteral("execution.spent.project"))->value, Money::fromWan(1239, 52));
        QCOMPARE(figure(fill, QStringLiteral("budget.initial.basic"))->value, Money::fromWan(603, 56));
        QCOMPARE(figure(fill, QStringLiteral("budget.initial.basic"))->source.unit, AmountUnit::Yuan);
    }

    void stackedReorderedInlineStrings()
    {
        // The budget table first on a sheet of its own; then one sheet with the other three
        // stacked in another order, blank rows between; sheet names that say nothing.
        TestWorkbook book;
        const TestFigures f;
        TestTables::budget(book.add(QStringLiteral("Sheet2")), 2, Unit::Wan, f);
        TestSheet &s = book.add(QStringLiteral("Sheet1"));
        int row = TestTables::threePublic(s, 0, Unit::Wan, f) + 2;
        row = TestTables::expenditure(s, row, Unit::Wan, f) + 3;
        TestTables::summary(s, row, Unit::Wan, f);
        compareWithExample(TableFill::fromFiles({write(book, QStringLiteral("stacked.xlsx"), true)}));
    }

    void unknownTableStackedBelowIsNotRead()
    {
        // Below the 总表, after blank rows, another table with the same row labels
        // (财政拨款收入支出决算总表). The 总表 here has no 年初结转和结余 row: the one below
        // must not be taken for it.
        TestWorkbook book = separateSheets(Unit::Wan);
        TestSheet &first = book.sheets.first();
        for (TestCell &c : first.cells) {
            if (c.text == QStringLiteral("年初结转和结余"))
                c.text = QStringLiteral("其他");
        }
        TestFigures other;
        other.carryoverIn = QStringLiteral("77");
        TestTables::summary(first, 20, Unit::Wan, other);
        first.find(20, 0)->text = QStringLiteral("财政拨款收入支出决算总表");
        const TableFill fill = TableFill::fromFiles({write(book, QStringLiteral("two-summaries.xlsx"))});
        QVERIFY(fill.notFound.contains(QStringLiteral("budget.carryover_in.project")));
        QCOMPARE(figure(fill, QStringLiteral("execution.carryover_out"))->value, Money::fromWan(11, 23));
        QVERIFY(!fill.hasInconsistencies()); // two 总计, not four
    }

    void tablesThatDisagree()
    {
        TestFigures f;
        f.spendingTotal = QStringLiteral("1873.85");                 // 总计 of 支出 ≠ 总计 of 收入
        f.spentTotal = QStringLiteral("1862.71");                    // 本年支出合计 ≠ 基本 + 项目
        f.threeBudget[0] = QStringLiteral("9.82");                   // 合计 ≠ the three items
        const TableFill fill = TableFill::fromFiles({write(separateSheets(Unit::Wan, f), QStringLiteral("disagree.xlsx"))});
        QCOMPARE(codes(fill.inconsistencies()),
                 (QStringList{QStringLiteral("totals_disagree@F13"), QStringLiteral("sum_disagrees@C7"),
                              QStringLiteral("sum_disagrees@A8")}));
        QVERIFY(fill.hasInconsistencies());
        // The figures are still offered, marked.
        QVERIFY(figure(fill, QStringLiteral("execution.spent.basic"))->tableDisagrees);
        QCOMPARE(figure(fill, QStringLiteral("execution.spent.basic"))->value, Money::fromWan(623, 9));
        QVERIFY(figure(fill, QStringLiteral("budget.three_public_budget.reception"))->tableDisagrees);
        QVERIFY(!figure(fill, QStringLiteral("budget.initial.basic"))->tableDisagrees);
        const QString message = FillWording::finding(fill.inconsistencies().at(1));
        QVERIFY2(message.contains(QStringLiteral("1862.71")) && message.contains(QStringLiteral("0.1")), qPrintable(message));
    }

    void carryoverSplitByBasicAndProject()
    {
        TestWorkbook book = separateSheets(Unit::Wan);
        TestSheet &s = book.sheets.first();
        int carried = -1;
        for (const TestCell &c : s.cells) {
            if (c.text == QStringLiteral("年初结转和结余"))
                carried = c.row;
        }
        // Two rows inserted below 年初结转和结余: 其中：基本支出结转 / 项目支出结转和结余.
        for (TestCell &c : s.cells) {
            if (c.row > carried)
                c.row += 2;
        }
        s.text(carried + 1, 0, QStringLiteral("其中：基本支出结转"));
        s.number(carried + 1, 2, 10.5);
        s.text(carried + 2, 0, QStringLiteral("项目支出结转和结余"));
        s.number(carried + 2, 2, 20.05);
        const TableFill fill = TableFill::fromFiles({write(book, QStringLiteral("split.xlsx"))});
        QCOMPARE(figure(fill, QStringLiteral("budget.carryover_in.basic"))->value, Money::fromWan(10, 50));
        QCOMPARE(figure(fill, QStringLiteral("budget.carryover_in.project"))->value, Money::fromWan(20, 5));
        QVERIFY(!figure(fill, QStringLiteral("budget.carryover_in.project"))->allIntoProject);
        QCOMPARE(figure(fill, QStringLiteral("budget.carryover_in.basic"))->source.cell, Sheet::cellName(carried + 1, 2));
        QVERIFY(!fill.hasInconsistencies());

        // A split that does not add up to 年初结转和结余 is a table that disagrees.
        s.find(carried + 2, 2)->number = 20.06;
        const TableFill wrong = TableFill::fromFiles({write(book, QStringLiteral("split-wrong.xlsx"))});
        QCOMPARE(codes(wrong.inconsistencies()), QStringList{QStringLiteral("sum_disagrees@") + Sheet::cellName(carried, 2)});
        QVERIFY(figure(wrong, QStringLiteral("budget.carryover_in.project"))->tableDisagrees);
        QCOMPARE(figure(wrong, QStringLiteral("budget.carryover_in.project"))->value, Money::fromWan(20, 6));
    }

    void badCellsAreSaidAndNotFilled()
    {
        TestWorkbook book = separateSheets(Unit::Wan);
        TestSheet &expenditure = *book.sheet(QStringLiteral("支出决算表"));
        expenditure.find(6, 3)->kind = TestCell::Kind::Text;
        expenditure.find(6, 3)->text = QStringLiteral("见附表");
        TestSheet &three = *book.sheet(QStringLiteral("三公"));
        // A formula with its cached value is read as that value.
        TestCell *reception = three.find(7, 5);
        reception->kind = TestCell::Kind::Formula;
        reception->text = QStringLiteral("A8-B8-C8");
        const TableFill fill = TableFill::fromFiles({write(book, QStringLiteral("bad.xlsx"))});
        QVERIFY(fill.notFound.contains(QStringLiteral("execution.spent.basic")));
        QVERIFY(codes(fill.problems()).contains(QStringLiteral("amount_is_text@D7")));
        QVERIFY(FillWording::finding(fill.problems().first()).contains(QStringLiteral("见附表")));
        QCOMPARE(figure(fill, QStringLiteral("budget.three_public_budget.reception"))->value, Money::fromWan(6, 52));
        QCOMPARE(figure(fill, QStringLiteral("execution.spent.project"))->value, Money::fromWan(1239, 52));
    }

    void formulaWithoutCachedValue()
    {
        // What a program writes when it never calculated: <f> and no <v>.
        const QString path = m_dir.filePath(QStringLiteral("formula.xlsx"));
        QVERIFY(RawXlsx::write(path, QStringLiteral("预算"), [](const auto &out) {
            out("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一般公共预算支出表</t></is></c></row>"
                "<row r=\"2\"><c r=\"E2\" t=\"inlineStr\"><is><t>单位：万元</t></is></c></row>"
                "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>科目编码</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>合计</t></is></c>"
                "<c r=\"D3\" t=\"inlineStr\"><is><t>基本支出</t></is></c><c r=\"E3\" t=\"inlineStr\"><is><t>项目支出</t></is></c></row>"
                "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>合计</t></is></c><c r=\"C4\"><f>D4+E4</f></c>"
                "<c r=\"D4\"><v>603.56</v></c><c r=\"E4\"><f>SUM(E5:E9)</f></c></row>");
        }));
        const TableFill fill = TableFill::fromFiles({path});
        QCOMPARE(figure(fill, QStringLiteral("budget.initial.basic"))->value, Money::fromWan(603, 56));
        QVERIFY(fill.notFound.contains(QStringLiteral("budget.initial.project")));
        QVERIFY(codes(fill.problems()).contains(QStringLiteral("formula_without_value@E4")));
        QVERIFY(codes(fill.problems()).contains(QStringLiteral("formula_without_value@C4")));
        QVERIFY(!fill.hasInconsistencies()); // the check could not be made: said, not failed
    }

    void unitMissingOrUnknown()
    {
        TestWorkbook book = separateSheets(Unit::Wan);
        TestSheet &summary = book.sheets.first();
        for (TestCell &c : summary.cells) {
            if (c.text.contains(QStringLiteral("单位")))
                c.text = QStringLiteral("备注");
        }
        TestSheet &budget = *book.sheet(QStringLiteral("预算"));
        budget.find(2, 4)->text = QStringLiteral("单位：千元");
        const TableFill fill = TableFill::fromFiles({write(book, QStringLiteral("units.xlsx"))});
        const QStringList problems = codes(fill.problems());
        QVERIFY2(problems.contains(QStringLiteral("unit_not_found@A1")), qPrintable(problems.join(QLatin1Char(' '))));
        QVERIFY(problems.contains(QStringLiteral("unit_not_supported@A1")));
        QVERIFY(fill.notFound.contains(QStringLiteral("budget.carryover_in.project")));
        QVERIFY(fill.notFound.contains(QStringLiteral("budget.initial.basic")));
        QVERIFY(FillWording::finding(fill.problems().at(1)).contains(QStringLiteral("千元")));
        QCOMPARE(figure(fill, QStringLiteral("execution.spent.basic"))->value, Money::fromWan(623, 9));
    }

    void duplicateAndUnrecognised()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.xlsx"));
        TestWorkbook unrelated;
        unrelated.add(QStringLiteral("Sheet1")).text(0, 0, QStringLiteral("人员名单"));
        QVERIFY(unrelated.writeXlsx(other));
        const TableFill fill = TableFill::fromFiles({example("xiangtan-2023-预算公开表.xlsx"), fixture("xiangtan-2023-预算公开表.xls"), other});
        const QStringList problems = codes(fill.problems());
        QVERIFY2(problems.contains(QStringLiteral("duplicate_table@")), qPrintable(problems.join(QLatin1Char(' '))));
        QVERIFY(problems.contains(QStringLiteral("no_table_recognised@")));
        QCOMPARE(figure(fill, QStringLiteral("budget.initial.basic"))->source.file, example("xiangtan-2023-预算公开表.xlsx"));
        QCOMPARE(fill.tablesRecognised, 1);
    }

    void nothingReadable()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.xlsx"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("年初结转和结余 30.55\n");
        f.close();
        const TableFill fill = TableFill::fromFiles({text, fixture("encrypted.xls")});
        QVERIFY(fill.filled.isEmpty());
        QVERIFY(fill.nothingRead());
        QCOMPARE(fill.notFound, TableFill::paths());
        QCOMPARE(codes(fill.problems()), (QStringList{QStringLiteral("not_a_spreadsheet@"), QStringLiteral("encrypted@")}));
    }
};

QTEST_GUILESS_MAIN(TestTableFill)
#include "tst_tablefill.moc"
