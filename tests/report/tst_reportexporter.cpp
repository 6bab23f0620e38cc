#include "ChartBuilder.h"
#include "FindingText.h"
#include "Language.h"
#include "ReportExporter.h"
#include "ReportTestSupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QEvent>
#include <QPdfDocument>
#include <QTest>

using namespace ReportTestSupport;

// The document is Chinese whatever the language of the program: with the English
// translation installed (the window's --lang en), a draft's findings, the 不适用 reasons and
// the 扣分原因 still print in Chinese, and the program's own texts stay English.
class TestReportExporter : public QObject
{
    Q_OBJECT

    int m_languageChanges = 0;

    static QString pdfText(const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready)
            return QString();
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text();
        return text.remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }

    static QString golden(const QString &name)
    {
        QFile f(QStringLiteral(JIXIAO_TEST_DATA "/golden/") + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
            ++m_languageChanges;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(Language::install(QCoreApplication::instance(), QStringLiteral("en"), &problem), qPrintable(problem));
        // The translation must really change the core's words, or this test proves nothing.
        const Report draft = load(draftPath());
        const ReportEvaluation english = ReportEvaluation::of(draft);
        QVERIFY(english.errorCount() > 0);
        QVERIFY2(FindingText::message(english.findings.first()).contains(QStringLiteral("fund balance")),
                 qPrintable(FindingText::message(english.findings.first())));
        QCoreApplication::instance()->installEventFilter(this);
    }

    void draftTextIsTheChineseGolden()
    {
        const Report draft = load(draftPath());
        const ReportExporter exporter(draft);
        QVERIFY(exporter.isDraft());
        QVERIFY(exporter.plainText().contains(QStringLiteral("1.【错误】资金结余不平衡：")));
        // The same text as the golden test compares in the source language.
        QCOMPARE(exporter.plainText(), golden(QStringLiteral("adjustments-draft.txt")));
    }

    void pdfIsChinese_data()
    {
        QTest::addColumn<QString>("report");
        QTest::newRow("draft") << draftPath();
        QTest::newRow("example") << samplePath();
    }
    void pdfIsChinese()
    {
        QFETCH(QString, report);
        const Report r = load(report);
        QString error;
        const QByteArray pdf = ReportExporter(r).pdf(&error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("自评得分")));
        // 扣分原因 of the score table (ScoringEngine), in the appendix.
        QVERIFY(text.contains(QStringLiteral("待人工评分")));
        if (report == draftPath()) {
            QVERIFY(text.contains(QStringLiteral("1.【错误】资金结余不平衡：上年结转17.50 + 全年预算845.20")));
            QVERIFY(text.contains(QStringLiteral("“三公经费”控制率不适用（“三公经费”预算为0）")));
            QVERIFY(text.contains(QStringLiteral("政府采购执行率不适用（政府采购预算为0）")));
        }
        // The charts are drawn as text: their legends, slice labels and axis titles too.
        QVERIFY(text.contains(QStringLiteral("全年预算（含上年结转）")));
        QVERIFY(text.contains(QStringLiteral("基本支出预算")));
        QVERIFY(text.contains(QStringLiteral("实际支出")));
        // None of the English that the evaluation or the charts would otherwise carry.
        for (const char *english : {"fund balance", "manual", "not applicable", "budget is 0", "Error", "Warning", "10k yuan",
                                    "expenditure", "carry-over", "Budget", "Actual", "Total", "Official"})
            QVERIFY2(!text.contains(QLatin1String(english), Qt::CaseInsensitive), english);
    }

    // The charts of the document (the PDF draws them, the ODT holds their pictures) are built
    // Chinese, while the same chart for the window is English.
    void documentChartsAreChinese()
    {
        const Report r = load(samplePath());
        const ReportEvaluation evaluation = ReportExporter(r).evaluation();
        const ChartBuilder builder;
        auto texts = [](const QChart *chart) {
            QStringList all;
            auto *series = qobject_cast<QBarSeries *>(chart->series().value(0));
            for (const QBarSet *set : series ? series->barSets() : QList<QBarSet *>())
                all.append(set->label());
            for (QAbstractAxis *axis : chart->axes()) {
                all.append(axis->titleText());
                if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                    all += c->categories();
            }
            all.removeAll(QString());
            return all;
        };
        const auto document = builder.buildForDocument(ReportChart::BudgetAgainstSpending, r, evaluation);
        QCOMPARE(texts(document.get()), (QStringList{QStringLiteral("全年预算（含上年结转）"), QStringLiteral("全年支出"),
                                                     QStringLiteral("基本支出"), QStringLiteral("项目支出"),
                                                     QStringLiteral("合计"), QStringLiteral("万元")}));
        const auto window = builder.build(ReportChart::BudgetAgainstSpending, r, evaluation);
        QCOMPARE(texts(window.get()), (QStringList{QStringLiteral("Full-year budget (incl. carry-over)"),
                                                   QStringLiteral("Full-year expenditure"), QStringLiteral("Basic<br>expenditure"),
                                                   QStringLiteral("Project<br>expenditure"), QStringLiteral("Total"),
                                                   QStringLiteral("10k yuan")}));
    }

    // Around the export the program keeps its language, and no widget was told to
    // translate itself again.
    void programStaysEnglish()
    {
        const Report draft = load(draftPath());
        QVERIFY(FindingText::message(ReportEvaluation::of(draft).findings.first()).contains(QStringLiteral("fund balance")));
        QVERIFY(!ReportExporter::fileFilter().contains(QStringLiteral("文件")));
        QCOMPARE(m_languageChanges, 0);
    }

    // One evaluation, worded for the document in Chinese and for the window in English: the
    // language is the caller's, not a state of the program.
    void languageIsTheCallers()
    {
        const ReportEvaluation evaluation = ReportExporter(load(draftPath())).evaluation();
        const Finding &first = evaluation.findings.first();
        QVERIFY(FindingText::message(first, TextLanguage::Chinese).startsWith(QStringLiteral("资金结余不平衡")));
        QVERIFY(FindingText::message(first).contains(QStringLiteral("fund balance")));
        QCOMPARE(m_languageChanges, 0);
    }

    // A translator installed after the first export (a language chosen later) would be
    // consulted first; the next export still comes out in Chinese.
    void laterTranslatorsDoNotWin()
    {
        QString problem;
        QVERIFY2(Language::install(QCoreApplication::instance(), QStringLiteral("en"), &problem), qPrintable(problem));
        const Report draft = load(draftPath());
        const ReportExporter exporter(draft);
        QVERIFY(exporter.plainText().contains(QStringLiteral("1.【错误】资金结余不平衡：")));
    }
};

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
