#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

// Replays inputs through a fuzz target's own checks (tests/fuzz/<target>.cpp is compiled in),
// in the normal suite and without libFuzzer: every crash the fuzzers found stays fixed
// (tests/data/fuzz-reproducers/<target>/), and the seed corpus passes too. A failed check
// aborts the test with the property that broke; the sanitizer build adds ASan and UBSan.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList roots = QStringLiteral(JIXIAO_FUZZ_INPUTS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        int count = 0;
        for (const QString &root : roots) {
            if (QFileInfo(root).isFile()) {
                QTest::newRow(qPrintable(QFileInfo(root).fileName())) << root;
                ++count;
                continue;
            }
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file.endsWith(QLatin1String(".md")))
                    continue;
                QTest::newRow(qPrintable(QDir(root).relativeFilePath(file))) << file;
                ++count;
            }
        }
        if (count == 0)
            qFatal("no inputs found in %s", JIXIAO_FUZZ_INPUTS);
    }

    void replay()
    {
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = in.readAll();
        // A copy of exactly the file's size, as libFuzzer passes it: ASan sees any overread.
        std::unique_ptr<uint8_t[]> data(new uint8_t[size_t(bytes.size())]);
        memcpy(data.get(), bytes.constData(), size_t(bytes.size()));
        QCOMPARE(LLVMFuzzerTestOneInput(data.get(), size_t(bytes.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
