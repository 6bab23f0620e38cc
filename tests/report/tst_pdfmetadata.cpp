#include "PdfMetadata.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTest>

// Author and subject, which Qt 6.4's QPdfWriter cannot set, put into the Info dictionary with
// libqpdf; the pages stay as Qt wrote them.
class TestPdfMetadata : public QObject
{
    Q_OBJECT

    static QByteArray smallPdf(const PdfMetadata &meta)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(meta.title);
        writer.setCreator(meta.creator);
        writer.setDocumentXmpMetadata(meta.xmp());
        QPainter painter(&writer);
        QFont font;
        font.setFamilies({QStringLiteral("LXGW WenKai"), QStringLiteral("AR PL UMing CN")});
        font.setPointSize(14);
        painter.setFont(font);
        painter.drawText(QPointF(500, 1000), QStringLiteral("基本支出623.09万元"));
        painter.end();
        return bytes;
    }
    struct Page
    {
        int count = -1;
        QString text;
        QImage image;
    };
    static Page firstPage(const QByteArray &pdf)
    {
        QBuffer buffer;
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument doc;
        doc.load(&buffer);
        Page page;
        if (doc.status() != QPdfDocument::Status::Ready)
            return page;
        page.count = doc.pageCount();
        page.text = doc.getAllText(0).text();
        page.image = doc.render(0, QSize(300, 424));
        return page;
    }
    static QVariant field(const QByteArray &pdf, QPdfDocument::MetaDataField f)
    {
        QBuffer buffer;
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument doc;
        doc.load(&buffer);
        return doc.status() == QPdfDocument::Status::Ready ? doc.metaData(f) : QVariant();
    }

private Q_SLOTS:
    void setsTheInfoKeepingThePages()
    {
        PdfMetadata meta{QStringLiteral("湘潭市行政审批服务局2023年度报告"), QStringLiteral("湘潭市行政审批服务局"),
                         QStringLiteral("2023年度部门整体支出预算绩效自评"), QStringLiteral("Jixiao")};
        const QByteArray original = smallPdf(meta);
        QCOMPARE(field(original, QPdfDocument::MetaDataField::Author).toString(), QString()); // Qt cannot
        QByteArray updated = original;
        QVERIFY(meta.setInfo(updated));
        QCOMPARE(field(updated, QPdfDocument::MetaDataField::Author).toString(), meta.author);
        QCOMPARE(field(updated, QPdfDocument::MetaDataField::Subject).toString(), meta.subject);
        QCOMPARE(field(updated, QPdfDocument::MetaDataField::Title).toString(), meta.title);
        QCOMPARE(field(updated, QPdfDocument::MetaDataField::Creator).toString(), meta.creator);
        QVERIFY(field(updated, QPdfDocument::MetaDataField::Producer).toString().startsWith(QLatin1String("Qt "))); // Qt's, kept

        const Page before = firstPage(original);
        const Page after = firstPage(updated);
        QCOMPARE(after.count, 1);
        QCOMPARE(after.text, QStringLiteral("基本支出623.09万元"));
        QCOMPARE(after.text, before.text);
        QVERIFY(!after.image.isNull());
        QCOMPARE(after.image, before.image);
    }

    void keepsCharactersBeyondTheBasicPlane()
    {
        PdfMetadata meta{QStringLiteral("t"), QStringLiteral("𠀀部门（扩展B）"), QStringLiteral("a(b)c\\d"), QStringLiteral("c")};
        QByteArray pdf = smallPdf(meta);
        QVERIFY(meta.setInfo(pdf));
        QCOMPARE(field(pdf, QPdfDocument::MetaDataField::Author).toString(), meta.author);
        QCOMPARE(field(pdf, QPdfDocument::MetaDataField::Subject).toString(), meta.subject);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        const PdfMetadata meta{QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("s"), QStringLiteral("c")};
        const QByteArray good = smallPdf(meta);
        QTest::newRow("not a PDF") << QByteArray("hello");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut short") << good.left(good.size() / 2);
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, pdf);
        const PdfMetadata meta{QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("s"), QStringLiteral("c")};
        const QByteArray before = pdf;
        QVERIFY(!meta.setInfo(pdf));
        QCOMPARE(pdf, before);
    }

    void xmpEscapesText()
    {
        const PdfMetadata meta{QStringLiteral("a<b>&\"c\""), QStringLiteral("部门"), QStringLiteral("s"), QStringLiteral("c")};
        const QByteArray xmp = meta.xmp();
        QVERIFY(xmp.contains("a&lt;b&gt;&amp;&quot;c&quot;"));
        QVERIFY(xmp.contains(QStringLiteral("<rdf:li>部门</rdf:li>").toUtf8()));
    }
};

QTEST_MAIN(TestPdfMetadata)
#include "tst_pdfmetadata.moc"
