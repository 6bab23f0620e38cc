#include "PostgresSecurity.h"

#include "CopyName.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

QString PostgresSecurity::stepScript(int version)
{
    QFile f(QStringLiteral(":/jixiao/sql/postgres-security-%1.sql").arg(version));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString PostgresSecurity::filled(const QString &sql, const QString &quotedSchema)
{
    QString mark = CopyName::mark(); // inside a string literal of the SQL
    mark.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QString(sql).replace(QStringLiteral("@schema@"), quotedSchema).replace(QStringLiteral("@copy_mark@"), mark);
}

WorkspaceError PostgresSecurity::quotedSchema(WorkspaceConnection &c, QString *schema)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT quote_ident(current_schema())")); e.isError())
        return e;
    if (!q.next())
        return WorkspaceError::of(WorkspaceError::Other, c.location().displayName());
    *schema = q.value(0).toString();
    return {};
}

WorkspaceError PostgresSecurity::setUpRoles(WorkspaceConnection &c)
{
    return c.runPlain(QStringLiteral("SELECT jixiao_setup_roles()"));
}

WorkspaceError PostgresSecurity::rolePrefix(WorkspaceConnection &c, QString *prefix)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT value FROM jixiao_meta WHERE key = 'role_prefix'")); e.isError())
        return e;
    *prefix = q.next() ? q.value(0).toString() : QString();
    return {};
}
