#pragma once

#include <QSqlDatabase>
#include <QString>

// Whether this process still holds a SQLite workspace the way SQLite needs it held, so that
// what it commits is what every other program reads.
//
// SQLite's documented hazard (howtocorrupt.html §2.2): POSIX advisory locks belong to the
// process, and closing *any* descriptor of the database file drops them all. A WAL
// connection keeps a shared lock on the file while it is open; without it, the next
// program to close its own connection believes it is the last one, checkpoints and deletes
// the -wal and -shm files. From then on this process commits into deleted files: nobody
// else ever sees those saves, and a kill loses them. Linux only (/proc); elsewhere Unknown.
class SqliteFileHold
{
public:
    enum class State {
        Held,         // our descriptors are the files on disk and the process's lock is there
        LockLost,     // the files are the ones on disk, but the lock on the database file is gone
        FileReplaced, // the database file or a -wal/-shm we hold is deleted or replaced on disk
        Unknown,      // cannot tell (no /proc)
    };

    // `databasePath`: the workspace file as the connection opened it.
    static State check(const QString &databasePath);
    // A connection in the LockLost or FileReplaced state must not checkpoint when it
    // closes: its -wal may be a deleted file (its pages are stale), and the file it would
    // delete by name may be another program's new -wal. Call before closing it.
    static void forbidCheckpointOnClose(const QSqlDatabase &db);
    static const char *name(State state);
};
