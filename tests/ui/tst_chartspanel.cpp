// The review dock's charts: each chart shown, following edits live, hover texts, saving.
#include "ChartBuilder.h"
#include "ChartView.h"
#include "ChartsPanel.h"
#include "ChartsTestSupport.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReportDocument.h"
#include "ReviewPanel.h"
#include "UiStyle.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QImage>
#include <QPieSeries>

using namespace ChartsTestSupport;
using namespace GuiTestSupport;


class TestChartsPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ReportDocument> m_document;
    std::unique_ptr<ChartsPanel> m_panel;

    void openPanel(const Report &report)
    {
        m_panel.reset();
        m_document = std::make_unique<ReportDocument>();
        m_document->load(report);
        m_panel = std::make_unique<ChartsPanel>(m_document.get());
        m_panel->resize(1400, 900);
        m_panel->show();
        if (!QTest::qWaitForWindowExposed(m_panel.get()))
            qWarning("panel not exposed");
        QTRY_VERIFY(!m_panel->isStale());
    }

    // With JIXIAO_SCREENSHOTS=DIR every chart and the panel are written there as PNG.
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("JIXIAO_SCREENSHOTS");
        if (dir.isEmpty() || !m_panel)
            return;
        QDir().mkpath(dir);
        QApplication::processEvents();
        m_panel->grab().save(QStringLiteral("%1/%2-panel.png").arg(dir, name));
        // Narrow, as in a side dock: one column, the whole height.
        const QSize wide = m_panel->size();
        m_panel->resize(480, 2300);
        QApplication::processEvents();
        m_panel->grab().save(QStringLiteral("%1/%2-narrow.png").arg(dir, name));
        m_panel->resize(wide);
        QApplication::processEvents();
        for (ChartView *v : m_panel->views()) {
            if (v->hasPlaceholder())
                continue;
            QVERIFY(v->save(QStringLiteral("%1/%2-chart%3.png").arg(dir, name).arg(int(v->kind()))));
            QVERIFY(v->save(QStringLiteral("%1/%2-chart%3.svg").arg(dir, name).arg(int(v->kind()))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolate(m_dir);
        UiStyle::apply(qApp);
    }

    void cleanup()
    {
        m_panel.reset();
        m_document.reset();
    }

    void reviewPanelHasAChartsTab()
    {
        ReportDocument document;
        ReviewPanel review(&document);
        QStringList tabs;
        for (int i = 0; i < review.count(); ++i)
            tabs.append(review.tabText(i));
        QCOMPARE(tabs, (QStringList{QStringLiteral("自评评分"), QStringLiteral("图表")}));
        QCOMPARE(review.widget(1), review.chartsPanel());
    }

    void everyChartIsShown()
    {
        openPanel(sample());
        ChartsPanel &panel = *m_panel;
        QCOMPARE(panel.views().size(), 6);
        for (ChartView *v : panel.views()) {
            if (v->kind() == ChartKind::Trend)
                continue;
            QVERIFY2(v->chart() && !v->chart()->series().isEmpty(), qPrintable(v->title()));
            QVERIFY2(v->chartView()->isVisible(), qPrintable(v->title()));
        }
        auto *pie = qobject_cast<QPieSeries *>(panel.view(ChartKind::BudgetComposition)->chart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->count(), 3);
        screenshot(QStringLiteral("sample"));
    }

    // The “三公经费” charts follow an edit of the reception's actual spending.
    void threePublicFollowsAnEdit()
    {
        openPanel(sample());
        ChartsPanel &panel = *m_panel;
        ChartView *control = panel.view(ChartKind::ThreePublicControl);
        ChartView *amounts = panel.view(ChartKind::ThreePublic);
        QCOMPARE(fromTop(categories(control)), (QStringList{QStringLiteral("公务接待费"), QStringLiteral("公务用车购置及运行维护费"),
                                                          QStringLiteral("因公出国（境）费"), QStringLiteral("合计")}));
        QCOMPARE(fromTop(valueLabels(barSet(control, QStringLiteral("未超预算")))),
                 (QStringList{QStringLiteral("99.23%"), QStringLiteral("97.81%"), QStringLiteral("未安排"), QStringLiteral("98.77%")}));

        const ChartView::Rebuilds before = control->rebuilds();
        const ChartView::Rebuilds adjustmentsBefore = panel.view(ChartKind::Adjustments)->rebuilds();
        QVERIFY(m_document->setValue(QStringLiteral("execution.three_public_actual.reception"),
                                     QVariant::fromValue(Money::fromWan(7))));
        QTRY_VERIFY(!panel.isStale());
        // The same chart on screen takes the new values; a chart the edit does not concern is left alone.
        QCOMPARE(control->rebuilds().updated, before.updated + 1);
        QCOMPARE(control->rebuilds().replaced, before.replaced);
        QCOMPARE(panel.view(ChartKind::Adjustments)->rebuilds().updated, adjustmentsBefore.updated);
        QCOMPARE(panel.view(ChartKind::Adjustments)->rebuilds().replaced, adjustmentsBefore.replaced);
        screenshot(QStringLiteral("edited"));
        QBarSet *actual = barSet(amounts, QStringLiteral("实际支出"));
        QVERIFY(actual);
        QCOMPARE(actual->at(0), 7.0);
        QCOMPARE(valueLabels(actual).value(0), QStringLiteral("7.00"));
        // 7.00 / 6.52 = 107.36%: over the budget, in the other colour, beyond the 100% line.
        QBarSet *over = barSet(control, QStringLiteral("超出预算"));
        QBarSet *within = barSet(control, QStringLiteral("未超预算"));
        QVERIFY(over && within);
        QCOMPARE(valuesFromTop(over).value(0), 107.36);
        QCOMPARE(valuesFromTop(within).value(0), 0.0);
        QCOMPARE(fromTop(valueLabels(over)).value(0), QStringLiteral("107.36%"));
        QVERIFY(over->color() != within->color());
        // 合计 10.13 / 9.72 = 104.22%.
        QCOMPARE(fromTop(valueLabels(over)).value(3), QStringLiteral("104.22%"));
        const QString tip = fromTop(over->property("jixiaoToolTips").toStringList()).value(0);
        QVERIFY2(tip.contains(QStringLiteral("7.00万元")) && tip.contains(QStringLiteral("6.52万元"))
                     && tip.contains(QStringLiteral("107.36%")) && tip.contains(QStringLiteral("0.48万元")),
                 qPrintable(tip));
        bool hundred = false;
        for (QAbstractSeries *s : control->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s))
                hundred = line->count() == 2 && line->at(0).x() == 100 && line->at(1).x() == 100;
        }
        QVERIFY(hundred);

        // Undo brings the chart back.
        m_document->undoStack()->undo();
        QTRY_VERIFY(!panel.isStale());
        QCOMPARE(fromTop(valueLabels(barSet(control, QStringLiteral("未超预算")))).value(0), QStringLiteral("99.23%"));
        qInfo("refresh of the two “三公经费” charts: %lld µs", panel.lastRefreshMicroseconds());
    }

    void budgetChartsFollowFigures()
    {
        openPanel(sample());
        ChartsPanel &panel = *m_panel;
        ChartView *view = panel.view(ChartKind::BudgetAgainstSpending);
        QCOMPARE(valueLabels(barSet(view, QStringLiteral("全年支出"))), (QStringList{QStringLiteral("623.09"), QStringLiteral("1239.52"),
                                                                             QStringLiteral("1862.61")}));
        QVERIFY(m_document->setValue(QStringLiteral("execution.spent.basic"), QVariant::fromValue(Money::fromWan(600))));
        QTRY_COMPARE(valueLabels(barSet(view, QStringLiteral("全年支出"))),
                     (QStringList{QStringLiteral("600.00"), QStringLiteral("1239.52"), QStringLiteral("1839.52")}));
        qInfo("refresh after a spending edit (composition, budget/spending, trend): %lld µs", panel.lastRefreshMicroseconds());
    }

    // One bar per row in the report's order, 除外调整 in a set of their own, 调减 negative.
    void adjustmentsHaveOneBarPerRow()
    {
        const Report report = draft();
        openPanel(report);
        ChartsPanel &panel = *m_panel;
        ChartView *view = panel.view(ChartKind::Adjustments);
        const QStringList names = fromTop(categories(view));
        QCOMPARE(names.size(), report.budget.adjustments.size());
        QBarSet *excluded = barSet(view, QStringLiteral("除外调整"));
        QBarSet *counted = barSet(view, QStringLiteral("计入预算调整率"));
        QVERIFY(excluded && counted);
        for (int i = 0; i < names.size(); ++i) {
            const BudgetAdjustment &a = report.budget.adjustments[i];
            QVERIFY2(names[i].startsWith(QStringLiteral("(%1) ").arg(i + 1)), qPrintable(names[i]));
            const qreal amount = qreal(a.amount->fen()) / Money::FenPerWan;
            QCOMPARE(valuesFromTop(excluded).value(i), a.excluded ? amount : 0.0);
            QCOMPARE(valuesFromTop(counted).value(i), a.excluded ? 0.0 : amount);
        }
        QCOMPARE(fromTop(valueLabels(counted)).value(1), QStringLiteral("-8.00")); // 压减会议费
        QCOMPARE(fromTop(valueLabels(excluded)).value(0), QStringLiteral("+40.00"));
        QVERIFY(valuesFromTop(counted).value(1) < 0);
        QVERIFY(excluded->color() != counted->color());
        screenshot(QStringLiteral("draft"));

        // Renaming a row and flipping its flag are followed too.
        QVERIFY(m_document->setValue(QStringLiteral("budget.adjustments[1].item"), QStringLiteral("压减差旅费")));
        QVERIFY(m_document->setValue(QStringLiteral("budget.adjustments[1].excluded"), true));
        QTRY_COMPARE(fromTop(categories(view)).value(1), QStringLiteral("(2) 压减差旅费"));
        QTRY_COMPARE(valuesFromTop(barSet(view, QStringLiteral("除外调整"))).value(1), -8.0);
        QVERIFY(m_document->insertRow(QStringLiteral("budget.adjustments"), 6));
        QTRY_COMPARE(categories(view).size(), 7);
    }

    void trendAppearsWithEarlierYears()
    {
        openPanel(sample());
        ChartsPanel &panel = *m_panel;
        ChartView *trend = panel.view(ChartKind::Trend);
        QVERIFY(trend->hasPlaceholder());
        QVERIFY(!trend->chartView()->isVisible());

        panel.setEarlierYears(YearFigures::ofReports({earlierYear(2021, 1100), earlierYear(2022, 1200)}));
        QTRY_VERIFY(!trend->hasPlaceholder());
        QTRY_VERIFY(!panel.isStale());
        QVERIFY(trend->chartView()->isVisible());
        QCOMPARE(categories(trend), (QStringList{QStringLiteral("2021年"), QStringLiteral("2022年"), QStringLiteral("2023年")}));
        QBarSet *spent = barSet(trend, QStringLiteral("全年支出"));
        QVERIFY(spent);
        QCOMPARE(spent->at(0), 1723.09);
        QCOMPARE(spent->at(2), 1862.61);
        QCOMPARE(spent->property("jixiaoToolTips").toStringList().value(1), QStringLiteral("2022年 全年支出：1823.09万元"));
        int lines = 0;
        for (QAbstractSeries *s : trend->chart()->series())
            lines += qobject_cast<QLineSeries *>(s) ? 1 : 0;
        QCOMPARE(lines, 3);
        screenshot(QStringLiteral("trend"));

        // The open report's year follows edits; a stored copy of its own year is not shown twice.
        QVERIFY(m_document->setValue(QStringLiteral("execution.spent.project"), QVariant::fromValue(Money::fromWan(1200))));
        QTRY_COMPARE(barSet(trend, QStringLiteral("全年支出"))->at(2), 1823.09);
        panel.setEarlierYears(YearFigures::ofReports({earlierYear(2022, 1200), sample()}));
        QTRY_COMPARE(categories(trend), (QStringList{QStringLiteral("2022年"), QStringLiteral("2023年")}));
        panel.setEarlierYears({});
        QTRY_VERIFY(trend->hasPlaceholder());
    }

    // Hidden, the panel does no work; shown again it catches up.
    void hiddenPanelCatchesUpWhenShown()
    {
        openPanel(sample());
        ChartsPanel &panel = *m_panel;
        panel.hide();
        QVERIFY(m_document->setValue(QStringLiteral("execution.three_public_actual.vehicles"), QVariant::fromValue(Money::fromWan(4))));
        QVERIFY(panel.isStale());
        QVERIFY(!panel.isRefreshScheduled()); // no work on its way while hidden
        panel.show();
        QTRY_VERIFY(!panel.isStale());
        QCOMPARE(barSet(panel.view(ChartKind::ThreePublic), QStringLiteral("实际支出"))->at(1), 4.0);
    }

    void hoverShowsTheExactValue()
    {
        openPanel(sample());
        ChartsPanel &panel = *m_panel;
        ChartView *view = panel.view(ChartKind::BudgetAgainstSpending);
        QChart *chart = view->chart();
        QAbstractBarSeries *series = bars(view);
        // The middle of the 全年支出 bar of 项目支出 (the second set, right half of the group).
        const QPointF inChart = chart->mapToPosition(QPointF(1 + 0.7 / 4, 600), series);
        const QPoint inView = view->chartView()->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseMove(view->chartView()->viewport(), inView);
        QTRY_COMPARE(view->currentToolTip(), QStringLiteral("项目支出 全年支出：1239.52万元\n支出占预算 99.10%"));
    }

    // In the window: the 图表 tab of the review dock shows the open report's charts.
    void chartsTabInTheWindow()
    {
        MainWindow w;
        w.openSample();
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        ReviewPanel *review = w.reviewPanel();
        review->setCurrentWidget(review->chartsPanel());
        ChartsPanel *panel = review->chartsPanel();
        QTRY_VERIFY(panel->isVisible() && !panel->isStale());
        QCOMPARE(panel->view(ChartKind::BudgetAgainstSpending)->chart()->series().size(), 1);
        QVERIFY(w.document()->setValue(QStringLiteral("execution.three_public_actual.reception"),
                                       QVariant::fromValue(Money::fromWan(7))));
        QTRY_VERIFY(!panel->isStale());
        QCOMPARE(valuesFromTop(barSet(panel->view(ChartKind::ThreePublicControl), QStringLiteral("超出预算"))).value(0), 107.36);
        const QString dir = qEnvironmentVariable("JIXIAO_SCREENSHOTS");
        if (!dir.isEmpty()) {
            QApplication::processEvents();
            w.grab().save(dir + QStringLiteral("/window-charts-tab.png"));
        }
    }

    void savesPngAndSvg()
    {
        openPanel(sample());
        ChartsPanel &panel = *m_panel;
        for (ChartView *v : panel.views()) {
            if (v->hasPlaceholder())
                continue;
            const QString png = m_dir.filePath(QStringLiteral("chart%1.png").arg(int(v->kind())));
            const QString svgStem = m_dir.filePath(QStringLiteral("chart%1").arg(int(v->kind())));
            Dialogs::setNextFileNames({png, svgStem}); // the SVG's name without suffix gets one
            v->findChild<QAction *>(QStringLiteral("savePng"))->trigger();
            v->findChild<QAction *>(QStringLiteral("saveSvg"))->trigger();
            QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable(png));
            QVERIFY(image.width() >= 1000);
            QVERIFY(image.pixelColor(2, 2) == QColor(Qt::white));
            QFile svg(svgStem + QStringLiteral(".svg"));
            QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(svg.fileName()));
            const QByteArray bytes = svg.readAll();
            QVERIFY(bytes.startsWith("<?xml"));
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("</svg>"));
        }
        QVERIFY(Dialogs::takeShownMessages().isEmpty());
        // Cancelled: nothing written, nothing said.
        Dialogs::setNextFileNames({QString()});
        panel.views().first()->findChild<QAction *>(QStringLiteral("savePng"))->trigger();
        QVERIFY(Dialogs::takeShownMessages().isEmpty());
        // A folder that does not exist: the reason is shown.
        Dialogs::setNextFileNames({m_dir.filePath(QStringLiteral("missing/chart.png"))});
        panel.views().first()->findChild<QAction *>(QStringLiteral("savePng"))->trigger();
        QCOMPARE(Dialogs::takeShownMessages().size(), 1);
    }
};

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
