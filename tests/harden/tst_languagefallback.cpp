#include "Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTest>

// A translation that is missing or broken leaves the program in Chinese (the source
// language) with a clear reason; a good one switches it (issue 7).
class TestLanguageFallback : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    // A small complete translation built from tests/data/i18n/probe_en.ts (lrelease).
    static QByteArray englishQm()
    {
        QFile file(QStringLiteral(JIXIAO_PROBE_QM));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing %s", JIXIAO_PROBE_QM);
        return file.readAll();
    }

    // A string whose English translation exists (the language problem message itself).
    static QString probe()
    {
        return QCoreApplication::translate("Language", "不支持的语言“%1”：可用 zh_CN 或 en");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        // Back to Chinese between cases: every translator goes with a fresh install.
        for (QObject *child : QCoreApplication::instance()->children()) {
            if (auto *t = qobject_cast<QTranslator *>(child)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
    }

    void brokenTranslations_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("create");
        const QByteArray qm = englishQm();
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("garbage") << QByteArray("this is not a translation file\n").repeated(50) << true;
        QTest::newRow("magic only") << qm.left(16) << true;
        QTest::newRow("zeros") << QByteArray(4096, '\0') << true;
        QTest::newRow("a PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << true;
    }

    void brokenTranslations()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, create);
        const QString file = create ? write(QStringLiteral("broken.qm"), bytes) : m_dir.filePath(QStringLiteral("missing.qm"));
        QString problem;
        QVERIFY(!Language::installFile(QCoreApplication::instance(), QStringLiteral("en"), file, &problem));
        QVERIFY2(problem.contains(QStringLiteral("将以中文显示")), qPrintable(problem));
        QCOMPARE(Language::current(), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QCOMPARE(probe(), QStringLiteral("不支持的语言“%1”：可用 zh_CN 或 en")); // still Chinese
    }

    // Cut anywhere, the real file either loads (what is left of it) or is refused; it never
    // crashes the program, and a refusal leaves it in Chinese.
    void truncatedTranslation()
    {
        const QByteArray qm = englishQm();
        QVERIFY(qm.size() > 100);
        for (qsizetype cut = 1; cut < qm.size(); cut += 7) {
            const QString file = write(QStringLiteral("cut-%1.qm").arg(cut), qm.left(cut));
            QString problem;
            if (!Language::installFile(QCoreApplication::instance(), QStringLiteral("en"), file, &problem)) {
                QVERIFY(!problem.isEmpty());
                QCOMPARE(Language::current(), QStringLiteral("zh_CN"));
            }
            (void)probe();
            cleanup();
        }
    }

    void goodTranslationSwitches()
    {
        const QString file = write(QStringLiteral("en.qm"), englishQm());
        QString problem;
        QVERIFY2(Language::installFile(QCoreApplication::instance(), QStringLiteral("en"), file, &problem), qPrintable(problem));
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QCOMPARE(probe(), QStringLiteral("Unsupported language “%1”: use zh_CN or en"));
    }

    void unknownLanguageIsRefused()
    {
        QString problem;
        QVERIFY(!Language::install(QCoreApplication::instance(), QStringLiteral("xx_YY"), &problem));
        QVERIFY(problem.contains(QStringLiteral("xx_YY")));
    }
};

QTEST_GUILESS_MAIN(TestLanguageFallback)
#include "tst_languagefallback.moc"
