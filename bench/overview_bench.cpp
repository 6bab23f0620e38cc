// The overview of a year with 1,000 departments (issue 6): the store query
// (Workspace::overview, which reads the evaluation lines stored at save time), the same
// figures computed the naive way (loading and evaluating every report), building the item
// model, sorting it by a column, and the whole window until its chart is drawn; plus what
// keeping the evaluation line costs each save. On SQLite and on a PostgreSQL server started
// for the run, there also as a reviewer's login (row-level security on every row), a
// clerk's save, and a reviewer's first overview after every line came from a clerk (each
// report evaluated again from its content, issue 12).
// Prints medians (and the slowest of the middle 95%) in milliseconds.
//
//   overview_bench [--departments N] [--no-postgres] [--screenshot FILE.png]
#include "EvaluationTable.h"
#include "IndicatorCalculator.h"
#include "OverviewFilterModel.h"
#include "OverviewTableModel.h"
#include "OverviewWindow.h"
#include "PostgresTestServer.h"
#include "ReportJsonReader.h"
#include "Workspace.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
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

void print(const QString &engine, const char *what, const Figure &f)
{
    std::printf("%-20s %-52s median %8.2f ms   p95 %8.2f ms\n", qPrintable(engine), what, f.median, f.p95);
    std::fflush(stdout);
}

Report sample()
{
    QFile f(QStringLiteral(":/samples/xiangtan-2023.json"));
    f.open(QIODevice::ReadOnly);
    return *ReportJsonReader::read(f.readAll()).report;
}

// 1,000 departments, 2022 and 2023 (the year-on-year indicators read 2022), figures varied
// so that the columns differ; statuses spread over the workflow.
bool fill(const WorkspaceLocation &location, int departments)
{
    Workspace ws;
    if (const WorkspaceError e = ws.open(location); e.isError()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(e.text()));
        return false;
    }
    if (location.engine == WorkspaceLocation::Engine::Sqlite)
        ws.connection().runPlain(QStringLiteral("PRAGMA synchronous=OFF")); // filling is not what is measured
    const Report base = sample();
    QElapsedTimer t;
    t.start();
    for (int d = 0; d < departments; ++d) {
        for (int year : {2022, 2023}) {
            Report r = base;
            r.department = QStringLiteral("湘潭市第%1局").arg(d + 1, 4, 10, QLatin1Char('0'));
            r.year = year;
            r.execution.spent.project = Money::fromFen(r.execution.spent.project->fen() - qint64(d % 97) * 1000000);
            r.execution.carryoverOut = Money::fromFen(r.execution.carryoverOut->fen() + qint64(d % 97) * 1000000);
            r.budget.threePublicBudget.reception = Money::fromFen(6520000 + qint64(d % 13) * 100000 * (year - 2021));
            const SaveResult s = ws.create(r);
            if (!s.ok()) {
                std::fprintf(stderr, "create: %s\n", qPrintable(s.error.text()));
                return false;
            }
            if (year == 2023 && d % 3 == 1)
                ws.setStatus(s.id, s.revision, ReportStatus::Submitted);
        }
    }
    std::printf("%-20s filled %d reports (create = save + evaluation line) in %.1f s\n",
                location.engine == WorkspaceLocation::Engine::Sqlite ? "SQLite" : "PostgreSQL", departments * 2,
                double(t.elapsed()) / 1000.0);
    return true;
}

