#pragma once

#include <QCoreApplication>
#include <QFileIconProvider>
#include <QMimeDatabase>

// Icons and type names for a file dialog's list, from the file names alone. Qt's own
// provider asks QMimeDatabase for each file's type, which opens and reads files whose
// names are ambiguous or unknown (w.sqlite, w.sqlite-wal, w.sqlite-shm): in this process
// that closes a descriptor of the open workspace, and SQLite's POSIX locks on it go with
// it (SqliteFileHold). Never reads a file.
class FileNameIconProvider : public QFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(FileNameIconProvider)
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QMimeDatabase m_mimeTypes;
};
