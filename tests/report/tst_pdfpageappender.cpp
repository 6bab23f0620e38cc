// PdfPageAppender: two PDFs of QPdfWriter joined into one, read back with Qt Pdf (pdfium):
// every page in order with its text, the first file's metadata, distinct font subsets; and
// what it cannot join is refused with a reason.
#include "PdfMetadata.h"
#include "PdfPageAppender.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// A PDF with one page per text, in a CJK face (so that a font subset is embedded).
QByteArray pdfOf(const QStringList &pages, const QString &title = QString())
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter painter(&writer);
    QFont font;
    font.setFamilies({QStringLiteral("LXGW WenKai"), QStringLiteral("AR PL UMing CN")});
    font.setPointSize(14);
    painter.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(500, 1000), pages[i]);
    }
    painter.end();
    return bytes;
}

struct ReadBack
{
    int pages = -1;
    QStringList text;
    QString title;
};

ReadBack readBack(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    ReadBack r;
    if (doc.status() != QPdfDocument::Status::Ready)
        return r;
    r.pages = doc.pageCount();
    for (int i = 0; i < r.pages; ++i)
        r.text.append(doc.getAllText(i).text().trimmed());
    r.title = doc.metaData(QPdfDocument::MetaDataField::Title).toString();
    return r;
}

} // namespace

class TestPdfPageAppender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsThePagesInOrder()
    {
        const QByteArray first = pdfOf({QStringLiteral("第一页 基本支出623.09万元"), QStringLiteral("第二页")}, QStringLiteral("自评报告"));
        const QByteArray second = pdfOf({QStringLiteral("第三页 项目支出1239.52万元"), QStringLiteral("第四页"), QStringLiteral("第五页")});
        QString error;
        const QByteArray joined = PdfPageAppender::append(first, second, &error);
        QVERIFY2(!joined.isEmpty(), qPrintable(error));
        const ReadBack r = readBack(joined);
        QCOMPARE(r.pages, 5);
        QCOMPARE(r.text, (QStringList{QStringLiteral("第一页 基本支出623.09万元"), QStringLiteral("第二页"),
                                      QStringLiteral("第三页 项目支出1239.52万元"), QStringLiteral("第四页"),
                                      QStringLiteral("第五页")}));
        QCOMPARE(r.title, QStringLiteral("自评报告")); // the first file's information
        // The document can still be updated as PdfMetadata does to every export.
        QByteArray updated = joined;
        PdfMetadata meta;
        meta.author = QStringLiteral("湘潭市行政审批服务局");
        QVERIFY(meta.appendInfo(updated));
        QCOMPARE(readBack(updated).pages, 5);
    }

    void fontSubsetsKeepTheirOwnNames()
    {
        QString error;
        const QByteArray joined = PdfPageAppender::append(pdfOf({QStringLiteral("预算")}), pdfOf({QStringLiteral("决算")}), &error);
        QVERIFY2(!joined.isEmpty(), qPrintable(error));
        static const QRegularExpression fontName(QStringLiteral("/FontName /([A-Z]{6})\\+"));
        QStringList tags;
        for (auto it = fontName.globalMatch(QString::fromLatin1(joined)); it.hasNext();)
            tags.append(it.next().captured(1));
        QCOMPARE(tags.size(), 2); // one subset from each file
        QVERIFY2(tags[0] != tags[1], qPrintable(tags.join(QLatin1Char(' '))));
    }

    void refusesWhatItCannotJoin_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<QString>("reason");
        const QByteArray good = pdfOf({QStringLiteral("一")});
        QByteArray updated = good;
        PdfMetadata meta;
        meta.author = QStringLiteral("部门");
        meta.appendInfo(updated);
        QByteArray brokenTable = good;
        brokenTable.replace("xref\n0 ", "xref\n5 ");
        QTest::newRow("not a PDF") << QByteArray("hello") << good << "first PDF: not a PDF";
        QTest::newRow("second not a PDF") << good << QByteArray("%PDF-1.4\n") << "second PDF: not a PDF";
        QTest::newRow("updated file") << updated << good << "first PDF: an updated or encrypted file";
        QTest::newRow("odd table") << good << brokenTable << "second PDF: an unexpected cross-reference table";
        QTest::newRow("cut short") << good << good.left(good.size() / 2) << "second PDF: no startxref";
    }
    void refusesWhatItCannotJoin()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(PdfPageAppender::append(first, second, &error).isEmpty());
        QCOMPARE(error, reason);
    }
};

QTEST_MAIN(TestPdfPageAppender)
#include "tst_pdfpageappender.moc"
