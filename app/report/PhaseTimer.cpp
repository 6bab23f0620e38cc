#include "PhaseTimer.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

qint64 processCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

bool PhaseTimer::enabled()
{
    static const bool on = qEnvironmentVariableIntValue("JIXIAO_TIMING") == 1;
    return on;
}

PhaseTimer &PhaseTimer::instance()
{
    static PhaseTimer timer;
    return timer;
}

void PhaseTimer::mark(const char *phase)
{
    // Phases are those of the thread that runs the export; work done aside on another
    // thread shows as the time the export waits for it.
    if (!enabled() || !QCoreApplication::instance() || QThread::currentThread() != QCoreApplication::instance()->thread())
        return;
    PhaseTimer &t = instance();
    const qint64 cpu = processCpuNs();
    if (!t.m_wall.isValid()) {
        // The first mark: what the process used before it (start-up), CPU time only.
        t.m_wall.start();
        t.m_phases.append({"start-up (before the first mark, CPU)", 0, cpu});
        t.m_phases.append({phase, 0, 0});
        t.m_lastCpuNs = cpu;
        return;
    }
    t.m_phases.append({phase, t.m_wall.nsecsElapsed(), cpu - t.m_lastCpuNs});
    t.m_wall.restart();
    t.m_lastCpuNs = cpu;
}

void PhaseTimer::report()
{
    if (!enabled())
        return;
    PhaseTimer &t = instance();
    // A phase that repeats (one per document of the PDF) is summed, in order of first use.
    QList<Phase> phases;
    QList<int> counts;
    for (const Phase &p : std::as_const(t.m_phases)) {
        const auto same = std::find_if(phases.begin(), phases.end(), [&p](const Phase &q) { return qstrcmp(p.name, q.name) == 0; });
        if (same == phases.end()) {
            phases.append(p);
            counts.append(1);
        } else {
            same->wallNs += p.wallNs;
            same->cpuNs += p.cpuNs;
            ++counts[same - phases.begin()];
        }
    }
    qint64 wall = 0, cpu = 0;
    for (int i = 0; i < phases.size(); ++i) {
        const Phase &p = phases[i];
        const QByteArray name = counts[i] > 1 ? QByteArray(p.name) + " (x" + QByteArray::number(counts[i]) + ')' : QByteArray(p.name);
        std::fprintf(stderr, "timing: %-48s %8.2f ms wall %8.2f ms cpu\n", name.constData(), p.wallNs / 1e6, p.cpuNs / 1e6);
        wall += p.wallNs;
        cpu += p.cpuNs;
    }
    std::fprintf(stderr, "timing: %-48s %8.2f ms wall %8.2f ms cpu\n", "total", wall / 1e6, cpu / 1e6);
    t.m_phases.clear();
}
