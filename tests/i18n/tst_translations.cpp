#include "Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The translation files (issue 3): complete, consistent with their sources, embedded, and
// up to date with the code. Chinese is the source language: jixiao_zh_CN.ts translates
// every string to itself, jixiao_en.ts into English.
namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool finished() const { return type.isEmpty(); }
    QString key() const { return context + QChar(0x1F) + source + QChar(0x1F) + comment; }
    QString where() const { return context + QStringLiteral(" / ") + source; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations.append(xml.readElementText()); // <numerusform>
            } else {
                m.translations.append(xml.readElementText());
            }
            ts.messages.append(m); // <translation> is the last part of a message that matters
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(JIXIAO_SOURCE_DIR "/translations/jixiao_%1.ts").arg(language);
}

// %1…%9 (and %n in plural forms) that QString::arg / tr fill in.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9n]"));
    QSet<QString> out;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        out.insert(m.captured().remove(QLatin1Char('L')));
    return out;
}

// A mnemonic: "&X" with X not "&" (an escaped ampersand) and not a space.
int mnemonicCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            ++count;
    }
    return count;
}

// Strings the English translation keeps in Chinese on purpose: data the program writes into
// a report, not words of its interface.
QSet<QString> keptInChinese()
{
    return {
        QStringLiteral("MainWindow/部门整体支出预算绩效自评报告"),       // a new report's title
        QStringLiteral("WorkspaceBrowser/部门整体支出预算绩效自评报告"),
        QStringLiteral("ReportWriter/%1（副本）"), // a copy's department: the access rules match "（副本"
        QStringLiteral("ReportWriter/%1（副本%2）"),
    };
}

