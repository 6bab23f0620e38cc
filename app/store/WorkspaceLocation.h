#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Where a workspace lives: a SQLite file (the default), or a PostgreSQL database written as
// postgresql://user[:password]@host[:port]/dbname. A socket directory is given as the host,
// percent-encoded (postgresql://me@%2Fvar%2Frun%2Fpostgresql/jixiao) or as ?host=/dir, the
// way libpq writes it. Other ?key=value parameters (sslmode, …) are passed to libpq.
struct WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLocation)
public:
    enum class Engine { None, Sqlite, Postgres };
    static constexpr int DefaultPostgresPort = 5432;

    Engine engine = Engine::None;
    QString filePath; // SQLite
    QString host;     // PostgreSQL: a name, an address or a socket directory
    int port = DefaultPostgresPort;
    QString databaseName;
    QString userName;
    QString password;
    QStringList options; // extra libpq "key=value" options

    static WorkspaceLocation sqlite(const QString &filePath);
    static WorkspaceLocation postgres(const QString &host, int port, const QString &databaseName,
                                      const QString &userName, const QString &password = {});
    // Reads what a user typed (--db or the window). On failure returns an invalid location
    // and says why in *problem.
    static WorkspaceLocation parse(const QString &text, QString *problem = nullptr);

    bool isValid() const { return engine != Engine::None; }
    bool isSocketDirectory() const { return host.startsWith(QLatin1Char('/')); }
    // For messages and the window's title: never shows the password.
    QString displayName() const;
    // The full form that parse() reads back (with the password): for child processes.
    QString toString() const;
    bool operator==(const WorkspaceLocation &) const = default;
};
