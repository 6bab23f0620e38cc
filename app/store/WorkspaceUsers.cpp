#include "WorkspaceUsers.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace {

WorkspaceUser userFrom(const QSqlQuery &q)
{
    WorkspaceUser u;
    u.login = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.department = q.value(2).toString();
    u.roles.setFlag(WorkspaceRole::Clerk, q.value(3).toInt() != 0);
    u.roles.setFlag(WorkspaceRole::Reviewer, q.value(4).toInt() != 0);
    u.roles.setFlag(WorkspaceRole::Admin, q.value(5).toInt() != 0);
    return u;
}

const QString userColumns = QStringLiteral("login, display_name, department, clerk, reviewer, admin");

// The SCRAM-SHA-256 verifier of `password` for `login`, computed on this machine (libpq
// needs the connection only for its encoding); empty when it cannot be.
QByteArray scramVerifier(WorkspaceConnection &c, const QString &login, const QString &password)
{
    const QVariant handle = c.database().driver()->handle();
    // The QPSQL driver's connection: a PGconn* (typedef of struct pg_conn, the name it has).
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return {};
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection)
        return {};
    QByteArray secret = password.toUtf8();
    char *verifier = PQencryptPasswordConn(connection, secret.constData(), login.toUtf8().constData(), "scram-sha-256");
    secret.fill('\0');
    if (!verifier)
        return {};
    const QByteArray out(verifier);
    PQfreemem(verifier);
    return out;
}

} // namespace

WorkspaceError WorkspaceUsers::current(WorkspaceConnection &c, const QString &programUser, WorkspaceUser *out, bool *known)
{
    *out = WorkspaceUser();
    *known = true;
    if (c.dialect().isSqlite()) {
        out->login = programUser;
        out->owner = true;
        out->roles = WorkspaceRole::Clerk | WorkspaceRole::Reviewer | WorkspaceRole::Admin;
        return {};
    }
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT session_user, jixiao_is_owner()")); e.isError())
        return e;
    if (!q.next())
        return WorkspaceError::of(WorkspaceError::Other, c.location().displayName());
    out->login = q.value(0).toString();
    out->owner = q.value(1).toBool();
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT %1 FROM jixiao_user WHERE login = ?").arg(userColumns), {out->login});
        e.isError())
        return e;
    if (q.next()) {
        const bool owner = out->owner;
        *out = userFrom(q);
        out->owner = owner;
    } else {
        *known = out->owner;
    }
    if (out->owner)
        out->roles = WorkspaceRole::Clerk | WorkspaceRole::Reviewer | WorkspaceRole::Admin;
    return {};
}

WorkspaceError WorkspaceUsers::list(WorkspaceConnection &c, QList<WorkspaceUser> *out)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT %1 FROM jixiao_user ORDER BY login").arg(userColumns)); e.isError())
        return e;
    out->clear();
    while (q.next())
        out->append(userFrom(q));
    return {};
}

WorkspaceError WorkspaceUsers::set(WorkspaceConnection &c, const WorkspaceUser &u, const QString &password)
{
    QVariant verifier(QMetaType(QMetaType::QString));
    if (!password.isEmpty()) {
        const QByteArray v = scramVerifier(c, u.login, password);
        if (v.isEmpty())
            return WorkspaceError(WorkspaceError::Other, tr("无法在本机计算密码的校验值（SCRAM），没有把密码发给服务器。"));
        verifier = QString::fromLatin1(v);
    }
    QSqlQuery q;
    const WorkspaceError e = c.run(q, QStringLiteral("SELECT jixiao_user_set(?, ?, ?, ?, ?, ?, ?)"),
                                   {u.login, u.displayName, u.department, u.roles.testFlag(WorkspaceRole::Clerk),
                                    u.roles.testFlag(WorkspaceRole::Reviewer), u.roles.testFlag(WorkspaceRole::Admin),
                                    verifier});
    if (e.kind == WorkspaceError::NotAllowed || e.kind == WorkspaceError::PermissionDenied)
        return WorkspaceError(e.kind, tr("不能这样设置用户“%1”。").arg(u.login), e.detail);
    return e;
}

WorkspaceError WorkspaceUsers::loginExists(WorkspaceConnection &c, const QString &login, bool *exists)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"), {login}); e.isError())
        return e;
    *exists = q.next();
    return {};
}

WorkspaceError WorkspaceUsers::remove(WorkspaceConnection &c, const QString &login)
{
    QSqlQuery q;
    return c.run(q, QStringLiteral("SELECT jixiao_user_remove(?)"), {login});
}
