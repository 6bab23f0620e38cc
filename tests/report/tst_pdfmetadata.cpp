#include "PdfMetadata.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTest>

// Author and subject, which Qt 6.4's QPdfWriter cannot set, added by an incremental update.
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
        painter.drawText(QPointF(100, 100), QStringLiteral("x"));
        painter.end();
        return bytes;
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
    void addsAuthorAndSubjectKeepingQtsBytes()
    {
        PdfMetadata meta{QStringLiteral("湘潭市行政审批服务局2023年度报告"), QStringLiteral("湘潭市行政审批服务局"),
                         QStringLiteral("2023年度部门整体支出预算绩效自评"), QStringLiteral("Jixiao")};
        const QByteArray original = smallPdf(meta);
        QByteArray updated = original;
        QVERIFY(meta.appendInfo(updated));
        QVERIFY(updated.startsWith(original)); // an update appends, it never rewrites
        QVERIFY(updated.endsWith("%%EOF\n"));
        QCOMPARE(field(updated, QPdfDocument::MetaDataField::Author).toString(), meta.author);
        QCOMPARE(field(updated, QPdfDocument::MetaDataField::Subject).toString(), meta.subject);
        QCOMPARE(field(updated, QPdfDocument::MetaDataField::Title).toString(), meta.title);
        QCOMPARE(field(updated, QPdfDocument::MetaDataField::Creator).toString(), meta.creator);
    }

    void keepsCharactersBeyondTheBasicPlane()
    {
        PdfMetadata meta{QStringLiteral("t"), QStringLiteral("𠀀部门（扩展B）"), QStringLiteral("a(b)c\\d"), QStringLiteral("c")};
        QByteArray pdf = smallPdf(meta);
        QVERIFY(meta.appendInfo(pdf));
        QCOMPARE(field(pdf, QPdfDocument::MetaDataField::Author).toString(), meta.author);
        QCOMPARE(field(pdf, QPdfDocument::MetaDataField::Subject).toString(), meta.subject);
    }

    void refusesWhatItCannotRead()
    {
        const PdfMetadata meta{QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("s"), QStringLiteral("c")};
        QByteArray notPdf("hello");
        QVERIFY(!meta.appendInfo(notPdf));
        QCOMPARE(notPdf, QByteArray("hello"));
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
