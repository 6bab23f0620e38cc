#include "SqliteFileHold.h"

#include <QByteArrayList>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <dirent.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <optional>

namespace {

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &) const = default;
};

std::optional<FileId> fileId(const QByteArray &path) // follows links: /proc/self/fd/N is the open file
{
    struct stat st;
    if (::stat(path.constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

// Every descriptor of the process that is the database, its -wal or its -shm (by the name
// it was opened under) must be the file of that name on disk now.
std::optional<bool> descriptorsAreTheFilesOnDisk(const QByteArray &database)
{
    const QByteArrayList names{database, database + "-wal", database + "-shm"};
    DIR *fds = ::opendir("/proc/self/fd"); // readdir, not QDir: no stat of every entry
    if (!fds)
        return std::nullopt;
    static const QByteArray deleted(" (deleted)");
    std::optional<bool> same = true;
    while (const dirent *entry = ::readdir(fds)) {
        if (entry->d_name[0] == '.')
            continue;
        const QByteArray link = QByteArrayLiteral("/proc/self/fd/") + entry->d_name;
        char buffer[4096];
        const ssize_t n = ::readlink(link.constData(), buffer, sizeof buffer - 1);
        if (n <= 0)
            continue; // closed meanwhile (the listing's own descriptor)
        QByteArray target(buffer, n);
        const bool isDeleted = target.endsWith(deleted);
        if (isDeleted)
            target.chop(deleted.size());
        if (!names.contains(target))
            continue;
        const std::optional<FileId> open = isDeleted ? std::nullopt : fileId(link);
        if (isDeleted || (open && open != fileId(target))) { // replaced by another file of that name
            same = false;
            break;
        }
    }
    ::closedir(fds);
    return same;
}

// /proc/locks: "1: POSIX  ADVISORY  READ 4242 fe:00:10953904 1073741826 1073742335"
// (waiters are listed as "1: -> POSIX …"). Looks for any POSIX lock of this process on the
// file: a WAL connection keeps its shared lock for as long as it is open.
std::optional<bool> processHoldsLock(const FileId &id)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray pid = QByteArray::number(::getpid());
    const QByteArray file = QByteArray::number(major(id.device), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(id.device), 16).rightJustified(2, '0') + ':' + QByteArray::number(quint64(id.inode));
    const QByteArrayList lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QByteArrayList f = line.simplified().split(' ');
        if (f.size() >= 6 && f.at(1) == "POSIX" && f.at(4) == pid && f.at(5) == file)
            return true;
    }
    return false;
}

} // namespace

SqliteFileHold::State SqliteFileHold::check(const QString &databasePath)
{
    const QString canonical = QFileInfo(databasePath).canonicalFilePath();
    if (canonical.isEmpty())
        return State::FileReplaced; // deleted or moved away
    const QByteArray database = QFile::encodeName(canonical);
    const std::optional<bool> same = descriptorsAreTheFilesOnDisk(database);
    if (!same)
        return State::Unknown;
    if (!*same)
        return State::FileReplaced;
    const std::optional<FileId> id = fileId(database);
    if (!id)
        return State::FileReplaced;
    const std::optional<bool> locked = processHoldsLock(*id);
    if (!locked)
        return State::Unknown;
    return *locked ? State::Held : State::LockLost;
}

void SqliteFileHold::forbidCheckpointOnClose(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (connection)
        sqlite3_db_config(connection, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

const char *SqliteFileHold::name(State state)
{
    switch (state) {
    case State::Held:
        return "held";
    case State::LockLost:
        return "lock lost";
    case State::FileReplaced:
        return "file replaced";
    case State::Unknown:
        break;
    }
    return "unknown";
}
