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
    // The report last open in a workspace (by the workspace's display name).
    static qint64 lastReport(const QString &workspace);
    static void setLastReport(const QString &workspace, qint64 id);
    static QString lastDirectory();
    static void setLastDirectory(const QString &dir);

    static constexpr int MaxRecentFiles = 8;
};
