#include "PostgresSecurity.h"

#include "CopyName.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

QString PostgresSecurity::resource(const QString &name, const QString &quotedSchema)
{
    QFile f(QStringLiteral(":/jixiao/sql/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString mark = CopyName::mark(); // inside a string literal of the SQL
    mark.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QString::fromUtf8(f.readAll())
        .replace(QStringLiteral("@schema@"), quotedSchema)
        .replace(QStringLiteral("@copy_mark@"), mark);
}

QString PostgresSecurity::script(const QString &quotedSchema)
{
    return resource(QStringLiteral("postgres-security.sql"), quotedSchema);
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

WorkspaceError PostgresSecurity::upgrade(WorkspaceConnection &c, int version)
{
    QString schema;
    if (WorkspaceError e = quotedSchema(c, &schema); e.isError())
        return e;
    const QString name = QStringLiteral("postgres-security-%1.sql").arg(version);
    const QString sql = resource(name, schema);
    if (sql.isEmpty())
        return WorkspaceError(WorkspaceError::Other, name + QStringLiteral(" is not built in"));
    return c.runPlain(sql);
}

WorkspaceError PostgresSecurity::install(WorkspaceConnection &c)
{
    QSqlQuery q;
    // The group roles are cluster-wide, so their names carry the database's.
    if (WorkspaceError e = c.run(q, QStringLiteral(
            "SELECT quote_ident(current_schema()), 'jx_' || left(regexp_replace(lower(current_database()), "
            "'[^a-z0-9_]+', '_', 'g'), 40)"));
        e.isError())
        return e;
    if (!q.next())
        return WorkspaceError::of(WorkspaceError::Other, c.location().displayName());
    const QString schema = q.value(0).toString();
    const QString prefix = q.value(1).toString();
    if (WorkspaceError e = c.run(q, QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES ('role_prefix', ?)"), {prefix});
        e.isError())
        return e;
    const QString sql = script(schema);
    if (sql.isEmpty())
        return WorkspaceError(WorkspaceError::Other, QStringLiteral("postgres-security.sql is not built in"));
    // One string, many statements: the simple query protocol runs them all in turn.
    if (WorkspaceError e = c.runPlain(sql); e.isError())
        return e;
    return c.runPlain(QStringLiteral(
        "DO $$ BEGIN IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN "
        "PERFORM jixiao_setup_roles(); END IF; END $$"));
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
