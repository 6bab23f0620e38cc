#pragma once

#include <QDialog>

// 帮助 › 关于绩效自评: the icon, the version of Jixiao and of Qt, what the program is for,
// its licence and its application id.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The reverse-DNS id of the desktop entry, the icon, the AppStream metainfo and the
    // window (QGuiApplication::desktopFileName).
    static QString applicationId();
    // The window's icon: the installed one from the icon theme, else the built-in one.
    static QIcon applicationIcon();
};
