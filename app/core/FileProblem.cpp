#include "FileProblem.h"

#include <QFile>
#include <QFileInfo>

QString FileProblem::whyNotOpened(const QFile &file)
{
    const QFileInfo info(file.fileName());
    if (!info.exists())
        return info.isSymLink() ? tr("文件是指向不存在之处的链接") : tr("文件不存在");
    if (info.isDir())
        return tr("这是一个文件夹，不是文件");
    if (!info.isReadable())
        return tr("没有读取这个文件的权限");
    return file.errorString(); // rarer causes, in the system's words
}
