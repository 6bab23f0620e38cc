// AsideLayout: the work runs on another thread, waitUntilDone() returns once it has, and the
// thread (whose font engines the work's documents use) ends only when the object goes.
#include "AsideLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPainter>
#include <QImage>
#include <QSemaphore>
#include <QTest>
#include <QTextDocument>
#include <atomic>
#include <memory>

class TestAsideLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAnotherThreadAndWaits()
    {
        QThread *worker = nullptr;
        std::atomic<bool> finished{false};
        {
            AsideLayout aside([&] {
                QThread::msleep(50);
                worker = QThread::currentThread();
                finished = true;
            });
            aside.waitUntilDone();
            QVERIFY(finished);
            QVERIFY(worker != nullptr);
            QVERIFY(worker != QThread::currentThread());
            // Done, but still there: its thread-local font engines stay valid.
            QVERIFY(worker->isRunning());
            QVERIFY(!worker->isFinished());
            aside.waitUntilDone(); // again: returns at once
        }
        // Destroyed: the thread has ended (the object was deleted with it).
    }

    void destructorWaitsForUnfinishedWork()
    {
        std::atomic<bool> finished{false};
        {
            AsideLayout aside([&] {
                QThread::msleep(100);
                finished = true;
            });
        }
        QVERIFY(finished);
    }

    // A document laid out aside and painted here, after the wait, paints the same as one
    // laid out here: the hand-over this class exists for.
    void documentLaidOutAsideIsPaintedHere()
    {
        const QString text = QStringLiteral("全年共计支出1862.61万元，其中：基本支出623.09万元，项目支出1239.52万元。").repeated(20);
        auto paint = [](QTextDocument *doc) {
            QImage image(600, 800, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            doc->drawContents(&p);
            return image;
        };
        QTextDocument here;
        here.setPlainText(text);
        here.setTextWidth(600);
        const QImage expected = paint(&here);

        std::unique_ptr<QTextDocument> doc;
        QThread *painting = QThread::currentThread();
        {
            AsideLayout aside([&] {
                doc = std::make_unique<QTextDocument>();
                doc->setPlainText(text);
                doc->setTextWidth(600);
                doc->documentLayout()->documentSize();
                doc->moveToThread(painting);
            });
            aside.waitUntilDone();
            QCOMPARE(doc->thread(), painting);
            QCOMPARE(paint(doc.get()), expected);
            doc.reset(); // before the thread goes, as ReportPdfWriter does
        }
    }
};

QTEST_MAIN(TestAsideLayout)
#include "tst_asidelayout.moc"
