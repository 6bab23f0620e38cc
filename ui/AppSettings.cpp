#include "AppSettings.h"

#include <QSettings>

namespace {

QSettings settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Jixiao"), QStringLiteral("jixiao"));
}

} // namespace

QString AppSettings::language()
{
    return settings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    settings().setValue(QStringLiteral("ui/language"), code);
}

QStringList AppSettings::recentFiles()
{
    return settings().value(QStringLiteral("files/recent")).toStringList();
}

void AppSettings::addRecentFile(const QString &fileName)
{
    QStringList files = recentFiles();
    files.removeAll(fileName);
    files.prepend(fileName);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings().setValue(QStringLiteral("files/recent"), files);
}

void AppSettings::removeRecentFile(const QString &fileName)
{
    QStringList files = recentFiles();
    files.removeAll(fileName);
    settings().setValue(QStringLiteral("files/recent"), files);
}

QByteArray AppSettings::windowState()
{
    return settings().value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    settings().setValue(QStringLiteral("window/state"), state);
}

QByteArray AppSettings::windowGeometry()
{
    return settings().value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    settings().setValue(QStringLiteral("window/geometry"), geometry);
}

QString AppSettings::lastDirectory()
{
    return settings().value(QStringLiteral("files/lastDirectory")).toString();
}

void AppSettings::setLastDirectory(const QString &dir)
{
    settings().setValue(QStringLiteral("files/lastDirectory"), dir);
}

qint64 AppSettings::lastReport(const QString &workspace)
{
    QSettings s = settings();
    s.beginGroup(QStringLiteral("lastReport"));
    return s.value(QString::fromLatin1(workspace.toUtf8().toBase64(QByteArray::Base64UrlEncoding))).toLongLong();
}

void AppSettings::setLastReport(const QString &workspace, qint64 id)
{
    QSettings s = settings();
    s.beginGroup(QStringLiteral("lastReport"));
    s.setValue(QString::fromLatin1(workspace.toUtf8().toBase64(QByteArray::Base64UrlEncoding)), id);
}
