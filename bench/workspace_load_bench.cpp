// An office on one shared PostgreSQL workspace (issue 13): 50 clerk sessions, each with its
// own login, saving 100 edits one after another to its own department's report, while 5
// reviewer sessions open the year's overview and comment. The server is started for the run
// (durable: fsync on) and stopped at the end. Prints save latency (p50 / p99 of each
// acknowledged save, retries included), throughput and the reviewers' figures, then checks
// through the owner's connection: no acknowledged edit lost, no error but deliberate
// conflicts (there are none: each clerk writes only its own report), history and audit
// complete. Then the same run with the server restarted once mid-run (pg_ctl restart -m
// fast): every session reconnects and goes on, or says that it could not.
//
//   workspace_load_bench [--clerks N] [--edits N] [--reviewers N] [--no-restart]
//
// Exit 0 when every check holds, 1 otherwise, 2 when no server could be started.
#include "PostgresTestServer.h"
#include "ReportJsonReader.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

namespace {

constexpr int Year = 2023;
const QString Password = QStringLiteral("load-bench-pw");

struct Settings
{
    int clerks = 50;
    int edits = 100;
    int reviewers = 5;
    bool restart = true;
};

QString department(int clerk)
{
    return QStringLiteral("湘潭市第%1局").arg(clerk + 1, 2, 10, QLatin1Char('0'));
}

QString editText(int clerk, int edit)
{
    return QStringLiteral("%1：第%2次修改").arg(department(clerk)).arg(edit);
}

// What one clerk session did.
struct ClerkOutcome
{
    qint64 reportId = 0;
    int acknowledged = 0; // edits 1..acknowledged were acknowledged, in order
    QList<double> latencyMs;
    int retries = 0;      // tries that failed for a passing reason and were tried again
    int conflicts = 0;
    QStringList errors;   // anything else, said as the program says it
};

struct ReviewerOutcome
{
    QList<double> overviewMs;
    int comments = 0;
    int retries = 0;
    QStringList errors;
};

// A session saves like the window's ReportAutoSaver: a failure for a passing reason keeps
// the edit and tries again with the same save id (so a commit whose answer was lost is not
// taken for a conflict), up to `patienceMs`; then the session says it could not and stops.
class ClerkSession
{
public:
    ClerkSession(const WorkspaceLocation &location, int clerk, int edits, ClerkOutcome *out)
        : m_location(location), m_clerk(clerk), m_edits(edits), m_out(out)
    {
    }

    void run(std::atomic<int> *savesDone)
    {
        Workspace ws;
        if (const WorkspaceError e = ws.open(m_location); e.isError()) {
            m_out->errors << QStringLiteral("open: ") + e.text();
            return;
        }
        LoadResult loaded = ws.load(department(m_clerk), Year);
        if (!loaded.ok()) {
            m_out->errors << QStringLiteral("load: ") + loaded.error.text();
            return;
        }
        Report report = loaded.stored->report;
        int revision = loaded.stored->summary.revision;
        m_out->reportId = loaded.stored->summary.id;
        for (int edit = 1; edit <= m_edits; ++edit) {
            report.preamble = editText(m_clerk, edit);
            const QString saveId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QElapsedTimer t;
            t.start();
            for (;;) {
                const SaveResult s = ws.save(m_out->reportId, revision, report, saveId);
                if (s.ok()) {
                    revision = s.revision;
                    break;
                }
                if (s.isConflict()) {
                    ++m_out->conflicts;
                    m_out->errors << QStringLiteral("edit %1: conflict: %2").arg(edit).arg(s.error.text());
                    return;
                }
                if (!s.error.isTransient() || t.elapsed() > PatienceMs) {
                    m_out->errors << QStringLiteral("edit %1: could not save: %2").arg(edit).arg(s.error.text());
                    return;
                }
                ++m_out->retries;
                QThread::msleep(100);
            }
            m_out->latencyMs.append(double(t.nsecsElapsed()) / 1e6);
            m_out->acknowledged = edit;
            savesDone->fetch_add(1);
        }
    }

private:
    static constexpr int PatienceMs = 60000;
    WorkspaceLocation m_location;
    int m_clerk;
    int m_edits;
    ClerkOutcome *m_out;
};

void runReviewer(const WorkspaceLocation &location, int reviewer, int departments,
                 const std::atomic<bool> *clerksDone, ReviewerOutcome *out)
{
    Workspace ws;
    if (const WorkspaceError e = ws.open(location); e.isError()) {
        out->errors << QStringLiteral("open: ") + e.text();
        return;
    }
    int n = 0;
    QElapsedTimer unreachableFor;
    while (!clerksDone->load()) {
        QElapsedTimer t;
        t.start();
        QList<OverviewRecord> records;
        WorkspaceError e = ws.overview(Year, &records);
        if (!e.isError()) {
            out->overviewMs.append(double(t.nsecsElapsed()) / 1e6);
            if (records.size() != departments)
                out->errors << QStringLiteral("overview listed %1 reports, expected %2").arg(records.size()).arg(departments);
            const OverviewRecord &r = records.at((reviewer * 7 + n++) % records.size());
            e = ws.addComment(r.id, QStringLiteral("preamble"), QStringLiteral("审核意见 %1-%2").arg(reviewer).arg(n));
            if (!e.isError())
                ++out->comments;
        }
        if (e.isError()) {
            if (!e.isTransient()) {
                out->errors << e.text();
                return;
            }
            if (!unreachableFor.isValid())
                unreachableFor.start();
            else if (unreachableFor.elapsed() > 60000) {
                out->errors << QStringLiteral("gave up: ") + e.text();
                return;
            }
            ++out->retries;
            QThread::msleep(100);
            continue;
        }
        unreachableFor.invalidate();
    }
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(qsizetype(values.size() - 1), qsizetype(p * double(values.size()))));
}

