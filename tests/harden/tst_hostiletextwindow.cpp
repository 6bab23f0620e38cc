#include "../ui/GuiTestSupport.h"
#include "HostileText.h"
#include "MainWindow.h"
#include "ReportDocument.h"
#include "ReportJsonWriter.h"
#include "UiStyle.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolTip>
#include <QUndoStack>

// The window shows hostile report text as the characters it is (issue 7): no label, tooltip
// or text box takes "<b>粗体</b>" for bold or "&lt;" for "<", no button takes "&" for a
// mnemonic. Every widget of every page is inspected, so new widgets are covered too.
namespace {

const QString Marker = QStringLiteral("粗体"); // inside the <b> of every hostile text

// What a person sees of a text that Qt may take for rich text (labels, tooltips: AutoText).
QString rendered(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Empty when the text, as shown, keeps the hostile markup literally (a shown part of it:
// labels may elide). The entities come right before the Hebrew in every hostile text.
QString problemOf(const QString &what, const QString &text, Qt::TextFormat format)
{
    const QString shown = rendered(text, format);
    const bool markupKept = !shown.contains(Marker) || shown.contains(QStringLiteral("<b>粗体</b>"));
    const bool entitiesKept = !shown.contains(QStringLiteral("שלום")) || shown.contains(HostileText::entities());
    if (markupKept && entitiesKept)
        return QString();
    return QStringLiteral("%1 shows \"%2\"").arg(what, shown.left(120));
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

} // namespace

class TestHostileTextWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Report m_report;

    // The tooltip Qt shows for a help event at `pos` (through the application's filters,
    // as a person hovering there would get it), as a person reads it.
    static QString shownToolTip(QWidget *widget, const QPoint &pos)
    {
        QToolTip::hideText();
        QHelpEvent help(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
        QApplication::sendEvent(widget, &help);
        const QString text = QToolTip::isVisible() ? QToolTip::text() : QString();
        QToolTip::hideText();
        return rendered(text, Qt::AutoText);
    }

    QStringList inspect(QWidget *root, int *tooltipsSeen)
    {
        QStringList problems;
        auto add = [&problems](const QString &p) {
            if (!p.isEmpty() && !problems.contains(p))
                problems.append(p);
        };
        // Showing a tooltip deletes the previous tooltip label: hold the widgets weakly.
        QList<QPointer<QWidget>> widgets;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->inherits("QTipLabel"))
                widgets.append(w);
        }
        for (const QPointer<QWidget> &w : widgets) {
            if (!w || !w->isVisible())
                continue;
            if (w->toolTip().contains(Marker)) {
                ++*tooltipsSeen;
                add(problemOf(describe(w.data()) + QStringLiteral(" tooltip"), shownToolTip(w, w->rect().center()), Qt::PlainText));
            }
            if (auto *label = qobject_cast<QLabel *>(w))
                add(problemOf(describe(w.data()), label->text(), label->textFormat()));
            if (auto *edit = qobject_cast<QTextEdit *>(w))
                add(problemOf(describe(w.data()), edit->toPlainText(), Qt::PlainText));
            if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                // A single & is a mnemonic: "&lt;" would show as "lt;".
                if (button->text().contains(Marker) && !button->text().contains(QStringLiteral("&&lt;")))
                    add(QStringLiteral("%1 text \"%2\"").arg(describe(w.data()), button->text().left(120)));
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                const QAbstractItemModel *model = view->model();
                if (!model)
                    continue;
                for (int row = 0; row < qMin(model->rowCount(), 50); ++row) {
                    for (int column = 0; column < model->columnCount(); ++column) {
                        const QModelIndex index = model->index(row, column);
                        const QRect rect = view->visualRect(index);
                        if (!index.data(Qt::ToolTipRole).toString().contains(Marker) || !view->viewport()->rect().contains(rect.center()))
                            continue;
                        ++*tooltipsSeen;
                        add(problemOf(describe(w.data()) + QStringLiteral(" item tooltip"), shownToolTip(view->viewport(), rect.center()), Qt::PlainText));
                    }
                }
            }
        }
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GuiTestSupport::isolate(m_dir);
        UiStyle::apply(qApp); // as GuiApplication does: fonts, and plain-text tooltips
        m_report = HostileText::report();
        const QString path = m_dir.filePath(QStringLiteral("hostile.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ReportJsonWriter::write(m_report));
        file.close();

        m_window = std::make_unique<MainWindow>();
        QVERIFY2(m_window->openFile(path), qPrintable(Dialogs::takeShownMessages().join(QLatin1Char('\n'))));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        if (m_window)
            m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    void editorsHoldTheLiteralText_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("department") << QStringLiteral("department") << m_report.department;
        QTest::newRow("title") << QStringLiteral("title") << m_report.title;
        QTest::newRow("preamble") << QStringLiteral("preamble") << m_report.preamble;
        QTest::newRow("overview") << QStringLiteral("profile.overview") << m_report.profile.overview;
    }

    void editorsHoldTheLiteralText()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QWidget *field = GuiTestSupport::fieldWidget(m_window.get(), path);
        QVERIFY2(field, qPrintable(path));
        QString text;
        if (auto *line = qobject_cast<QLineEdit *>(field))
            text = line->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
            text = plain->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(field))
            text = rich->toPlainText();
        else
            QSKIP("not a text box");
        QCOMPARE(text, expected);
    }

    void everyPageShowsPlainText()
    {
        const QList<FormPage *> pages = m_window->pages();
        QVERIFY(!pages.isEmpty());
        QStringList problems;
        int tooltips = 0;
        for (int i = 0; i < pages.size(); ++i) {
            m_window->showPage(i);
            QCoreApplication::processEvents();
            for (const QString &p : inspect(m_window.get(), &tooltips)) {
                if (!problems.contains(p))
                    problems.append(p);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        qInfo("%d tooltips with hostile text shown", tooltips);
    }

    // The same filter keeps any tooltip literal, whatever widget it is on.
    void toolTipsArePlainText()
    {
        QWidget widget;
        widget.resize(100, 30);
        widget.setToolTip(HostileText::text(QStringLiteral("提示"), false));
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        const QString shown = shownToolTip(&widget, QPoint(10, 10));
        QVERIFY2(shown.contains(HostileText::markup()), qPrintable(shown));
        QVERIFY2(shown.contains(HostileText::entities()), qPrintable(shown));
        widget.setToolTip(QStringLiteral("普通提示"));
        QCOMPARE(shownToolTip(&widget, QPoint(10, 10)), QStringLiteral("普通提示"));
    }

    void grabDoesNotHang()
    {
        // Painting every page with long words, RTL overrides and emoji finishes.
        for (int i = 0; i < m_window->pages().size(); ++i) {
            m_window->showPage(i);
            QVERIFY(!m_window->grab().isNull());
        }
    }
};

QTEST_MAIN(TestHostileTextWindow)
#include "tst_hostiletextwindow.moc"
