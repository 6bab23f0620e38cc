#include "DefaultWorkspace.h"

#include "ReportJsonReader.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {
const QString seededKey = QStringLiteral("sample_seeded");
}

QString DefaultWorkspace::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.sqlite");
}

WorkspaceError DefaultWorkspace::open(Workspace &workspace, const Workspace::Options &options)
{
    Workspace::Options o = options;
    o.createIfMissing = true;
    if (WorkspaceError e = workspace.open(location(), o); e.isError())
        return e;
    if (workspace.isReadOnly())
        return {};
    return seed(workspace);
}

WorkspaceError DefaultWorkspace::seed(Workspace &workspace)
{
    WorkspaceConnection &c = workspace.connection();
    bool seeded = false;
    if (WorkspaceError e = c.read([&] {
            QSqlQuery q;
            const WorkspaceError e = c.run(q, QStringLiteral("SELECT value FROM jixiao_meta WHERE key = ?"), {seededKey});
            seeded = !e.isError() && q.next();
            return e;
        });
        e.isError() || seeded)
        return e;
    const ReportJsonReader::Result sample = ReportJsonReader::readFile(QStringLiteral(":/samples/xiangtan-2023.json"));
    if (sample.ok()) {
        const SaveResult added = workspace.importReport(*sample.report);
        if (!added.ok())
            return added.error;
    }
    return c.write([&] {
        QSqlQuery q;
        return c.run(q, QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"), {seededKey, QStringLiteral("1")});
    });
}
