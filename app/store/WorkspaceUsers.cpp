#include "WorkspaceUsers.h"

#include <QSqlQuery>
#include <QVariant>

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
    QSqlQuery q;
    return c.run(q, QStringLiteral("SELECT jixiao_user_set(?, ?, ?, ?, ?, ?, ?)"),
                 {u.login, u.displayName, u.department, u.roles.testFlag(WorkspaceRole::Clerk),
                  u.roles.testFlag(WorkspaceRole::Reviewer), u.roles.testFlag(WorkspaceRole::Admin),
                  password.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(password)});
}

WorkspaceError WorkspaceUsers::remove(WorkspaceConnection &c, const QString &login)
{
    QSqlQuery q;
    return c.run(q, QStringLiteral("SELECT jixiao_user_remove(?)"), {login});
}