WorkspaceLocation as(WorkspaceLocation location, const QString &login)
{
    location.userName = login;
    location.password = Password;
    return location;
}

// Logins are the server's, not a database's: each run has its own.
QString clerkLogin(const QString &database, int clerk) { return QStringLiteral("%1_clerk%2").arg(database).arg(clerk + 1); }
QString reviewerLogin(const QString &database, int reviewer) { return QStringLiteral("%1_reviewer%2").arg(database).arg(reviewer + 1); }

bool prepare(const WorkspaceLocation &owner, const Settings &s)
{
    Workspace ws;
    if (const WorkspaceError e = ws.open(owner); e.isError()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(e.text()));
        return false;
    }
    const Report sample = *ReportJsonReader::readFile(QStringLiteral(":/samples/xiangtan-2023.json")).report;
    for (int c = 0; c < s.clerks; ++c) {
        Report r = sample;
        r.department = department(c);
        r.signature.name = r.department;
        WorkspaceUser clerk;
        clerk.login = clerkLogin(owner.databaseName, c);
        clerk.department = r.department;
        clerk.roles = WorkspaceRole::Clerk;
        if (const SaveResult added = ws.importReport(r); !added.ok()) {
            std::fprintf(stderr, "import: %s\n", qPrintable(added.error.text()));
            return false;
        }
        if (const WorkspaceError e = ws.setUser(clerk, Password); e.isError()) {
            std::fprintf(stderr, "users: %s\n", qPrintable(e.text()));
            return false;
        }
    }
    for (int v = 0; v < s.reviewers; ++v) {
        WorkspaceUser reviewer;
        reviewer.login = reviewerLogin(owner.databaseName, v);
        reviewer.roles = WorkspaceRole::Reviewer;
        if (const WorkspaceError e = ws.setUser(reviewer, Password); e.isError()) {
            std::fprintf(stderr, "users: %s\n", qPrintable(e.text()));
            return false;
        }
    }
    return true;
}

// Through the owner's connection: the stored report carries the last acknowledged edit (or
// a later one that was committed without its answer), the audit trail has every
// acknowledged edit, the newest history entry is the stored state, and every comment
// acknowledged is stored.
int verify(const WorkspaceLocation &owner, const QList<ClerkOutcome> &clerks, int commentsAcknowledged)
{
    Workspace ws;
    if (const WorkspaceError e = ws.open(owner); e.isError()) {
        std::printf("  check: cannot open as the owner: %s\n", qPrintable(e.text()));
        return 1;
    }
    int lost = 0, auditMissing = 0, historyWrong = 0, comments = 0;
    for (int c = 0; c < clerks.size(); ++c) {
        const ClerkOutcome &o = clerks.at(c);
        const LoadResult stored = ws.load(department(c), Year);
        if (!stored.ok()) {
            ++lost;
            continue;
        }
        const QString text = stored.stored->report.preamble;
        const int storedEdit = text.section(QStringLiteral("第"), -1).section(QStringLiteral("次"), 0, 0).toInt();
        if (!text.startsWith(department(c)) || storedEdit < o.acknowledged)
            ++lost;
        QList<AuditEntry> audit;
        ws.auditTrail(stored.stored->summary.id, &audit);
        QSet<QString> audited;
        for (const AuditEntry &a : audit)
            for (const AuditEntry::Change &change : a.changes)
                if (change.path == QStringLiteral("preamble"))
                    audited.insert(change.after.toString());
        for (int edit = 1; edit <= o.acknowledged; ++edit)
            auditMissing += audited.contains(editText(c, edit)) ? 0 : 1;
        QList<HistoryEntry> history;
        ws.history(stored.stored->summary.id, &history);
        const LoadResult newest = history.isEmpty() ? LoadResult{} : ws.historyState(history.first().id);
        if (!newest.ok() || newest.stored->report.preamble != text
            || history.first().revision != stored.stored->summary.revision)
            ++historyWrong;
        QList<ReportComment> list;
        ws.comments(stored.stored->summary.id, &list);
        comments += int(list.size());
    }
    std::printf("  check: %d acknowledged edits lost, %d missing from the audit trail, %d reports whose "
                "newest history entry is not their stored state, %d of %d acknowledged comments stored\n",
                lost, auditMissing, historyWrong, comments, commentsAcknowledged);
    return lost + auditMissing + historyWrong + (comments == commentsAcknowledged ? 0 : 1) == 0 ? 0 : 1;
}

