#include "FindingCatalog.h"
#include "FindingText.h"
#include "Language.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

// The wording of the findings (FindingText): every code of the catalog and each of its forms
// has a sentence, in Chinese and in English, that quotes all of the finding's values; the
// table words no code the catalog does not know. The report's Chinese does not depend on the
// program's language.
namespace {

const QRegularExpression &hanzi()
{
    static const QRegularExpression re(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
    return re;
}

// A finding of `kind` in `form` whose values are recognisable numbers: 901, 902, … (and a
// field whose name the sentence may quote).
Finding sample(const FindingCatalog::Kind &kind, const QString &form)
{
    Finding f;
    f.code = kind.code;
    f.severity = kind.severity;
    f.form = form;
    f.fields = kind.fields.isEmpty() ? QStringList{QStringLiteral("execution.spent.basic")} : kind.fields;
    for (int i = 0; i < 7; ++i)
        f.args.append(QString::number(901 + i));
    return f;
}

struct Case
{
    Finding finding;
    QString name;
};

QList<Case> everyCodeAndForm()
{
    QList<Case> out;
    for (const FindingCatalog::Kind &k : FindingCatalog::all()) {
        for (const QString &form : QStringList{QString()} + k.forms)
            out.append({sample(k, form), form.isEmpty() ? k.code : k.code + QLatin1Char('/') + form});
    }
    return out;
}

// How many values of the finding a sentence quotes: %1… in its source text, less the field's name.
int quotedValues(const Finding &f)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+)"));
    for (const FindingText::Wording &w : FindingText::wordings()) {
        if (f.code != QLatin1String(w.code) || f.form != QLatin1String(w.form))
            continue;
        QSet<int> numbers;
        for (const QRegularExpressionMatch &m : placeholder.globalMatch(QString::fromUtf8(w.source)))
            numbers.insert(m.captured(1).toInt());
        return int(numbers.size()) - (w.fieldLabel ? 1 : 0);
    }
    return -1;
}

} // namespace

class TestFindingText : public QObject
{
    Q_OBJECT

private:
    QTranslator m_english;

    void renderEveryCode(TextLanguage language, bool english)
    {
        for (const Case &c : everyCodeAndForm()) {
            const QString text = FindingText::message(c.finding, language);
            QVERIFY2(text != c.finding.code, qPrintable(QStringLiteral("no wording for ") + c.name));
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(c.name + QStringLiteral(": ") + text));
            // Every value the sentence quotes is in it (balance_mismatch's main form leaves
            // out %4, the amount returned: none was).
            const int quoted = quotedValues(c.finding);
            QVERIFY2(quoted >= 0, qPrintable(c.name));
            int present = 0;
            for (const QString &value : c.finding.args)
                present += text.contains(value) ? 1 : 0;
            QVERIFY2(present == quoted, qPrintable(QStringLiteral("%1: %2 of %3 values in: %4").arg(c.name).arg(present).arg(quoted).arg(text)));
            QVERIFY2(text.contains(hanzi()) != english, qPrintable(c.name + QStringLiteral(": ") + text));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/jixiao_en.qm")));
    }

    void cleanup() { QCoreApplication::removeTranslator(&m_english); }

    void everyCodeIsWordedInChinese() { renderEveryCode(TextLanguage::Program, false); }

    void everyCodeIsWordedInEnglish()
    {
        QCoreApplication::installTranslator(&m_english);
        renderEveryCode(TextLanguage::Program, true);
    }

    // The report words its findings in Chinese whatever the program's language is.
    void chineseWhateverTheProgramSpeaks()
    {
        QCoreApplication::installTranslator(&m_english);
        renderEveryCode(TextLanguage::Chinese, false);
        Finding negative = FindingCatalog::make("negative_amount", {QStringLiteral("-1.00")}, {QStringLiteral("execution.recovered")});
        QCOMPARE(FindingText::message(negative, TextLanguage::Chinese),
                 QStringLiteral("财政收回/上缴为负数（-1.00万元）：除年中预算调整和年末结转外，金额不能为负。"));
        QCOMPARE(FindingText::message(negative),
                 QStringLiteral("Returned to the treasury is negative (-1.00, in 10k yuan): apart from mid-year budget "
                                "adjustments and the year-end carry-over, amounts cannot be negative."));
    }

    // The table words only codes and forms of the catalog, each once.
    void everyWordingHasItsCode()
    {
        QSet<QString> seen;
        for (const FindingText::Wording &w : FindingText::wordings()) {
            const QString key = QLatin1String(w.code) + QLatin1Char('/') + QLatin1String(w.form);
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("worded twice: ") + key));
            seen.insert(key);
            const FindingCatalog::Kind *kind = FindingCatalog::find(QLatin1String(w.code));
            QVERIFY2(kind, w.code);
            QVERIFY2(*w.form == 0 || kind->forms.contains(QLatin1String(w.form)), qPrintable(key));
        }
        QCOMPARE(seen.size(), everyCodeAndForm().size());
    }

    // Values are quoted as they are: a row named "调整%2" is not filled in again, and an
    // unnamed row is worded as such.
    void valuesAreQuotedAsGiven()
    {
        const Finding named = FindingCatalog::make("adjustment_without_reason", {QStringLiteral("3"), QStringLiteral("调整%2%1")},
                                                   {QStringLiteral("budget.adjustments[2].reason")});
        QCOMPARE(FindingText::message(named), QStringLiteral("第3项年中预算调整“调整%2%1”没有写明调整原因。"));
        const Finding unnamed = FindingCatalog::make("adjustment_without_reason", {QStringLiteral("1"), QString()},
                                                     {QStringLiteral("budget.adjustments[0].reason")}, "excluded");
        QCOMPARE(FindingText::message(unnamed), QStringLiteral("第1项年中预算调整“（未命名）”列为除外调整，但没有写明除外的依据。"));
        QCoreApplication::installTranslator(&m_english);
        QCOMPARE(FindingText::message(unnamed),
                 QStringLiteral("Mid-year budget adjustment 1, “(unnamed)”, is marked as excluded but gives no basis for excluding it."));
    }
};

QTEST_GUILESS_MAIN(TestFindingText)
#include "tst_findingtext.moc"
