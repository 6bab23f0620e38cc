// A writer process for the storage tests. It is killed with SIGKILL at random moments
// (tst_workspacecrash) or races a second writer (tst_workspace). Every change it prints
// has been acknowledged by the workspace, i.e. committed.
//
//   store_writer_child LOCATION edits            save edits forever: "ACK <revision> <n>",
//                                                 now and then "NEW <department>"
//   store_writer_child LOCATION save ID REVISION  one edit on top of REVISION: "SAVED <rev>"
//                                                 or "CONFLICT <current revision>"
//   store_writer_child LOCATION list              another program that only reads, as
//                                                 `jixiao list` does: "REPORTS <n>"
//   store_writer_child LOCATION preamble ID       what other programs read: "PREAMBLE <text>"
//   store_writer_child LOCATION meta KEY          a row of jixiao_meta: "META <value>"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cstdio>

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

Report stressReport(int year)
{
    Report r;
    r.department = QStringLiteral("压力测试局");
    r.year = year;
    r.title = QStringLiteral("部门整体支出预算绩效自评报告");
    return r;
}

int edits(Workspace &ws)
{
    const Report fresh = stressReport(2024);
    LoadResult loaded = ws.load(fresh.department, fresh.year);
    if (!loaded.ok()) {
        const SaveResult created = ws.create(fresh);
        if (!created.ok() && created.error.kind != WorkspaceError::Duplicate) {
            say(QStringLiteral("ERROR ") + created.error.text());
            return 1;
        }
        loaded = ws.load(fresh.department, fresh.year);
    }
    if (!loaded.ok()) {
        say(QStringLiteral("ERROR ") + loaded.error.text());
        return 1;
    }
    Report report = loaded.stored->report;
    const qint64 id = loaded.stored->summary.id;
    int revision = loaded.stored->summary.revision;
    say(QStringLiteral("READY %1").arg(revision));
    for (int i = 1;; ++i) {
        const int n = revision + 1;
        report.preamble = QStringLiteral("第%1次修改").arg(n);
        report.budget.initial.basic = Money::fromFen(qint64(n) * 100);
        report.profile.functions.append(QStringLiteral("职能%1").arg(n)); // content changes size
        if (report.profile.functions.size() > 20)
            report.profile.functions.removeFirst();
        const SaveResult saved = ws.save(id, revision, report);
        if (!saved.ok()) {
            say(QStringLiteral("ERROR ") + saved.error.text());
            return 1;
        }
        revision = saved.revision;
        say(QStringLiteral("ACK %1 %2").arg(revision).arg(n));
        if (i % 5 == 0) {
            Report extra = stressReport(2024);
            extra.department = QStringLiteral("附属单位%1").arg(revision);
            if (ws.create(extra).ok())
                say(QStringLiteral("NEW ") + extra.department);
        }
    }
}

int saveOnce(Workspace &ws, qint64 id, int baseRevision)
{
    const LoadResult loaded = ws.load(id);
    if (!loaded.ok()) {
        say(QStringLiteral("ERROR ") + loaded.error.text());
        return 1;
    }
    Report report = loaded.stored->report;
    report.preamble = QStringLiteral("另一个进程的修改");
    const SaveResult saved = ws.save(id, baseRevision, report);
    if (saved.isConflict()) {
        say(QStringLiteral("CONFLICT %1").arg(saved.current ? saved.current->revision : -1));
        return 0;
    }
    if (!saved.ok()) {
        say(QStringLiteral("ERROR ") + saved.error.text());
        return 1;
    }
    say(QStringLiteral("SAVED %1").arg(saved.revision));
    return 0;
}

int list(Workspace &ws)
{
    QList<ReportSummary> reports;
    if (const WorkspaceError e = ws.list(&reports); e.isError()) {
        say(QStringLiteral("ERROR ") + e.text());
        return 1;
    }
    say(QStringLiteral("REPORTS %1").arg(reports.size()));
    return 0;
}

int preamble(Workspace &ws, qint64 id)
{
    const LoadResult loaded = ws.load(id);
    if (!loaded.ok()) {
        say(QStringLiteral("ERROR ") + loaded.error.text());
        return 1;
    }
    say(QStringLiteral("PREAMBLE ") + loaded.stored->report.preamble);
    return 0;
}

int meta(Workspace &ws, const QString &key)
{
    QString value;
    const WorkspaceError e = ws.connection().read([&]() -> WorkspaceError {
        QSqlQuery q;
        if (WorkspaceError e = ws.connection().run(q, QStringLiteral("SELECT value FROM jixiao_meta WHERE key = ?"), {key});
            e.isError())
            return e;
        if (q.next())
            value = q.value(0).toString();
        return {};
    });
    if (e.isError()) {
        say(QStringLiteral("ERROR ") + e.text());
        return 1;
    }
    say(QStringLiteral("META ") + value);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    Workspace ws;
    Workspace::Options options;
    options.userName = QStringLiteral("child");
    options.historyMergeSeconds = args.value(2) == QLatin1String("edits") ? 1 : 600;
    if (const WorkspaceError e = ws.open(WorkspaceLocation::parse(args.at(1)), options); e.isError()) {
        say(QStringLiteral("ERROR ") + e.text());
        return 1;
    }
    if (args.at(2) == QLatin1String("edits"))
        return edits(ws);
    if (args.at(2) == QLatin1String("save") && args.size() >= 5)
        return saveOnce(ws, args.at(3).toLongLong(), args.at(4).toInt());
    if (args.at(2) == QLatin1String("list"))
        return list(ws);
    if (args.at(2) == QLatin1String("preamble") && args.size() >= 4)
        return preamble(ws, args.at(3).toLongLong());
    if (args.at(2) == QLatin1String("meta") && args.size() >= 4)
        return meta(ws, args.at(3));
    return 2;
}
