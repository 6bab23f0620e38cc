#pragma once

#include <QCoreApplication>
#include <QStringList>

// jixiao users [--db LOCATION] list
// jixiao users --db LOCATION add LOGIN --role clerk|reviewer|admin[,…] [--department NAME]
//              [--name 姓名] [--password PW | --password-stdin]
// jixiao users --db LOCATION remove LOGIN
// jixiao users --db LOCATION init
// The people of a shared (PostgreSQL) workspace and their roles. `add` creates the database
// login when it does not exist (a password is then required) and gives it the roles; run
// again it changes them. `init` creates the workspace's group roles when the owner could not
// (run as a login with CREATEROLE). Administrators and the owner only; the database checks.
// Exit 0; 2 when refused (or a usage error).
class UsersCommand
{
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)
public:
    static int run(const QStringList &arguments);
};
