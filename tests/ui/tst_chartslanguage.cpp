// The charts and the grade in the window's language; the PDF's charts stay Chinese either way
// (tst_reportexporter).
#include "ChartBuilder.h"
#include "ChartsPanel.h"
#include "ChartsTestSupport.h"
#include "GuiTestSupport.h"
#include "ReportDocument.h"
#include "ReviewPanel.h"
#include "ScorePanel.h"
#include "UiStyle.h"

#include <QTranslator>

using namespace ChartsTestSupport;
using namespace GuiTestSupport;

class TestChartsLanguage : public QObject
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

    void scoreEveryManualItem()
    {
        ManualScores scores;
        for (const ScoreItem &item : m_document->evaluation().score.items) {
            if (item.manual)
                scores.insert(item.id, ManualScore{0, QStringLiteral("未提供材料")});
        }
        m_document->setManualScores(scores);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolate(m_dir);
        UiStyle::apply(qApp);
    }

    // Under the English translation (the window's --lang en) the charts speak English, and
    // the default scheme's grade reads Poor; in Chinese they read as the source. The PDF's
    // charts stay Chinese either way (tst_reportexporter).
    void chartsAndGradeFollowTheLanguage()
    {
        openPanel(sample());
        ChartView *bars = m_panel->view(ChartKind::BudgetAgainstSpending);
        QCOMPARE(categories(bars), (QStringList{QStringLiteral("基本支出"), QStringLiteral("项目支出"), QStringLiteral("合计")}));
        QVERIFY(barSet(bars, QStringLiteral("全年预算（含上年结转）")));
        QCOMPARE(valueAxisTitle(bars), QStringLiteral("万元"));
        {
            scoreEveryManualItem(); // the grade is shown once nothing waits for a person
            ReviewPanel review(m_document.get());
            QVERIFY2(review.scorePanel()->totalText().contains(QStringLiteral("等级：差")), qPrintable(review.scorePanel()->totalText()));
        }

        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/jixiao_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&english));
        openPanel(sample());
        bars = m_panel->view(ChartKind::BudgetAgainstSpending);
        // Two lines under the bars, as wide as the Chinese.
        QCOMPARE(categories(bars), (QStringList{QStringLiteral("Basic<br>expenditure"), QStringLiteral("Project<br>expenditure"),
                                                QStringLiteral("Total")}));
        QVERIFY(barSet(bars, QStringLiteral("Full-year budget (incl. carry-over)")));
        QVERIFY(barSet(bars, QStringLiteral("Full-year expenditure")));
        QCOMPARE(valueAxisTitle(bars), QStringLiteral("10k yuan"));
        auto *pie = qobject_cast<QPieSeries *>(m_panel->view(ChartKind::BudgetComposition)->chart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->slices().last()->label(), QStringLiteral("Carry-over 30.55 (10k yuan)"));
        // A hover text joins a category's lines with a space (the Chinese ones: with nothing).
        const QStringList tips = ChartBuilder::toolTips(m_panel->view(ChartKind::ThreePublic)->chart());
        QVERIFY2(tips.value(2).startsWith(QStringLiteral("Official vehicles, Budget: 3.20 (10k yuan)")), qPrintable(tips.value(2)));
        int checked = 0;
        for (ChartView *v : m_panel->views()) {
            if (v->hasPlaceholder())
                continue;
            // The adjustments' rows are the report's own items (Chinese data).
            for (const QString &text : chartTexts(v->chart(), v->kind() != ChartKind::Adjustments)) {
                QVERIFY2(!hasChinese(text), qPrintable(v->title() + QStringLiteral(": ") + text));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
        {
            scoreEveryManualItem();
            ReviewPanel review(m_document.get());
            QVERIFY2(review.scorePanel()->totalText().contains(QStringLiteral("Grade: Poor")),
                     qPrintable(review.scorePanel()->totalText()));
        }
        m_panel.reset();
        QCoreApplication::removeTranslator(&english);
    }
};

QTEST_MAIN(TestChartsLanguage)
#include "tst_chartslanguage.moc"
