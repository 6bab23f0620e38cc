#include "ReportFonts.h"

#include <QFontDatabase>
#include <QTest>

// The faces of the document: installed ones, covering simplified Chinese, never one that
// breaks the PDF's text layer. Needs the fonts ./setup.sh installs.
class TestReportFonts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choosesUsableFaces()
    {
        const ReportFonts &fonts = ReportFonts::installed();
        QVERIFY2(fonts.isUsable(), qPrintable(fonts.problem()));
        const QStringList installed = QFontDatabase::families();
        for (ReportFonts::Role role : {ReportFonts::Role::Body, ReportFonts::Role::Hei, ReportFonts::Role::Kai, ReportFonts::Role::Title}) {
            const QString family = fonts.family(role);
            QVERIFY2(installed.contains(family), qPrintable(family));
            QVERIFY2(ReportFonts::coversSimplifiedChinese(family), qPrintable(family));
            QVERIFY2(ReportFonts::extractsExactly(family), qPrintable(family));
            // Fallbacks are usable faces too, never the refused ones.
            for (const QString &fallback : fonts.families(role))
                QVERIFY2(ReportFonts::extractsExactly(fallback), qPrintable(fallback));
        }
        QVERIFY(fonts.description().contains(fonts.family(ReportFonts::Role::Body)));
    }

    // Debian's faces (setup.sh): LXGW WenKai stands in for 仿宋, WenQuanYi Zen Hei for 黑体,
    // AR PL UKai CN for 楷体, a bold AR PL UMing CN for 小标宋 — unless a real one is installed.
    void prefersTheDebianSubstitutesInOrder()
    {
        const ReportFonts &fonts = ReportFonts::installed();
        const QStringList installed = QFontDatabase::families();
        if (installed.contains(QStringLiteral("仿宋_GB2312")) || installed.contains(QStringLiteral("FangSong")))
            QSKIP("a real FangSong face is installed");
        QCOMPARE(fonts.family(ReportFonts::Role::Body), QStringLiteral("LXGW WenKai"));
        QCOMPARE(fonts.family(ReportFonts::Role::Hei), QStringLiteral("WenQuanYi Zen Hei"));
        QCOMPARE(fonts.family(ReportFonts::Role::Kai), QStringLiteral("AR PL UKai CN"));
        QCOMPARE(fonts.family(ReportFonts::Role::Title), QStringLiteral("AR PL UMing CN"));
        QVERIFY(fonts.isBold(ReportFonts::Role::Title));
    }

    // Noto CJK maps Kangxi radicals onto ordinary ideographs' glyphs: Qt's PDF writer would
    // extract ⼀ for 一.
    void refusesFacesThatBreakTheTextLayer()
    {
        if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
            QSKIP("Noto Sans CJK SC is not installed");
        QVERIFY(ReportFonts::coversSimplifiedChinese(QStringLiteral("Noto Sans CJK SC")));
        QVERIFY(!ReportFonts::extractsExactly(QStringLiteral("Noto Sans CJK SC")));
        QVERIFY(!ReportFonts::installed().families(ReportFonts::Role::Body).contains(QStringLiteral("Noto Sans CJK SC")));
    }

    // The families refused by name would fail the real test: for every installed face of
    // theirs that covers simplified Chinese, the text layer would not be exact.
    void facesRefusedByNameFailTheTest()
    {
        int tested = 0;
        for (const QString &family : QFontDatabase::families()) {
            if (!ReportFonts::knownToBreakTheTextLayer(family) || !ReportFonts::coversSimplifiedChinese(family))
                continue;
            QVERIFY2(!ReportFonts::extractsExactly(family), qPrintable(family));
            ++tested;
        }
        if (tested == 0)
            QSKIP("no Noto CJK or Source Han face is installed");
        QVERIFY(!ReportFonts::knownToBreakTheTextLayer(QStringLiteral("LXGW WenKai")));
        QVERIFY(!ReportFonts::knownToBreakTheTextLayer(QStringLiteral("Noto Sans")));
    }

    void refusesFacesWithoutSimplifiedChinese()
    {
        QVERIFY(!ReportFonts::coversSimplifiedChinese(QStringLiteral("No Such Face 12345")));
        if (QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")))
            QVERIFY(!ReportFonts::coversSimplifiedChinese(QStringLiteral("DejaVu Sans")));
    }
};

QTEST_MAIN(TestReportFonts)
#include "tst_reportfonts.moc"
