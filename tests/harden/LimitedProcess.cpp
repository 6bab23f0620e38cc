#include "LimitedProcess.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define JIXIAO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JIXIAO_ASAN 1
#endif
#endif

bool LimitedProcess::addressLimitPossible()
{
#ifdef JIXIAO_ASAN
    return false;
#else
    return true;
#endif
}

QString LimitedProcess::Result::describe() const
{
    return QStringLiteral("started=%1 timedOut=%2 exit=%3 signal=%4 elapsed=%5ms peakRss=%6kB stderr=%7")
        .arg(started).arg(timedOut).arg(exitCode).arg(signal).arg(elapsedMs).arg(peakRssKb)
        .arg(QString::fromUtf8(err.left(600)));
}

LimitedProcess::Result LimitedProcess::run(const QString &program, const QStringList &arguments,
                                           qint64 addressSpaceBytes, int timeoutMs)
{
    Result result;
    // Everything the child needs is prepared before fork(): after it, only
    // async-signal-safe calls (the test process has threads).
    const QByteArray path = QFileInfo(program).absoluteFilePath().toLocal8Bit();
    std::vector<QByteArray> args{path};
    for (const QString &a : arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const bool limit = addressSpaceBytes > 0 && addressLimitPossible();
    // The sanitizer build unwinds every allocation fully (precise leak suppressions for the
    // window's Qt Pdf view, cmake/Sanitizers.cmake); the command-line child has no such
    // view, and on a 60 MB file the full unwinding would make it ten times slower.
    std::vector<QByteArray> env;
    for (char **e = environ; *e; ++e) {
        QByteArray entry(*e);
        if (entry.startsWith("ASAN_OPTIONS="))
            entry.replace("fast_unwind_on_malloc=0", "fast_unwind_on_malloc=1");
        env.push_back(entry);
    }
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const rlimit as{rlim_t(addressSpaceBytes), rlim_t(addressSpaceBytes)};

    int outPipe[2], errPipe[2];
    if (pipe2(outPipe, O_CLOEXEC) != 0)
        return result;
    if (pipe2(errPipe, O_CLOEXEC) != 0) {
        close(outPipe[0]);
        close(outPipe[1]);
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(outPipe[1], STDOUT_FILENO);
        dup2(errPipe[1], STDERR_FILENO);
        const int devNull = open("/dev/null", O_RDONLY);
        if (devNull >= 0)
            dup2(devNull, STDIN_FILENO);
        if (limit)
            setrlimit(RLIMIT_AS, &as);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    close(outPipe[1]);
    close(errPipe[1]);
    if (pid < 0) {
        close(outPipe[0]);
        close(errPipe[0]);
        return result;
    }
    result.started = true;

    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    QByteArray *sinks[2] = {&result.out, &result.err};
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            result.timedOut = true;
            kill(pid, SIGKILL);
            break;
        }
        const int ready = poll(fds, 2, int(qMin<qint64>(left, 1000)));
        if (ready < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, n);
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    for (pollfd &f : fds) {
        if (f.fd >= 0)
            close(f.fd);
    }
    int status = 0;
    rusage usage{};
    for (;;) { // the pipes are closed; the child may still be running
        const pid_t done = wait4(pid, &status, result.timedOut ? 0 : WNOHANG, &usage);
        if (done == pid || (done < 0 && errno != EINTR))
            break;
        if (done == 0 && clock.elapsed() >= timeoutMs) {
            result.timedOut = true;
            kill(pid, SIGKILL);
        } else if (done == 0) {
            usleep(5000);
        }
    }
    result.elapsedMs = clock.elapsed();
    result.peakRssKb = usage.ru_maxrss;
    if (WIFEXITED(status)) {
        result.exitedNormally = true;
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        result.signal = WTERMSIG(status);
    }
    return result;
}
