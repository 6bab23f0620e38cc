#include "AdjustmentsChart.h"
#include "ChartBuilder.h"
#include "ReportTestSupport.h"
#include "ThreePublicControlChart.h"
#include "TrendChart.h"
#include "YearFigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
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

    // Horizontal bars hold their categories bottom-up: the values as read from the top.
    template<typename T>
    static QList<T> fromTop(QList<T> list)
    {
        std::reverse(list.begin(), list.end());
        return list;
    }

    static QList<qreal> values(const QBarSet *set)
    {
        QList<qreal> v;
        for (int i = 0; i < set->count(); ++i)
            v.append(set->at(i));
        return v;
    }

    static QBarSet *set(QChart *chart, const QString &label)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                for (QBarSet *set : bars->barSets()) {
                    if (set->label() == label)
                        return set;
                }
            }
        }
        return nullptr;
    }

    static QStringList categories(QChart *chart)
    {
        for (QAbstractAxis *axis : chart->axes()) {
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                return c->categories();
        }
        return {};
    }

    static QStringList labelsOf(const QBarSet *set) { return set->property("jixiaoValueLabels").toStringList(); }

    // With JIXIAO_SCREENSHOTS=DIR the chart is also written there as PNG, to be looked at.
    static void saveIfAsked(QChart *chart, const QString &name, const QSizeF &size)
    {
        const QString dir = qEnvironmentVariable("JIXIAO_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QImage img(size.toSize() * 2, QImage::Format_RGB32);
        img.fill(Qt::white);
        QPainter painter(&img);
        painter.setRenderHint(QPainter::Antialiasing);
        ChartBuilder::render(chart, &painter, QRectF(QPointF(0, 0), img.size()), size);
        painter.end();
        img.save(QStringLiteral("%1/builder-%2.png").arg(dir, name));
    }

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

    // 年中预算调整: one bar per row from the top, 除外调整 in their own set, 调减 negative.
    void adjustmentsHaveOneBarPerRow()
    {
        const Report draft = load(draftPath());
        const std::unique_ptr<QChart> chart = ChartBuilder().adjustments(draft);
        QCOMPARE(fromTop(categories(chart.get())),
                 (QStringList{QStringLiteral("(1) 追加春季农业生产补助"), QStringLiteral("(2) 压减会议费"), QStringLiteral("(3) 乡村振兴项目资金调剂"),
                              QStringLiteral("(4) 追加防汛救灾经费"), QStringLiteral("(5) 收回闲置项目资金"), QStringLiteral("(6) 人员经费缺口调剂")}));
        QBarSet *excluded = set(chart.get(), QStringLiteral("除外调整"));
        QBarSet *counted = set(chart.get(), QStringLiteral("计入预算调整率"));
        QVERIFY(excluded && counted);
        QCOMPARE(fromTop(values(excluded)), (QList<qreal>{40, 0, 0, 25.5, 0, 0}));
        QCOMPARE(fromTop(values(counted)), (QList<qreal>{0, -8, 15, 0, -12.3, -3}));
        QCOMPARE(fromTop(labelsOf(counted)), (QStringList{QString(), QStringLiteral("-8.00"), QStringLiteral("+15.00"), QString(),
                                                          QStringLiteral("-12.30"), QStringLiteral("-3.00")}));
        QVERIFY(excluded->color() != counted->color());
        const QString tip = fromTop(counted->property("jixiaoToolTips").toStringList()).value(5);
        QCOMPARE(tip, QStringLiteral("(6) 人员经费缺口调剂\n结构调整：项目支出调往基本支出 3.00万元\n计入预算调整率\n原因：未填写"));
        QCOMPARE(fromTop(excluded->property("jixiaoToolTips").toStringList()).value(3),
                 QStringLiteral("(4) 追加防汛救灾经费\n调增 25.50万元（项目支出）\n除外调整：不计入预算调整率\n原因：不可抗力（7月洪涝灾害）"));

        // Laid out: one printed amount per row (none for the empty half of a row).
        ChartBuilder::image(chart.get(), QSizeF(150, 90), 96);
        QCOMPARE(valueLabels(chart.get()).size(), 6);
    }

    void adjustmentsWithoutRowsSaySo()
    {
        Report report = m_report;
        report.budget.adjustments.clear();
        const std::unique_ptr<QChart> chart = ChartBuilder().adjustments(report);
        QVERIFY(chart->series().isEmpty());
        QCOMPARE(chart->title(), QStringLiteral("无年中预算调整"));
    }

    // Hundreds of rows: the first ones as bars, the rest summed in one.
    void manyAdjustmentsAreSummedBeyondTheLimit()
    {
        Report report = m_report;
        report.budget.adjustments.clear();
        for (int i = 0; i < 100; ++i) {
            BudgetAdjustment a;
            a.item = QStringLiteral("事项%1").arg(i + 1);
            a.amount = Money::fromWan(1);
            a.excluded = i % 2 == 0;
            report.budget.adjustments.append(a);
        }
        const std::unique_ptr<QChart> chart = ChartBuilder().adjustments(report);
        const QStringList names = fromTop(categories(chart.get()));
        QCOMPARE(names.size(), AdjustmentsChart::MaxBars);
        QCOMPARE(names.last(), QStringLiteral("其余61项"));
        // Rows 40…100 (indexes 39…99): the 30 even indexes excluded, the 31 odd ones counted.
        QCOMPARE(fromTop(values(set(chart.get(), QStringLiteral("除外调整")))).last(), 30.0);
        QCOMPARE(fromTop(values(set(chart.get(), QStringLiteral("计入预算调整率")))).last(), 31.0);
        QVERIFY(ChartBuilder::screenSize(ChartKind::Adjustments, chart.get()).height() >= 30 * AdjustmentsChart::MaxBars);
    }

    void threePublicControlRatesAgainstTheHundredPercentLine()
    {
        const std::unique_ptr<QChart> chart = ChartBuilder().threePublicControl(m_report);
        QCOMPARE(fromTop(categories(chart.get())), ThreePublicControlChart::categories(TextLanguage::Program));
        QBarSet *within = set(chart.get(), QStringLiteral("未超预算"));
        QBarSet *over = set(chart.get(), QStringLiteral("超出预算"));
        QVERIFY(within && over);
        QCOMPARE(fromTop(labelsOf(within)),
                 (QStringList{QStringLiteral("99.23%"), QStringLiteral("97.81%"), QStringLiteral("未安排"), QStringLiteral("98.77%")}));
        QCOMPARE(fromTop(values(over)), (QList<qreal>{0, 0, 0, 0}));
        const auto *line = qobject_cast<QLineSeries *>(chart->series().value(1));
        QVERIFY(line);
        QCOMPARE(line->points(), (QList<QPointF>{QPointF(100, 0), QPointF(100, 1)}));
        QCOMPARE(fromTop(within->property("jixiaoToolTips").toStringList()).value(0),
                 QStringLiteral("公务接待费\n实际支出 6.47万元 / 预算 6.52万元\n控制率 99.23%"));
        // All hover texts in reading order, from the top; the 100% line's last.
        const QStringList all = ChartBuilder::toolTips(chart.get());
        QCOMPARE(all.size(), 5);
        QVERIFY(all[0].startsWith(QStringLiteral("公务接待费")));
        QVERIFY(all[3].startsWith(QStringLiteral("合计")));
        QVERIFY(all[4].startsWith(QStringLiteral("100%")));

        // Spending with no budget is over it, and says so in words.
        Report report = m_report;
        report.budget.threePublicBudget.overseas = Money();
        report.execution.threePublicActual.overseas = Money::fromWan(1, 20);
        const std::unique_ptr<QChart> spent = ChartBuilder().threePublicControl(report);
        QCOMPARE(fromTop(labelsOf(set(spent.get(), QStringLiteral("超出预算")))).value(2),
                 QStringLiteral("未安排预算，实际支出1.20万元"));
        // 10.80 / 9.72 = 111.11%: the total is over as well.
        QCOMPARE(fromTop(labelsOf(set(spent.get(), QStringLiteral("超出预算")))).value(3), QStringLiteral("111.11%"));
    }

    void yearFiguresFromReports()
    {
        Report y2021 = m_report, y2022 = m_report, y2022b = m_report;
        y2021.year = 2021;
        y2022.year = 2022;
        y2022b.year = 2022;
        y2022b.execution.carryoverOut = Money::fromWan(5);
        const QList<YearFigures> years = YearFigures::ofReports({y2022, y2021, y2022b});
        QCOMPARE(years.size(), 2);
        QCOMPARE(years[0].year, 2021);
        QCOMPARE(years[1].figures.carryoverOut, OptionalMoney(Money::fromWan(5))); // the last copy of a year
        // 2022 has 2021 before it: its year-on-year rate applies; 2021's does not.
        QVERIFY(!findIndicator(years[0].indicators, QStringLiteral("carryover_change_rate"))->applies());
        QVERIFY(findIndicator(years[1].indicators, QStringLiteral("carryover_change_rate"))->applies());

        // The open report wins over a stored copy of its own year.
        const YearFigures current = YearFigures::of(m_report, m_evaluation);
        Report stored = m_report;
        stored.execution.spent.basic = Money::fromWan(1);
        const QList<YearFigures> trend = YearFigures::withCurrent(YearFigures::ofReports({stored, y2022, y2021}), current);
        QCOMPARE(trend.size(), 3);
        QCOMPARE(trend.last(), current);
        QCOMPARE(trend[0].year, 2021);
    }

    void trendHasAmountsAndRates()
    {
        Report y2022 = m_report;
        y2022.year = 2022;
        y2022.budget.threePublicBudget = ThreePublicAmounts(); // the control rate does not apply
        y2022.execution.threePublicActual = ThreePublicAmounts();
        const QList<YearFigures> years = YearFigures::withCurrent(YearFigures::ofReports({y2022}), YearFigures::of(m_report, m_evaluation));
        const std::unique_ptr<QChart> chart = ChartBuilder().trend(years);
        QCOMPARE(categories(chart.get()), (QStringList{QStringLiteral("2022年"), QStringLiteral("2023年")}));
        QCOMPARE(values(set(chart.get(), QStringLiteral("全年预算"))), (QList<qreal>{1843.29, 1843.29}));
        QCOMPARE(values(set(chart.get(), QStringLiteral("年末结转"))), (QList<qreal>{11.23, 11.23}));
        QStringList lines;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s)) {
                lines.append(line->name());
                if (line->name() == QStringLiteral("“三公经费”控制率")) {
                    QCOMPARE(line->points(), (QList<QPointF>{QPointF(1, 98.77)})); // no point in 2022
                    QCOMPARE(line->property("jixiaoToolTips").toStringList(),
                             (QStringList{QStringLiteral("2022年 “三公经费”控制率：不适用"),
                                          QStringLiteral("2023年 “三公经费”控制率：9.60/9.72*100%=98.77%")}));
                }
            }
        }
        QCOMPARE(lines, (QStringList{QStringLiteral("预算执行率"), QStringLiteral("“三公经费”控制率"), QStringLiteral("预算调整率")}));
    }

    void hoverTextsCarryExactFigures()
    {
        const std::unique_ptr<QChart> pie = ChartBuilder().budgetComposition(m_evaluation.figures);
        QCOMPARE(ChartBuilder::toolTips(pie.get()),
                 (QStringList{QStringLiteral("基本支出预算：623.09万元，占33.25%"), QStringLiteral("项目支出预算：1220.20万元，占65.12%"),
                              QStringLiteral("上年结转：30.55万元，占1.63%")}));
        const std::unique_ptr<QChart> bars = ChartBuilder().budgetAgainstSpending(m_evaluation.figures);
        QVERIFY(ChartBuilder::toolTips(bars.get()).contains(QStringLiteral("项目支出 全年支出：1239.52万元\n支出占预算 99.10%")));
        const std::unique_ptr<QChart> three = ChartBuilder().threePublic(m_report);
        QVERIFY(ChartBuilder::toolTips(three.get()).contains(QStringLiteral("公务用车购置及运行维护费 预算：3.20万元")));
    }

    // A small slice has a longer leader line; two small neighbours straddle the top.
    void smallSlicesStayReadable()
    {
        ReportFigures f = m_evaluation.figures;
        f.budgetBasic = Money::fromWan(20);
        f.carryoverIn = Money::fromWan(10);
        const std::unique_ptr<QChart> chart = ChartBuilder().budgetComposition(f);
        auto *pie = qobject_cast<QPieSeries *>(chart->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->slices().at(0)->labelArmLengthFactor(), 0.3); // basic, 1.6%
        QCOMPARE(pie->slices().at(1)->labelArmLengthFactor(), 0.12);
        // The boundary between carry-over (last) and basic (first) is already at the top.
        QCOMPARE(pie->pieStartAngle(), 0.0);
        QCOMPARE(pie->pieEndAngle(), 360.0);
        f.budgetBasic = Money::fromWan(1200);
        f.budgetProject = Money::fromWan(20);
        const std::unique_ptr<QChart> turned = ChartBuilder().budgetComposition(f);
        pie = qobject_cast<QPieSeries *>(turned->series().value(0));
        // Project (20) and carry-over (10) are small: their boundary, after basic and project, at the top.
        QCOMPARE(pie->pieStartAngle(), -360.0 * 1220 / 1230);
        saveIfAsked(turned.get(), QStringLiteral("small-slices"), QSizeF(640, 300));
    }

    // Narrow, a pie shows its labels in a legend; wide, beside the slices.
    void fitMovesPieLabelsToALegend()
    {
        QFont font;
        font.setPixelSize(12);
        const std::unique_ptr<QChart> chart = ChartBuilder(font).budgetComposition(m_evaluation.figures);
        auto *pie = qobject_cast<QPieSeries *>(chart->series().value(0));
        ChartBuilder::fit(chart.get(), QSizeF(420, 300));
        QVERIFY(chart->legend()->isVisible());
        QVERIFY(!pie->slices().at(0)->isLabelVisible());
        ChartBuilder::fit(chart.get(), QSizeF(900, 300));
        QVERIFY(!chart->legend()->isVisible());
        QVERIFY(pie->slices().at(0)->isLabelVisible());
    }

    void reviewChartsRenderAsVectors()
    {
        Report y2022 = m_report;
        y2022.year = 2022;
        const QList<YearFigures> earlier = YearFigures::ofReports({y2022});
        for (ChartKind which : {ChartKind::ThreePublicControl, ChartKind::Adjustments, ChartKind::Trend}) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            {
                QPdfWriter writer(&buffer);
                QPainter painter(&writer);
                const std::unique_ptr<QChart> chart = ChartBuilder().build(which, m_report, m_evaluation, earlier);
                const QSizeF size = ChartBuilder::screenSize(which, chart.get());
                ChartBuilder::render(chart.get(), &painter, QRectF(0, 0, size.width() * 10, size.height() * 10), size);
                saveIfAsked(chart.get(), QStringLiteral("kind%1").arg(int(which)), size);
            }
            QVERIFY(bytes.size() > 1000);
            QVERIFY(!bytes.contains("/Subtype /Image"));
            QVERIFY(bytes.contains("/FontFile2"));
        }
    }
};

QTEST_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"