int runOnce(PostgresTestServer &server, const QString &database, const Settings &s, bool restartMidRun)
{
    QString why;
    if (!server.createDatabase(database, &why)) {
        std::fprintf(stderr, "createdb: %s\n", qPrintable(why));
        return 2;
    }
    const WorkspaceLocation owner = server.location(database);
    if (!prepare(owner, s))
        return 1;

    QList<ClerkOutcome> clerks(s.clerks);
    QList<ReviewerOutcome> reviewers(s.reviewers);
    std::atomic<int> savesDone{0};
    std::atomic<bool> clerksDone{false};
    std::vector<std::unique_ptr<QThread>> clerkThreads, reviewerThreads;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < s.clerks; ++c) {
        clerkThreads.emplace_back(QThread::create([&, c] {
            ClerkSession(as(owner, clerkLogin(database, c)), c, s.edits, &clerks[c]).run(&savesDone);
        }));
        clerkThreads.back()->start();
    }
    for (int v = 0; v < s.reviewers; ++v) {
        reviewerThreads.emplace_back(QThread::create([&, v] {
            runReviewer(as(owner, reviewerLogin(database, v)), v, s.clerks, &clerksDone, &reviewers[v]);
        }));
        reviewerThreads.back()->start();
    }
    double restartMs = 0;
    if (restartMidRun) {
        const int half = s.clerks * s.edits / 2;
        while (savesDone.load() < half && std::any_of(clerkThreads.begin(), clerkThreads.end(),
                                                      [](const auto &t) { return t->isRunning(); }))
            QThread::msleep(5);
        QElapsedTimer t;
        t.start();
        if (!server.restart(&why)) {
            std::fprintf(stderr, "restart: %s\n", qPrintable(why));
            return 2;
        }
        restartMs = double(t.elapsed());
    }
    for (auto &t : clerkThreads)
        t->wait();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    clerksDone = true;
    for (auto &t : reviewerThreads)
        t->wait();

    QList<double> latency, overview;
    int acknowledged = 0, retries = 0, conflicts = 0, comments = 0, reviewerRetries = 0;
    QStringList errors;
    for (const ClerkOutcome &o : std::as_const(clerks)) {
        latency += o.latencyMs;
        acknowledged += o.acknowledged;
        retries += o.retries;
        conflicts += o.conflicts;
        errors += o.errors;
    }
    for (const ReviewerOutcome &o : std::as_const(reviewers)) {
        overview += o.overviewMs;
        comments += o.comments;
        reviewerRetries += o.retries;
        errors += o.errors;
    }
    std::printf("%s: %d clerks × %d edits, %d reviewers%s\n", qPrintable(database), s.clerks, s.edits, s.reviewers,
                restartMidRun ? qPrintable(QStringLiteral(", server restarted after half the saves (%1 ms)").arg(restartMs)) : "");
    std::printf("  saves acknowledged %d of %d in %.1f s: %.0f saves/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                "%d tries repeated after a passing failure, %d conflicts\n",
                acknowledged, s.clerks * s.edits, seconds, double(acknowledged) / seconds, percentile(latency, 0.5),
                percentile(latency, 0.99), percentile(latency, 1.0), retries, conflicts);
    std::printf("  reviewers: %lld overviews (p50 %.1f ms, p99 %.1f ms), %d comments, %d tries repeated\n",
                static_cast<long long>(overview.size()), percentile(overview, 0.5), percentile(overview, 0.99),
                comments, reviewerRetries);
    std::printf("  errors other than deliberate conflicts: %lld\n", static_cast<long long>(errors.size()));
    for (const QString &e : std::as_const(errors).mid(0, 10))
        std::printf("    %s\n", qPrintable(e));
    std::fflush(stdout);
    const int checked = verify(owner, clerks, comments);
    return errors.isEmpty() && acknowledged == s.clerks * s.edits ? checked : 1;
}

int intArgument(const QStringList &args, const char *name, int fallback)
{
    const int i = args.indexOf(QString::fromLatin1(name));
    return i >= 0 ? args.value(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Settings s;
    s.clerks = intArgument(args, "--clerks", s.clerks);
    s.edits = intArgument(args, "--edits", s.edits);
    s.reviewers = intArgument(args, "--reviewers", s.reviewers);
    s.restart = !args.contains(QStringLiteral("--no-restart"));

    PostgresTestServer server;
    server.setDurable(true);
    server.setMaxConnections(s.clerks + s.reviewers + 20);
    QString why;
    if (!server.start(&why)) {
        std::printf("PostgreSQL: not run (%s)\n", qPrintable(why));
        return 2;
    }
    int result = runOnce(server, QStringLiteral("load"), s, false);
    if (s.restart && result != 2)
        result = qMax(result, runOnce(server, QStringLiteral("load_restart"), s, true));
    server.stop();
    return result;
}
