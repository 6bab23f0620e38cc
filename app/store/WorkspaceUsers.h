#pragma once

#include "WorkspaceConnection.h"
#include "WorkspaceRecords.h"

#include <QCoreApplication>

// The people of a workspace (jixiao_user) and who is connected. On SQLite the one user owns
// the file and has every role; the table is not consulted. On PostgreSQL a person is a
// database login: the owner of the workspace has every role, anyone else the roles of their
// row, and jixiao_user_set / jixiao_user_remove (PostgresSecurity) change them, creating the
// login and its group memberships. Callers run these inside WorkspaceConnection::write/read.
class WorkspaceUsers
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceUsers)
public:
    // Who this connection is. `programUser`: the name the program saves under (SQLite).
    // `known` is false for a PostgreSQL login that is not a user of the workspace.
    static WorkspaceError current(WorkspaceConnection &c, const QString &programUser, WorkspaceUser *out, bool *known);
    static WorkspaceError list(WorkspaceConnection &c, QList<WorkspaceUser> *out);
    // PostgreSQL only: adds or changes a person; a new login needs a password. The password
    // leaves the program only as the SCRAM-SHA-256 verifier the server stores (computed here
    // with libpq's PQencryptPasswordConn), so that it is never in a statement nor in the
    // server's log; the server sets it only for logins the workspace created.
    static WorkspaceError set(WorkspaceConnection &c, const WorkspaceUser &user, const QString &password);
    // Whether a database login of that name exists (on the whole server).
    static WorkspaceError loginExists(WorkspaceConnection &c, const QString &login, bool *exists);
    static WorkspaceError remove(WorkspaceConnection &c, const QString &login);
};
