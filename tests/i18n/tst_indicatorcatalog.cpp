#include "IndicatorCalculator.h"
#include "IndicatorCatalog.h"
#include "IndicatorText.h"
#include "IndicatorWording.h"
#include "OverviewRecord.h"
#include "TrendChart.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

// The indicators' one table (IndicatorCatalog): the calculator computes exactly its ids, the
// report, the trend chart and the overview read their names and wording from it, in Chinese
// for the document and in the program's language elsewhere.
class TestIndicatorCatalog : public QObject
{
    Q_OBJECT

private:
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_english.load(QStringLiteral(":/i18n/jixiao_en.qm"))); }
    void cleanup() { QCoreApplication::removeTranslator(&m_english); }

    void everyRowIsComplete()
    {
        static const QRegularExpression hanzi(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
        QSet<QString> ids;
        for (const IndicatorCatalog::Definition &d : IndicatorCatalog::all()) {
            const QString id = QLatin1String(d.id);
            QVERIFY2(!ids.contains(id), d.id);
            ids.insert(id);
            QVERIFY2(IndicatorText::name(id).contains(hanzi), d.id);
            QVERIFY2(IndicatorCatalog::definition(id).endsWith(QStringLiteral("×100%"))
                         || IndicatorCatalog::definition(id).contains(QStringLiteral("×100%（")), d.id);
            QVERIFY2(QString::fromUtf8(d.computation).contains(QStringLiteral("× 100%")), d.id);
        }
        QCOMPARE(IndicatorCatalog::ids().size(), IndicatorCatalog::all().size());
    }

    void namesInEnglishAndInChinese()
    {
        QCoreApplication::installTranslator(&m_english);
        static const QRegularExpression hanzi(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
        for (const QString &id : IndicatorCatalog::ids()) {
            QVERIFY2(!IndicatorText::name(id).contains(hanzi), qPrintable(IndicatorText::name(id)));
            QCOMPARE(IndicatorWording::name(id), IndicatorText::name(id, TextLanguage::Chinese));
            QVERIFY(IndicatorText::name(id, TextLanguage::Chinese).contains(hanzi));
        }
        QCOMPARE(IndicatorText::name(QStringLiteral("execution_rate")), QStringLiteral("Budget execution rate"));
        QCOMPARE(IndicatorText::name(QStringLiteral("execution_rate"), TextLanguage::Chinese), QStringLiteral("预算执行率"));
        // The window words the computed indicators in the program's language.
        const Report empty;
        const IndicatorList computed = IndicatorCalculator::compute(empty, ReportFigures::of(empty));
        QCOMPARE(IndicatorText::name(computed.value(4).id), QStringLiteral("Budget execution rate"));
    }

    // Every reader takes the table's ids in the table's order.
    void readersFollowTheTable()
    {
        const QStringList ids = IndicatorCatalog::ids();
        QCOMPARE(IndicatorCalculator::ids(), ids);
        const Report empty;
        QStringList computed;
        for (const Indicator &i : IndicatorCalculator::compute(empty, ReportFigures::of(empty)))
            computed.append(i.id);
        QCOMPARE(computed, ids);
        QStringList overview;
        for (const OverviewColumns::Column &c : OverviewColumns::columns()) {
            if (c.kind == OverviewColumns::Kind::Rate)
                overview.append(c.key);
        }
        QCOMPARE(overview, ids);
        QCOMPARE(TrendChart::rateIds(), (QStringList{QStringLiteral("execution_rate"), QStringLiteral("three_public_control_rate"),
                                                     QStringLiteral("budget_adjustment_rate")}));
        QCOMPARE(IndicatorWording::definition(QStringLiteral("execution_rate")), QStringLiteral("全年支出÷（全年预算+上年结转）×100%"));
    }
};

QTEST_MAIN(TestIndicatorCatalog)
#include "tst_indicatorcatalog.moc"
