#include "ReportTableGrid.h"

#include <QTest>

// Where a table's cells merge and how they align (ReportTableGrid): the one place that the
// PDF, the .docx and the .odt ask, so that the three print the same table.
class TestReportTableGrid : public QObject
{
    Q_OBJECT

    static ReportTable scoreLike()
    {
        ReportTable t;
        t.header = {QStringLiteral("一级"), QStringLiteral("二级"), QStringLiteral("三级"), QStringLiteral("分值")};
        const auto row = [](const char *level1, const char *level2, const char *name, const char *weight) {
            return QStringList{QString::fromUtf8(level1), QString::fromUtf8(level2), QString::fromUtf8(name),
                               QString::fromUtf8(weight)};
        };
        t.rows = {row("投入", "目标", "a", "1.00"), row("投入", "目标", "b", "2.00"), row("投入", "预算", "c", "3.00"),
                  row("过程", "预算", "d", "4.00"), row("过程", "预算", "e", "5.00")};
        t.footer = {{QStringLiteral("合计"), QString(), QString(), QStringLiteral("15.00")}};
        t.columnPercent = {20, 20, 40, 20};
        t.numericColumns = {3};
        t.mergedLeadingColumns = 2;
        return t;
    }

private Q_SLOTS:
    void leadingColumnsMergeDownwards()
    {
        const ReportTable table = scoreLike();
        const ReportTableGrid grid(table);
        QCOMPARE(grid.rowCount(), 1 + 5 + 1);
        QCOMPARE(grid.columnCount(), 4);
        // 投入 over three rows, 过程 over two.
        QCOMPARE(grid.cell(1, 0).rowSpan, 3);
        QCOMPARE(grid.cell(1, 0).text, QStringLiteral("投入"));
        QVERIFY(grid.cell(2, 0).covered && grid.cell(2, 0).continuesAbove && grid.cell(2, 0).text.isEmpty());
        QCOMPARE(grid.cell(4, 0).rowSpan, 2);
        // 目标 over two rows; 预算 of 投入 and 预算 of 过程 stay apart (the column to the left differs).
        QCOMPARE(grid.cell(1, 1).rowSpan, 2);
        QCOMPARE(grid.cell(3, 1).rowSpan, 1);
        QVERIFY(!grid.cell(4, 1).covered);
        QCOMPARE(grid.cell(4, 1).rowSpan, 2);
        // Other columns never merge.
        for (int r = 1; r <= 5; ++r)
            QVERIFY(!grid.cell(r, 2).covered);
    }

    void totalRowSpansItsEmptyCells()
    {
        const ReportTable table = scoreLike();
        const ReportTableGrid grid(table);
        const int total = grid.rowCount() - 1;
        QCOMPARE(grid.cell(total, 0).columnSpan, 3);
        QVERIFY(grid.cell(total, 1).covered && !grid.cell(total, 1).continuesAbove);
        QVERIFY(grid.cell(total, 2).covered);
        QVERIFY(grid.cell(total, 0).heading);
        QCOMPARE(grid.cell(total, 3).text, QStringLiteral("15.00"));
    }

    void alignment()
    {
        const ReportTable table = scoreLike();
        const ReportTableGrid grid(table);
        QCOMPARE(grid.cell(0, 3).align, ReportTableGrid::Align::Center); // header
        QVERIFY(grid.cell(0, 0).heading);
        QCOMPARE(grid.cell(1, 3).align, ReportTableGrid::Align::Right);  // amounts
        QCOMPARE(grid.cell(1, 2).align, ReportTableGrid::Align::Left);   // names
        QCOMPARE(grid.cell(1, 0).align, ReportTableGrid::Align::Center); // group names
        QVERIFY(grid.cell(1, 0).alignTop);
        QVERIFY(!grid.cell(1, 2).alignTop);
    }

    void columnWidthsAddUpTo100()
    {
        ReportTable table = scoreLike();
        table.columnPercent = {10, 10, 20}; // short, and not 100
        const ReportTableGrid grid(table);
        qreal sum = 0;
        for (const qreal w : grid.columnPercent())
            sum += w;
        QCOMPARE(grid.columnPercent().size(), 4);
        QVERIFY(qAbs(sum - 100) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestReportTableGrid)
#include "tst_reporttablegrid.moc"
