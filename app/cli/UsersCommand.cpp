#include "UsersCommand.h"

#include "CommandOutput.h"
#include "WorkspaceInput.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace {

QString rolesText(WorkspaceRoles roles)
{
    QStringList names;
    for (WorkspaceRole r : allWorkspaceRoles()) {
        if (roles.testFlag(r))
            names.append(workspaceRoleText(r));
    }
    return names.join(QStringLiteral("、"));
}

} // namespace

namespace {

// The options of `users`, besides --db.
struct UserOptions
{
    QCommandLineOption role{QStringLiteral("role"), UsersCommand::tr("角色：clerk、reviewer、admin，可用逗号给出多个"),
                            QStringLiteral("ROLES")};
    QCommandLineOption department{QStringLiteral("department"), UsersCommand::tr("填报人员所属的部门"), QStringLiteral("NAME")};
    QCommandLineOption name{QStringLiteral("name"), UsersCommand::tr("显示的姓名"), QStringLiteral("NAME")};
    QCommandLineOption password{QStringLiteral("password"),
                                UsersCommand::tr("新账号的密码（或修改密码）。命令行本机其他用户可以在进程列表（ps）中看到，"
                                                 "请改用 --password-stdin"),
                                QStringLiteral("PW")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"), UsersCommand::tr("从标准输入读取密码（一行）")};
};

// The user `add LOGIN` sets, and the password to set (empty: none); an exit code on a usage error.
std::optional<int> userToAdd(const QCommandLineParser &parser, const UserOptions &o, const QString &login,
                             WorkspaceUser *user, QString *secret)
{
    user->login = login;
    for (const QString &key : parser.value(o.role).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<WorkspaceRole> r = workspaceRoleFromKey(key);
        if (!r)
            return CommandOutput::usageError(UsersCommand::tr("不认识的角色“%1”：可用 clerk、reviewer、admin").arg(key.trimmed()));
        user->roles |= *r;
    }
    if (!user->roles)
        return CommandOutput::usageError(UsersCommand::tr("请用 --role 给出角色：clerk、reviewer、admin"));
    user->department = parser.value(o.department).trimmed();
    if (user->roles.testFlag(WorkspaceRole::Clerk) && user->department.isEmpty())
        return CommandOutput::usageError(UsersCommand::tr("填报人员需要用 --department 给出所属部门"));
    user->displayName = parser.value(o.name);
    *secret = parser.value(o.password);
    if (parser.isSet(o.password))
        CommandOutput::err(UsersCommand::tr("jixiao：注意：--password 给出的密码，本机其他用户可以在进程列表（ps）中看到；"
                                            "请改用 --password-stdin。")
                           + QLatin1Char('\n'));
    if (parser.isSet(o.passwordStdin))
        *secret = QTextStream(stdin).readLine();
    return std::nullopt;
}

int listUsers(Workspace &workspace)
{
    const QString where = workspace.location().displayName();
    QList<WorkspaceUser> users;
    if (const WorkspaceError e = workspace.users(&users); e.isError())
        return CommandOutput::refused(where, e.text());
    QString text = UsersCommand::tr("工作区：%1").arg(where) + QLatin1Char('\n');
    if (workspace.location().engine == WorkspaceLocation::Engine::Sqlite)
        text += UsersCommand::tr("SQLite 工作区只有一个用户（%1），拥有全部角色。").arg(workspace.currentUser().login) + QLatin1Char('\n');
    for (const WorkspaceUser &u : users)
        text += QStringLiteral("%1\t%2\t%3\t%4\n").arg(u.login, u.displayName, rolesText(u.roles), u.department);
    CommandOutput::out(text);
    return CommandOutput::Success;
}

// add, remove or init; what was done is said on stdout.
int change(Workspace &workspace, const QString &action, const WorkspaceUser &user, const QString &secret)
{
    WorkspaceError e;
    if (action == QLatin1String("init")) {
        e = workspace.setUpRoles();
    } else if (action == QLatin1String("add")) {
        // A login is the server's, not the workspace's: its new password holds for every
        // database there. Said before it is changed (the command does not wait for an answer).
        bool exists = false;
        if (!secret.isEmpty() && !workspace.loginExists(user.login, &exists).isError() && exists)
            CommandOutput::err(UsersCommand::tr("jixiao：数据库账号“%1”已经存在，将改掉它的密码；新密码对服务器上的所有数据库都生效。")
                                   .arg(user.login)
                               + QLatin1Char('\n'));
        e = workspace.setUser(user, secret);
    } else {
        e = workspace.removeUser(user.login);
    }
    if (e.isError()) {
        CommandOutput::err(UsersCommand::tr("jixiao：%1").arg(e.text()) + QLatin1Char('\n'));
        return CommandOutput::Refused;
    }
    if (action == QLatin1String("add"))
        CommandOutput::out(UsersCommand::tr("已设置用户 %1：%2%3")
                               .arg(user.login, rolesText(user.roles),
                                    user.department.isEmpty() ? QString() : UsersCommand::tr("（%1）").arg(user.department))
                           + QLatin1Char('\n'));
    else if (action == QLatin1String("remove"))
        CommandOutput::out(UsersCommand::tr("已把 %1 移出工作区（数据库账号本身保留）").arg(user.login) + QLatin1Char('\n'));
    else
        CommandOutput::out(UsersCommand::tr("已建立工作区的角色组") + QLatin1Char('\n'));
    return CommandOutput::Success;
}

} // namespace

int UsersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("管理共享（PostgreSQL）工作区的用户和角色：填报人员（编辑本部门的报告）、"
                                        "审核人员（退回、审核通过、重新打开、写意见）、管理员（管理用户）。\n"
                                        "您自己的登录密码请用环境变量 PGPASSWORD 或 ~/.pgpass 文件给出；新账号的密码请用 "
                                        "--password-stdin 从标准输入给出。密码只以 SCRAM 校验值的形式发给服务器。"
                                        "只有工作区建立的账号才能在这里改密码，而改密码对整个服务器生效。"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("users"), tr("命令名"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list | add LOGIN | remove LOGIN | init"));
    parser.addOption(WorkspaceInput::dbOption());
    const UserOptions options;
    parser.addOptions({options.role, options.department, options.name, options.password, options.passwordStdin});
    if (const std::optional<int> done = CommandOutput::parseOrExit(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.value(0, QStringLiteral("list"));
    const bool needsLogin = action == QLatin1String("add") || action == QLatin1String("remove");
    const bool known = needsLogin || action == QLatin1String("list") || action == QLatin1String("init");
    if (!known || args.size() > (needsLogin ? 2 : 1) || (needsLogin && args.size() < 2))
        return CommandOutput::usageError(tr("用法：jixiao users --db LOCATION list | add LOGIN --role … | remove LOGIN | init"));

    WorkspaceUser user;
    user.login = args.value(1);
    QString secret;
    if (action == QLatin1String("add")) {
        if (const std::optional<int> refused = userToAdd(parser, options, args.at(1), &user, &secret))
            return *refused;
    }
    Workspace workspace;
    int exitCode = CommandOutput::Success;
    if (!WorkspaceInput::open(parser, workspace, false, &exitCode))
        return exitCode;
    return action == QLatin1String("list") ? listUsers(workspace) : change(workspace, action, user, secret);
}
