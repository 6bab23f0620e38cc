#include "HostileText.h"
#include "ReportEvaluation.h"
#include "ReportPdfWriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The PDF prints hostile report text as the characters it is (issue 7): poppler's pdftotext
// finds "<b>粗体</b>" and the four characters "&lt;" in the text layer, and a very long word,
// right-to-left text and emoji do not break the export (emoji outside the installed fonts
// print as boxes: there is no colour emoji font on these machines).
class TestHostileTextPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_text; // pdftotext of the whole export, line ends removed

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils (./setup.sh deps)");
        const Report report = HostileText::report();
        const ReportEvaluation evaluation = ReportEvaluation::of(report);
        const QString pdf = m_dir.filePath(QStringLiteral("hostile.pdf"));
        const ReportPdfWriter::Result r = ReportPdfWriter::write(pdf, report, evaluation);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.pages > 1);
        if (const QString keep = qEnvironmentVariable("JIXIAO_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep); // to look at it
        // -raw: in content order, so that a line broken by the layout joins back.
        m_text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QVERIFY(!m_text.isEmpty());
        m_text.remove(QLatin1Char('\n'));
        m_text.remove(QLatin1Char('\f'));
    }

    void literalText_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::newRow("bold tag") << QStringLiteral("<b>粗体</b>");
        QTest::newRow("image tag") << QStringLiteral("<img src=\"file:///etc/passwd\">");
        QTest::newRow("link tag") << QStringLiteral("<a href=\"http://x\">链接</a>");
        QTest::newRow("entity &lt;") << QStringLiteral("&lt;b&gt;");
        QTest::newRow("entity &amp;") << QStringLiteral("&amp;");
        QTest::newRow("numeric entity") << QStringLiteral("&#x4E00;");
        QTest::newRow("unit tag") << QStringLiteral("<i>%</i>");
        QTest::newRow("tagged paragraph") << QStringLiteral("问题内容 <b>粗体</b>");
    }

    void literalText()
    {
        QFETCH(QString, literal);
        QVERIFY2(m_text.contains(literal), qPrintable(literal));
    }

    void longWordIsPrintedWhole()
    {
        // Broken over lines (the line ends are removed above), never cut off.
        QVERIFY(m_text.contains(HostileText::longWord()));
    }

    void rightToLeftLettersAreThere()
    {
        // pdftotext takes right-to-left runs apart letter by letter (and Arabic in its
        // presentation forms): every letter is in the text layer, none is lost.
        const QString text = m_text.normalized(QString::NormalizationForm_KC);
        for (const QChar c : QStringLiteral("שלוםעולםمرحبا"))
            QVERIFY2(text.contains(c), qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    }
};

QTEST_MAIN(TestHostileTextPdf)
#include "tst_hostiletextpdf.moc"
