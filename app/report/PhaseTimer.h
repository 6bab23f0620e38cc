#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

// Where an export spends its time, for tuning: with JIXIAO_TIMING=1 in the environment each
// mark() records the wall and CPU time since the previous mark, and report() prints them
// on stderr (the process's CPU time before the first mark is start-up: the dynamic loader
// and static initialisers). Without the variable every call is a cheap no-op. Marks made
// on any thread but the application's main thread are ignored.
//
//     PhaseTimer::mark("layout");
class PhaseTimer
{
public:
    static bool enabled();
    static void mark(const char *phase);
    // Prints the phases so far on stderr and forgets them.
    static void report();

private:
    struct Phase
    {
        const char *name;
        qint64 wallNs;
        qint64 cpuNs;
    };
    static PhaseTimer &instance();
    QElapsedTimer m_wall;
    qint64 m_lastCpuNs = 0;
    QList<Phase> m_phases;
};
