#include "SaveFile.h"

#include <QDir>
#include <QSaveFile>

bool SaveFile::write(const QString &fileName, const QByteArray &bytes, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("无法写入“%1”：%2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("无法写入“%1”：%2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}
