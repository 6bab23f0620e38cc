#include "ChartBuilder.h"
#include "ReportTestSupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QTest>

using namespace ReportTestSupport;

// The three charts of the report, and that they reach a PDF as vectors and real text.
class TestChartBuilder : public QObject
{
    Q_OBJECT

    Report m_report = load(samplePath());
    ReportEvaluation m_evaluation = ReportEvaluation::of(m_report);

    static QStringList valueLabels(QChart *chart)
    {
        QStringList labels;
        for (QGraphicsItem *item : chart->childItems()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                labels.append(text->text());
        }
        labels.sort();
        return labels;
    }

private Q_SLOTS:
    void budgetCompositionHasBasicProjectAndCarryOver()
    {
        const std::unique_ptr<QChart> chart = ChartBuilder().budgetComposition(m_evaluation.figures);
        auto *pie = qobject_cast<QPieSeries *>(chart->series().value(0));
        QVERIFY(pie);
        QStringList labels;
        for (QPieSlice *slice : pie->slices())
            labels.append(slice->label());
        QCOMPARE(labels, (QStringList{QStringLiteral("基本支出预算 623.09万元"), QStringLiteral("项目支出预算 1220.20万元"),
                                      QStringLiteral("上年结转 30.55万元")}));
    }

    void barsCarryTwoDecimalLabels()
    {
        const std::unique_ptr<QChart> chart = ChartBuilder().threePublic(m_report);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        // Laid out and labelled as render() does: 3.20, not Qt Charts' 3.2.
        QImage image = ChartBuilder::image(chart.get(), ChartBuilder::printSizeMm(ReportChart::ThreePublic), 96);
        QVERIFY(!image.isNull());
        QCOMPARE(valueLabels(chart.get()), (QStringList{QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("3.13"),
                                                        QStringLiteral("3.20"), QStringLiteral("6.47"), QStringLiteral("6.52")}));
        // Labelling again replaces the labels rather than adding to them.
        ChartBuilder::placeValueLabels(chart.get());
        QCOMPARE(valueLabels(chart.get()).size(), 6);
    }

    void budgetAgainstSpendingByCategory()
    {
        const std::unique_ptr<QChart> chart = ChartBuilder().budgetAgainstSpending(m_evaluation.figures);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().at(0)->property("jixiaoValueLabels").toStringList(),
                 (QStringList{QStringLiteral("623.09"), QStringLiteral("1250.75"), QStringLiteral("1873.84")}));
        QCOMPARE(bars->barSets().at(1)->property("jixiaoValueLabels").toStringList(),
                 (QStringList{QStringLiteral("623.09"), QStringLiteral("1239.52"), QStringLiteral("1862.61")}));
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories(), (QStringList{QStringLiteral("基本支出"), QStringLiteral("项目支出"), QStringLiteral("合计")}));
    }

    // On a PDF painter a chart is paths and text, not a picture.
    void rendersAsVectorsOnAPdf()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            const std::unique_ptr<QChart> chart = ChartBuilder().budgetAgainstSpending(m_evaluation.figures);
            const QSizeF mm = ChartBuilder::printSizeMm(ReportChart::BudgetAgainstSpending);
            ChartBuilder::render(chart.get(), &painter, QRectF(0, 0, mm.width() * 1200 / 25.4, mm.height() * 1200 / 25.4),
                                 QSizeF(mm.width() / 25.4 * 96, mm.height() / 25.4 * 96));
        }
        QVERIFY(bytes.size() > 1000);
        QVERIFY(!bytes.contains("/Subtype /Image"));
        QVERIFY(bytes.contains("/FontFile2")); // its labels are embedded text
    }

    void buildsEveryChartKind()
    {
        for (ReportChart which : {ReportChart::BudgetComposition, ReportChart::BudgetAgainstSpending, ReportChart::ThreePublic}) {
            const std::unique_ptr<QChart> chart = ChartBuilder().build(which, m_report, m_evaluation);
            QVERIFY(chart);
            QCOMPARE(chart->series().size(), 1);
        }
    }
};

QTEST_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"
