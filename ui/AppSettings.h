#pragma once

#include <QByteArray>
#include <QStringList>

// Typed access to the user's settings (an INI file in the user's config directory).
class AppSettings
{
public:
    static QString language(); // "zh_CN" unless the user chose another
    static void setLanguage(const QString &code);
    static QStringList recentFiles();
    static void addRecentFile(const QString &fileName);
    static void removeRecentFile(const QString &fileName);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QString lastDirectory();
    static void setLastDirectory(const QString &dir);

    static constexpr int MaxRecentFiles = 8;
};