void run(const QString &engine, const WorkspaceLocation &location, int departments, bool full, const QString &screenshot)
{
    QList<OverviewRecord> records;
    print(engine, "open workspace + overview(2023)", measure(10, [&] {
              Workspace ws;
              ws.open(location);
              ws.overview(2023, &records);
          }));
    if (records.size() != departments)
        std::fprintf(stderr, "expected %d lines, got %lld\n", departments, qlonglong(records.size()));
    Workspace ws;
    ws.open(location);
    print(engine, "overview(2023), open workspace", measure(20, [&] { ws.overview(2023, &records); }));
    if (!full)
        return;

    // What the stored lines save: load and evaluate every report (and its previous year).
    print(engine, "naive: load + evaluate 1,000 reports", measure(3, [&] {
              QList<ReportSummary> list;
              ws.list(&list);
              for (const ReportSummary &s : list) {
                  if (s.year != 2023)
                      continue;
                  const LoadResult now = ws.load(s.id);
                  const LoadResult before = ws.load(s.department, 2022);
                  ReportEvaluation::Inputs inputs;
                  inputs.previousYear = before.ok() ? &before.stored->report : nullptr;
                  inputs.manualScores = now.stored->manualScores;
                  ReportEvaluation::of(now.stored->report, inputs);
              }
          }));

    OverviewTableModel model;
    print(engine, "model: setRecords (1,000 lines, cells worked out)", measure(20, [&] { model.setRecords(records); }));
    OverviewFilterModel filter;
    filter.setSourceModel(&model);
    const int rate = OverviewTableModel::columnOf(QStringLiteral("execution_rate"));
    const int score = OverviewTableModel::columnOf(QStringLiteral("score"));
    // The proxy maps rows lazily: ask for the first row each time, as a view does, so that
    // the sorting really happens inside the measurement.
    filter.index(0, 0).data();
    bool descending = false;
    const auto sortBy = [&](int column) {
        filter.sort(column, (descending = !descending) ? Qt::DescendingOrder : Qt::AscendingOrder);
        filter.index(0, 0).data();
    };
    print(engine, "sort by 预算执行率 (proxy)", measure(20, [&] { sortBy(rate); }));
    print(engine, "sort by 部门 (proxy, locale-aware)", measure(20, [&] { sortBy(0); }));
    print(engine, "sort by 得分 (proxy)", measure(20, [&] { sortBy(score); }));
    int turn = 0; // each sort starts from another column's order, not just the reverse
    const int columns[] = {rate, 0, score, OverviewTableModel::columnOf(QStringLiteral("three_public_change_rate"))};
    print(engine, "sort by a column after another one", measure(40, [&] { sortBy(columns[turn++ % 4]); }));
    print(engine, "filter by name (\"第05\")", measure(20, [&] {
              filter.setDepartmentFilter((descending = !descending) ? QStringLiteral("第05") : QString());
              filter.index(0, 0).data();
          }));
    print(engine, "model reset under a sorted proxy (refresh)", measure(20, [&] {
              model.setRecords(records);
              filter.index(0, 0).data();
          }));

    // The window as a person sees it: built, filled, chart drawn, painted once.
    print(engine, "OverviewWindow: open, chart, first paint", measure(5, [&] {
              OverviewWindow w(&ws);
              w.resize(1280, 800);
              w.show();
              QCoreApplication::processEvents();
              w.grab();
          }));
    OverviewWindow w(&ws);
    w.resize(1280, 800);
    w.show();
    QCoreApplication::processEvents();
    print(engine, "OverviewWindow: choose a rate (sort + chart + paint)", measure(10, [&] {
              w.setComparedRate((descending = !descending) ? QStringLiteral("project_control_rate")
                                                           : QStringLiteral("carryover_rate"));
              QCoreApplication::processEvents();
              w.grab();
          }));
    if (!screenshot.isEmpty()) {
        w.setComparedRate(QStringLiteral("project_control_rate"));
        QCoreApplication::processEvents();
        w.grab().save(screenshot);
        std::printf("screenshot: %s\n", qPrintable(screenshot));
    }

    // What keeping the evaluation lines costs a save (this report and the next year's).
    const LoadResult one = ws.load(QStringLiteral("湘潭市第0500局"), 2022);
    Report edited = one.stored->report;
    int revision = one.stored->summary.revision;
    int n = 0;
    print(engine, "save one edit (+ its line and 2023's)", measure(20, [&] {
              edited.preamble = QStringLiteral("修改 %1").arg(++n);
              revision = ws.save(one.stored->summary.id, revision, edited).revision;
          }));
    // …of which the two evaluation lines (read both reports, evaluate, write), alone.
    print(engine, "  of which: the two evaluation lines", measure(20, [&] {
              ws.connection().write([&] {
                  if (WorkspaceError e = EvaluationTable::refresh(ws.connection(), one.stored->summary.id); e.isError())
                      return e;
                  return EvaluationTable::refreshFollowing(ws.connection(), one.stored->summary.department, 2022);
              });
          }));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int departments = args.contains(QStringLiteral("--departments"))
        ? args.value(args.indexOf(QStringLiteral("--departments")) + 1).toInt()
        : 1000;
    const QString screenshot = args.contains(QStringLiteral("--screenshot"))
        ? args.value(args.indexOf(QStringLiteral("--screenshot")) + 1)
        : QString();
    QTemporaryDir dir;
    const WorkspaceLocation sqlite = WorkspaceLocation::sqlite(dir.filePath(QStringLiteral("overview.sqlite")));
    if (!fill(sqlite, departments))
        return 1;
    run(QStringLiteral("SQLite"), sqlite, departments, true, screenshot);

    if (args.contains(QStringLiteral("--no-postgres")))
        return 0;
    PostgresTestServer server;
    server.setDurable(true);
    QString why;
    if (!server.start(&why) || !server.createDatabase(QStringLiteral("overview"), &why)) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(why));
        return 0;
    }
    const WorkspaceLocation owner = server.location(QStringLiteral("overview"));
    if (!fill(owner, departments))
        return 1;
    run(QStringLiteral("PostgreSQL owner"), owner, departments, true, QString());
    {
        Workspace ws;
        ws.open(owner);
        WorkspaceUser reviewer;
        reviewer.login = QStringLiteral("bench_reviewer");
        reviewer.roles = WorkspaceRole::Reviewer;
        if (const WorkspaceError e = ws.setUser(reviewer, QStringLiteral("pw")); e.isError())
            std::fprintf(stderr, "reviewer: %s\n", qPrintable(e.text()));
    }
    WorkspaceLocation asReviewer = owner;
    asReviewer.userName = QStringLiteral("bench_reviewer");
    asReviewer.password = QStringLiteral("pw");
    run(QStringLiteral("PostgreSQL reviewer"), asReviewer, departments, false, QString());
    {
        Workspace ws;
        ws.open(owner);
        WorkspaceUser clerk;
        clerk.login = QStringLiteral("bench_clerk");
        clerk.roles = WorkspaceRole::Clerk;
        clerk.department = QStringLiteral("湘潭市第0500局");
        if (const WorkspaceError e = ws.setUser(clerk, QStringLiteral("pw")); e.isError())
            std::fprintf(stderr, "clerk: %s\n", qPrintable(e.text()));
    }
    WorkspaceLocation asClerk = owner;
    asClerk.userName = QStringLiteral("bench_clerk");
    asClerk.password = QStringLiteral("pw");
    run(QStringLiteral("PostgreSQL clerk"), asClerk, 1, false, QString());

    // A clerk's save, with everything the database checks for a login that is not the owner
    // (row policies, the workflow and history triggers, the evaluation line written with it).
    {
        Workspace ws;
        ws.open(asClerk);
        const LoadResult one = ws.load(QStringLiteral("湘潭市第0500局"), 2022);
        Report edited = one.stored->report;
        int revision = one.stored->summary.revision;
        int n = 0;
        print(QStringLiteral("PostgreSQL clerk"), "save one edit (+ its line and 2023's)", measure(20, [&] {
                  edited.preamble = QStringLiteral("填报人员修改 %1").arg(++n);
                  const SaveResult s = ws.save(one.stored->summary.id, revision, edited);
                  if (!s.ok())
                      std::fprintf(stderr, "clerk save: %s\n", qPrintable(s.error.text()));
                  revision = s.revision;
              }));
    }
    // The reviewer's first overview after every department has saved since the last one:
    // the lines are then the clerks' (or of older content), so each report is evaluated again
    // from its content and the reviewer's program keeps its own line for the next time.
    // Programs before schema version 5 take every stored line as it is: nothing to measure.
    QList<double> firstOpen;
    for (int i = 0; i < 3; ++i) {
        Workspace ws;
        ws.open(owner);
        if (ws.connection().runPlain(QStringLiteral("UPDATE jixiao_evaluation SET basis = ''")).isError())
            break;
        QElapsedTimer t;
        t.start();
        Workspace review;
        review.open(asReviewer);
        QList<OverviewRecord> records;
        review.overview(2023, &records);
        firstOpen.append(double(t.nsecsElapsed()) / 1e6);
    }
    if (!firstOpen.isEmpty()) {
        std::sort(firstOpen.begin(), firstOpen.end());
        print(QStringLiteral("PostgreSQL reviewer"), "open + overview, every line evaluated again",
              {firstOpen.at(firstOpen.size() / 2), firstOpen.last()});
        run(QStringLiteral("PostgreSQL reviewer"), asReviewer, departments, false, QString());
    }
    return 0;
}
