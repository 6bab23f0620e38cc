#include "IndicatorCalculator.h"
#include "IndicatorText.h"
#include "ScoreText.h"
#include "ScoringEngine.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

// The core's reasons are codes and values; their sentences are at the edge (IndicatorText,
// ScoreText). Every code the core can give is worded, in Chinese and in English, quoting all
// of its values; no wording is for a code the core does not give; the report's Chinese does
// not depend on the program's language.
namespace {

const QRegularExpression &hanzi()
{
    static const QRegularExpression re(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
    return re;
}

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("%(\\d+)"));
    return re;
}

int placeholders(const char *source)
{
    QSet<int> numbers;
    for (const QRegularExpressionMatch &m : placeholder().globalMatch(QString::fromUtf8(source)))
        numbers.insert(m.captured(1).toInt());
    return int(numbers.size());
}

// An indicator's reason of `code` with recognisable values: 901, 902, …
Reason notApplicable(const QString &code)
{
    Reason r{code, {}};
    for (const IndicatorText::Wording &w : IndicatorText::notApplicableWordings()) {
        if (code == QLatin1String(w.code)) {
            for (int i = 0; i < placeholders(w.source); ++i)
                r.args.append(QString::number(901 + i));
        }
    }
    return r;
}

// A score item whose reason is `code`, with recognisable values (801, 802, …).
ScoreItem scoreItem(const ScoreText::Wording &w)
{
    ScoreItem item;
    item.reason.code = QLatin1String(w.code);
    item.indicator = QStringLiteral("execution_rate");
    int values = placeholders(w.source) - (w.indicatorName ? 1 : 0) + (w.then ? placeholders(w.then) : 0);
    if (item.reason.code == QLatin1String("indicator_not_applicable")) {
        item.indicatorNotApplicable = notApplicable(QStringLiteral("negative_denominator"));
        values = 0;
    }
    for (int i = 0; i < values; ++i)
        item.reason.args.append(QString::number(801 + i));
    return item;
}

} // namespace

class TestReasonText : public QObject
{
    Q_OBJECT

private:
    QTranslator m_english;

    static void wordEveryCode(TextLanguage language, bool english)
    {
        for (const QString &code : IndicatorCalculator::notApplicableCodes()) {
            const Reason r = notApplicable(code);
            const QString text = IndicatorText::notApplicable(r, language);
            QVERIFY2(text != code, qPrintable(QStringLiteral("no wording for ") + code));
            for (const QString &value : r.args)
                QVERIFY2(text.contains(value), qPrintable(code + QStringLiteral(": ") + text));
            QVERIFY2(!text.contains(placeholder()), qPrintable(text));
            QVERIFY2(text.contains(hanzi()) != english, qPrintable(code + QStringLiteral(": ") + text));
        }
        for (const QString &code : ScoringEngine::reasonCodes()) {
            QString text;
            for (const ScoreText::Wording &w : ScoreText::wordings()) {
                if (code != QLatin1String(w.code))
                    continue;
                const ScoreItem item = scoreItem(w);
                text = ScoreText::reason(item, language);
                for (const QString &value : item.reason.args)
                    QVERIFY2(text.contains(value), qPrintable(code + QStringLiteral(": ") + text));
                if (w.indicatorName)
                    QVERIFY2(text.contains(IndicatorText::name(item.indicator, language)), qPrintable(text));
                if (!item.indicatorNotApplicable.isEmpty())
                    QVERIFY2(text.contains(IndicatorText::notApplicable(item.indicatorNotApplicable, language)), qPrintable(text));
            }
            QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("no wording for ") + code));
            QVERIFY2(!text.contains(placeholder()), qPrintable(text));
            QVERIFY2(text.contains(hanzi()) != english, qPrintable(code + QStringLiteral(": ") + text));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_english.load(QStringLiteral(":/i18n/jixiao_en.qm"))); }
    void cleanup() { QCoreApplication::removeTranslator(&m_english); }

    void everyCodeIsWordedInChinese() { wordEveryCode(TextLanguage::Program, false); }

    void everyCodeIsWordedInEnglish()
    {
        QCoreApplication::installTranslator(&m_english);
        wordEveryCode(TextLanguage::Program, true);
    }

    // The report words them in Chinese whatever the program's language is.
    void chineseWhateverTheProgramSpeaks()
    {
        QCoreApplication::installTranslator(&m_english);
        wordEveryCode(TextLanguage::Chinese, false);
        Indicator i;
        i.id = QStringLiteral("three_public_control_rate");
        i.notApplicable = Reason{QStringLiteral("three_public_budget_zero"), {}};
        QCOMPARE(IndicatorText::formula(i, TextLanguage::Chinese), QStringLiteral("不适用（“三公经费”预算为0）"));
        QCOMPARE(IndicatorText::formula(i), QStringLiteral("n/a (the three public expenses budget is 0)"));
        ScoreItem item;
        item.indicator = i.id;
        item.reason = Reason{QStringLiteral("indicator_not_applicable"), {}};
        item.indicatorNotApplicable = i.notApplicable;
        QCOMPARE(ScoreText::reason(item, TextLanguage::Chinese), QStringLiteral("“三公经费”控制率不适用（“三公经费”预算为0），待人工评分"));
        // A person's own reason is theirs, in any language.
        item.givenReason = QStringLiteral("资料不全");
        QCOMPARE(ScoreText::reason(item), QStringLiteral("资料不全"));
    }

    // The tables word only codes the core gives, each once.
    void everyWordingHasItsCode()
    {
        QSet<QString> seen;
        for (const IndicatorText::Wording &w : IndicatorText::notApplicableWordings()) {
            QVERIFY2(!seen.contains(QLatin1String(w.code)), w.code);
            seen.insert(QLatin1String(w.code));
            QVERIFY2(IndicatorCalculator::notApplicableCodes().contains(QLatin1String(w.code)), w.code);
        }
        QCOMPARE(seen.size(), IndicatorCalculator::notApplicableCodes().size());
        seen.clear();
        for (const ScoreText::Wording &w : ScoreText::wordings()) {
            QVERIFY2(!seen.contains(QLatin1String(w.code)), w.code);
            seen.insert(QLatin1String(w.code));
            QVERIFY2(ScoringEngine::reasonCodes().contains(QLatin1String(w.code)), w.code);
        }
        QCOMPARE(seen.size(), ScoringEngine::reasonCodes().size());
    }
};

QTEST_MAIN(TestReasonText)
#include "tst_reasontext.moc"
