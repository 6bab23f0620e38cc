#include "CmapTable.h"

#include <QFont>
#include <QFontDatabase>
#include <QRawFont>
#include <QTest>

// The cmap reader agrees with the font engine on every character it is asked about, for
// the faces the document chooses from (setup.sh installs them), and survives damaged tables.
class TestCmapTable : public QObject
{
    Q_OBJECT

    static QRawFont raw(const QString &family)
    {
        QFont font;
        font.setFamilies({family});
        font.setPixelSize(32);
        return QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    }

private Q_SLOTS:
    void agreesWithTheFontEngine_data()
    {
        QTest::addColumn<QString>("family");
        const QStringList installed = QFontDatabase::families();
        for (const char *family : {"LXGW WenKai", "AR PL UMing CN", "AR PL UKai CN", "WenQuanYi Zen Hei", "Noto Sans CJK SC",
                                   "Noto Serif CJK SC", "DejaVu Sans"}) {
            if (installed.contains(QString::fromUtf8(family)))
                QTest::newRow(family) << QString::fromUtf8(family);
        }
        if (!installed.contains(QStringLiteral("LXGW WenKai")))
            QSKIP("the faces of setup.sh are not installed");
    }
    void agreesWithTheFontEngine()
    {
        QFETCH(QString, family);
        const QRawFont font = raw(family);
        QVERIFY(font.isValid());
        const CmapTable cmap(font.fontTable("cmap"));
        QVERIFY(cmap.isValid());
        for (const auto &[first, last] : {std::pair<char32_t, char32_t>{0x20, 0x7E}, {0x2E80, 0x2FDF}, {0x3000, 0x303F},
                                          {0x4E00, 0x9FFF}, {0xFF01, 0xFF5E}}) {
            QString text;
            for (char32_t c = first; c <= last; ++c)
                text += QChar(char16_t(c));
            const QList<quint32> engine = font.glyphIndexesForString(text);
            QList<quint32> read(int(last - first + 1), 0);
            char32_t previous = 0;
            bool ordered = true;
            cmap.forEach(first, last, [&](char32_t c, quint32 glyph) {
                ordered = ordered && c >= previous;
                previous = c;
                read[int(c - first)] = glyph;
            });
            QVERIFY(ordered);
            for (int i = 0; i < read.size(); ++i)
                QVERIFY2(read[i] == engine[i], qPrintable(QStringLiteral("U+%1: %2 / %3").arg(uint(first) + i, 4, 16).arg(read[i]).arg(engine[i])));
        }
    }

    void damagedTablesAreRefusedOrReadSafely()
    {
        const QByteArray good = raw(QFontDatabase::families().contains(QStringLiteral("LXGW WenKai")) ? QStringLiteral("LXGW WenKai")
                                                                                                      : QFontDatabase::families().value(0))
                                    .fontTable("cmap");
        QVERIFY(!CmapTable(QByteArray()).isValid());
        QVERIFY(!CmapTable(QByteArray(3, '\xff')).isValid());
        // Every truncation and a garbled copy: no crash, no code point outside the range.
        for (qsizetype size : {qsizetype(4), qsizetype(12), qsizetype(20), good.size() / 2, good.size() - 1}) {
            const CmapTable cut(good.left(size));
            cut.forEach(0x4E00, 0x4FFF, [](char32_t c, quint32) { QVERIFY(c >= 0x4E00 && c <= 0x4FFF); });
        }
        QByteArray garbled = good;
        for (qsizetype i = 0; i < garbled.size(); i += 7)
            garbled[i] = char(0xFF);
        CmapTable(garbled).forEach(0x4E00, 0x4FFF, [](char32_t c, quint32) { QVERIFY(c >= 0x4E00 && c <= 0x4FFF); });
    }
};

QTEST_MAIN(TestCmapTable)
#include "tst_cmaptable.moc"