void removeTranslators()
{
    for (QObject *child : QCoreApplication::instance()->children()) {
        if (auto *t = qobject_cast<QTranslator *>(child)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    TsFile m_en;
    TsFile m_zh;

private Q_SLOTS:
    void initTestCase()
    {
        m_en = readTs(tsPath(QStringLiteral("en")));
        m_zh = readTs(tsPath(QStringLiteral("zh_CN")));
        QVERIFY2(m_en.error.isEmpty(), qPrintable(m_en.error));
        QVERIFY2(m_zh.error.isEmpty(), qPrintable(m_zh.error));
        QCOMPARE(m_en.language, QStringLiteral("en"));
        QCOMPARE(m_zh.language, QStringLiteral("zh_CN"));
        QVERIFY(m_en.messages.size() > 500);
    }

    void cleanup() { removeTranslators(); }

    // (a) Nothing unfinished, vanished or empty, in either file; both hold the same strings.
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void complete()
    {
        QFETCH(QString, language);
        const TsFile &ts = language == QLatin1String("en") ? m_en : m_zh;
        QStringList bad;
        for (const Message &m : ts.messages) {
            const int forms = m.numerus ? (language == QLatin1String("en") ? 2 : 1) : 1;
            bool empty = m.translations.size() != forms;
            for (const QString &t : m.translations)
                empty = empty || t.trimmed().isEmpty();
            if (!m.finished() || empty)
                bad.append(QStringLiteral("%1 [%2]").arg(m.where(), m.finished() ? QStringLiteral("empty") : m.type));
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 entries not translated:\n").arg(bad.size()) + bad.join(QLatin1Char('\n'))));
    }

    void sameStringsInBothFiles()
    {
        QSet<QString> en, zh;
        for (const Message &m : std::as_const(m_en.messages))
            en.insert(m.key());
        for (const Message &m : std::as_const(m_zh.messages))
            zh.insert(m.key());
        QCOMPARE(en.size(), m_en.messages.size()); // no duplicates
        QVERIFY2(en == zh, "jixiao_en.ts and jixiao_zh_CN.ts hold different strings: run update_translations");
    }

    void chineseTranslatesToItself()
    {
        QStringList bad;
        for (const Message &m : std::as_const(m_zh.messages)) {
            for (const QString &t : m.translations) {
                if (t != m.source)
                    bad.append(m.where());
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("run translations/complete_zh_CN.py:\n") + bad.join(QLatin1Char('\n'))));
    }

    // (b) Every English translation keeps its source's placeholders and mnemonic, and is
    // English: no full-width punctuation, and Chinese only where the source quotes it (an
    // example department name) or where the translation keeps the source as it is (data the
    // program writes into a report: a new report's title, a copy's department name).
    void englishMatchesSource()
    {
        // Runs of Chinese characters and full-width punctuation.
        static const QRegularExpression chinese(QStringLiteral("[\\x{3000}-\\x{303F}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]+"));
        static const QRegularExpression hanzi(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
        QStringList bad;
        for (const Message &m : std::as_const(m_en.messages)) {
            QSet<QString> expected = placeholders(m.source);
            for (qsizetype form = 0; form < m.translations.size(); ++form) {
                const QString &t = m.translations[form];
                if (t == m.source) {
                    if (m.source.contains(hanzi) && !keptInChinese().contains(m.context + QLatin1Char('/') + m.source))
                        bad.append(QStringLiteral("not translated: %1").arg(m.where()));
                    continue;
                }
                QSet<QString> got = placeholders(t);
                // The singular form may spell out "one" instead of %n.
                if (m.numerus && form == 0 && !got.contains(QStringLiteral("%n")))
                    got.insert(QStringLiteral("%n"));
                if (got != expected)
                    bad.append(QStringLiteral("placeholders: %1 → %2").arg(m.where(), t));
                if (mnemonicCount(m.source) > 0 && mnemonicCount(t) != 1)
                    bad.append(QStringLiteral("mnemonic: %1 → %2").arg(m.where(), t));
                for (const QRegularExpressionMatch &run : chinese.globalMatch(t)) {
                    if (!run.captured().contains(hanzi))
                        bad.append(QStringLiteral("full-width punctuation: %1 → %2").arg(m.where(), t));
                    else if (!m.source.contains(run.captured()))
                        bad.append(QStringLiteral("Chinese left: %1 → %2").arg(m.where(), t));
                }
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    // (c) The embedded translations load and translate.
    void embeddedEnglish_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("english");
        QTest::newRow("indicator") << "IndicatorCatalog" << "预算调整率" << "Budget adjustment rate";
        QTest::newRow("indicator 2") << "IndicatorCatalog" << "结转结余率" << "Carry-over rate";
        QTest::newRow("status") << "ReportStatus" << "草稿" << "Draft";
        QTest::newRow("menu") << "MainWindow" << "文件(&F)" << "&File";
        QTest::newRow("unit") << "NumberField" << "万元" << "10k yuan";
    }

    void embeddedEnglish()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, english);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/jixiao_en.qm")));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), english);
    }

    void languageInstallsEnglish()
    {
        QString problem;
        QVERIFY2(Language::install(QCoreApplication::instance(), QStringLiteral("en"), &problem), qPrintable(problem));
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("IndicatorCatalog", "预算调整率"), QStringLiteral("Budget adjustment rate"));
        // Plural forms: the workflow's "still has errors" message.
        const char *errors = "报告还有 %n 处错误，改正后才能提交。";
        QCOMPARE(QCoreApplication::translate("ReportWorkflow", errors, nullptr, 1),
                 QStringLiteral("The report still has 1 error; correct it before submitting."));
        QCOMPARE(QCoreApplication::translate("ReportWorkflow", errors, nullptr, 3),
                 QStringLiteral("The report still has 3 errors; correct them before submitting."));
    }

    // Chinese: our strings stay as written, and Qt's own (dialog buttons, file dialogs) are
    // translated by Qt's qtbase_zh_CN.qm; in English Qt's own strings are its source text.
    void languageInstallsChinese()
    {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(qtDir + QStringLiteral("/qtbase_zh_CN.qm")))
            QFAIL(qPrintable(QStringLiteral("qtbase_zh_CN.qm is missing in %1: install qt6-translations-l10n").arg(qtDir)));
        QString problem;
        QVERIFY2(Language::install(QCoreApplication::instance(), QStringLiteral("zh_CN"), &problem), qPrintable(problem));
        QCOMPARE(QCoreApplication::translate("IndicatorCatalog", "预算调整率"), QStringLiteral("预算调整率"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"), QStringLiteral("文件名称(&N)："));
    }

    // The command line in English: the program's own words are English (the report's
    // department, adjustment items and the scoring scheme's item names are data: Chinese).
    void commandLineInEnglish()
    {
        QProcess jixiao;
        jixiao.start(QStringLiteral(JIXIAO_BINARY),
                     {QStringLiteral("check"), QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"),
                      QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(jixiao.waitForFinished(60000), qPrintable(jixiao.errorString()));
        QCOMPARE(jixiao.exitCode(), 0);
        const QString out = QString::fromUtf8(jixiao.readAllStandardOutput());
        for (const char *english : {"Performance indicators:", "Budget adjustment rate: ", "Fund balance: ",
                                    "Check results: errors 0", "Self-evaluation score: "})
            QVERIFY2(out.contains(QLatin1String(english)), english);
        for (const char *chinese : {"绩效指标：", "检查结果：", "自评得分：", "待评", "万元", "：", "，"})
            QVERIFY2(!out.contains(QString::fromUtf8(chinese)), chinese);
    }

    // (d) Up to date: every string lupdate finds in the code is translated in jixiao_en.ts.
    void upToDateWithTheCode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scanned = dir.filePath(QStringLiteral("scan_en.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(JIXIAO_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-source-language"), QStringLiteral("zh_CN"), QStringLiteral("-target-language"),
                       QStringLiteral("en"), QStringLiteral(JIXIAO_SOURCE_DIR "/app"), QStringLiteral(JIXIAO_SOURCE_DIR "/ui"),
                       QStringLiteral("-ts"), scanned});
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());
        const TsFile code = readTs(scanned);
        QVERIFY2(code.error.isEmpty(), qPrintable(code.error));
        QVERIFY(code.messages.size() > 500);

        QHash<QString, const Message *> english;
        for (const Message &m : std::as_const(m_en.messages))
            english.insert(m.key(), &m);
        QStringList missing;
        for (const Message &m : code.messages) {
            const Message *e = english.value(m.key());
            if (!e || !e->finished())
                missing.append(m.where());
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings of the code are not in jixiao_en.ts (run the update_translations "
                                           "target and translate them):\n").arg(missing.size())
                            + missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
