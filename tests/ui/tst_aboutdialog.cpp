// The About dialog and the window's identity: the version of Jixiao and of Qt, the icon (the
// built-in one when no icon theme has it) and the application id shared with the desktop
// entry, the icon files and the AppStream metainfo.
#include "AboutDialog.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QTest>

class AboutDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7 (Qt %1)").arg(QString::fromLatin1(qVersion())));
    }

    void showsVersionsAndId()
    {
        AboutDialog dialog;
        const auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(text);
        QVERIFY2(text->text().contains(QStringLiteral("9.8.7")), qPrintable(text->text()));
        QVERIFY(!text->text().contains(QStringLiteral("9.8.7 (Qt"))); // the Qt version is said on its own line
        QVERIFY(text->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(text->text().contains(QStringLiteral("org.jixiao.Jixiao")));
        const auto *icon = dialog.findChild<QLabel *>(QStringLiteral("aboutIcon"));
        QVERIFY(icon);
        QVERIFY(!icon->pixmap().isNull());
    }

    void iconWithoutTheme()
    {
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        const QIcon icon = AboutDialog::applicationIcon();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(64, 64).toImage();
        QCOMPARE(image.width(), 64);
        // The red tile of the icon, not an empty picture.
        const QColor corner = image.pixelColor(32, 8);
        QVERIFY2(corner.red() > 150 && corner.green() < 100, qPrintable(corner.name()));
    }

    void oneApplicationId()
    {
        const QString id = AboutDialog::applicationId();
        for (const QString &file : {QStringLiteral("/resources/linux/%1.desktop"), QStringLiteral("/resources/linux/%1.metainfo.xml"),
                                    QStringLiteral("/resources/icons/hicolor/scalable/apps/%1.svg"),
                                    QStringLiteral("/resources/icons/hicolor/48x48/apps/%1.png")})
            QVERIFY2(QFile::exists(QStringLiteral(JIXIAO_SOURCE_DIR) + file.arg(id)), qPrintable(file.arg(id)));
        QFile desktop(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/linux/%1.desktop").arg(id));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        QVERIFY(desktop.readAll().contains((QStringLiteral("Icon=") + id + QLatin1Char('\n')).toUtf8()));
        QFile metainfo(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/linux/%1.metainfo.xml").arg(id));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QVERIFY(metainfo.readAll().contains((QStringLiteral("<id>") + id + QStringLiteral("</id>")).toUtf8()));
    }
};

QTEST_MAIN(AboutDialogTest)
#include "tst_aboutdialog.moc"
