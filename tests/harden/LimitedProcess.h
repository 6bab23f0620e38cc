#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs a program as a hostile-input test needs it: with an address-space limit
// (setrlimit(RLIMIT_AS) in the child, as `prlimit --as=` does), a wall-clock timeout after
// which it is killed, its stdout and stderr captured whole, and its exact peak resident
// memory taken from wait4(). QProcess cannot give the child's own peak RSS.
struct LimitedProcess
{
    // Sanitizer builds reserve terabytes of shadow address space: no RLIMIT_AS there.
    static bool addressLimitPossible();

    struct Result
    {
        bool started = false;
        bool timedOut = false;
        bool exitedNormally = false;
        int exitCode = -1;
        int signal = 0;
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
        qint64 peakRssKb = 0;

        QString describe() const; // for failure messages
    };

    static Result run(const QString &program, const QStringList &arguments,
                      qint64 addressSpaceBytes, int timeoutMs);
};
