#include "FileNameIconProvider.h"

#include <QFileInfo>

QIcon FileNameIconProvider::icon(const QFileInfo &info) const
{
    if (!info.isFile()) // folders and drives: Qt reads nothing for them
        return QFileIconProvider::icon(info);
    const QMimeType mime = m_mimeTypes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    const QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
    return themed.isNull() ? QFileIconProvider::icon(QAbstractFileIconProvider::File) : themed;
}

QString FileNameIconProvider::type(const QFileInfo &info) const
{
    // Qt 6 asks its translations for "Folder" in a context (QAbstractFileIconProvider) that
    // Qt 6.4's Chinese file does not have: the file dialog said "Folder" among Chinese words.
    if (info.isDir())
        return tr("文件夹");
    if (!info.isFile())
        return QFileIconProvider::type(info);
    const QMimeType mime = m_mimeTypes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    return mime.comment().isEmpty() ? mime.name() : mime.comment();
}
