// The workspace with 10,000 reports (1,000 departments × 10 years), on SQLite and on a
// PostgreSQL server started for the run: opening it and listing, opening one report,
// saving one edit. Prints medians (and the slowest of the middle 90%) in milliseconds.
//
//   store_bench [--departments N] [--no-postgres]
#include "PostgresTestServer.h"
#include "ReportJsonReader.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

struct Figure
{
    double median = 0;
    double p95 = 0;
};

Figure measure(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(qMin(int(ms.size()) - 1, int(ms.size() * 95 / 100)))};
}

void print(const char *engine, const char *what, const Figure &f)
{
    std::printf("%-10s %-44s median %8.2f ms   p95 %8.2f ms\n", engine, what, f.median, f.p95);
    std::fflush(stdout);
}

bool fill(const WorkspaceLocation &location, const Report &sample, int departments, int years)
{
    Workspace ws;
    if (const WorkspaceError e = ws.open(location); e.isError()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(e.text()));
        return false;
    }
    if (location.engine == WorkspaceLocation::Engine::Sqlite)
        ws.connection().runPlain(QStringLiteral("PRAGMA synchronous=OFF")); // filling is not what is measured
    QElapsedTimer t;
    t.start();
    for (int d = 0; d < departments; ++d) {
        for (int y = 0; y < years; ++y) {
            Report r = sample;
            r.department = QStringLiteral("湘潭市第%1局").arg(d + 1, 4, 10, QLatin1Char('0'));
            r.year = 2014 + y;
            r.budget.initial.basic = Money::fromFen(qint64(d) * 1000000 + y);
            const SaveResult s = ws.importReport(r);
            if (!s.ok()) {
                std::fprintf(stderr, "import: %s\n", qPrintable(s.error.text()));
                return false;
            }
        }
    }
    std::printf("%-10s filled %d reports in %.1f s\n", location.engine == WorkspaceLocation::Engine::Sqlite ? "SQLite" : "PostgreSQL",
                departments * years, double(t.elapsed()) / 1000.0);
    return true;
}

void run(const char *engine, const WorkspaceLocation &location, int expected)
{
    QList<ReportSummary> list;
    const Figure openList = measure(20, [&] {
        Workspace ws;
        ws.open(location);
        ws.list(&list);
    });
    if (list.size() != expected)
        std::fprintf(stderr, "listed %d reports, expected %d\n", int(list.size()), expected);
    print(engine, "open workspace + list 10,000 reports", openList);

    Workspace ws;
    ws.open(location);
    print(engine, "list 10,000 reports (open workspace)", measure(20, [&] { ws.list(&list); }));
    QRandomGenerator random(7);
    print(engine, "open one report (load + parse)", measure(200, [&] {
        const ReportSummary &s = list.at(random.bounded(int(list.size())));
        if (!ws.load(s.id).ok())
            std::fprintf(stderr, "load failed\n");
    }));
    // One report edited again and again, as the window does (synchronous=FULL on SQLite).
    const ReportSummary target = list.at(list.size() / 2);
    LoadResult loaded = ws.load(target.id);
    Report report = loaded.stored->report;
    int revision = loaded.stored->summary.revision;
    int n = 0;
    print(engine, "save one edit (transaction, history, durable)", measure(100, [&] {
        report.preamble = QStringLiteral("第%1次修改").arg(++n);
        const SaveResult s = ws.save(target.id, revision, report);
        if (!s.ok())
            std::fprintf(stderr, "save failed: %s\n", qPrintable(s.error.text()));
        revision = s.revision;
    }));
    QList<HistoryEntry> history;
    print(engine, "history of one report", measure(50, [&] { ws.history(target.id, &history); }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int departments = args.contains(QStringLiteral("--departments"))
        ? args.value(args.indexOf(QStringLiteral("--departments")) + 1).toInt()
        : 1000;
    const int years = 10;
    const Report sample = *ReportJsonReader::readFile(QStringLiteral(":/samples/xiangtan-2023.json")).report;
    QTemporaryDir dir;

    const WorkspaceLocation sqlite = WorkspaceLocation::sqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!fill(sqlite, sample, departments, years))
        return 1;
    run("SQLite", sqlite, departments * years);

    if (args.contains(QStringLiteral("--no-postgres")))
        return 0;
    PostgresTestServer server;
    server.setDurable(true);
    QString why;
    if (!server.start(&why) || !server.createDatabase(QStringLiteral("bench"), &why)) {
        std::printf("PostgreSQL: not run (%s)\n", qPrintable(why));
        return 0;
    }
    const WorkspaceLocation postgres = server.location(QStringLiteral("bench"));
    if (!fill(postgres, sample, departments, years))
        return 1;
    run("PostgreSQL", postgres, departments * years);
    return 0;
}
