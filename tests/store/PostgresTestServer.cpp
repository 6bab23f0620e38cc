#include "PostgresTestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    int port = 0;
    socklen_t size = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &size) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

bool chownToPostgres(const QString &path)
{
    if (::geteuid() != 0)
        return true;
    const passwd *pw = ::getpwnam("postgres");
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

PostgresTestServer::PostgresTestServer() = default;

PostgresTestServer::~PostgresTestServer()
{
    stop(true);
}

QString PostgresTestServer::binDir()
{
    QStringList candidates;
    if (const QString named = qEnvironmentVariable("JIXIAO_PG_BINDIR"); !named.isEmpty()) {
        candidates << named; // the only place looked
    } else {
        candidates << QStringLiteral("/usr/lib/postgresql/15/bin");
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &v : versions)
            candidates << QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
    }
    for (const QString &dir : candidates) {
        if (QFile::exists(dir + QStringLiteral("/initdb")) && QFile::exists(dir + QStringLiteral("/pg_ctl")))
            return dir;
    }
    return {};
}

QString PostgresTestServer::logFile() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/log") : QString();
}

QString PostgresTestServer::socketDir() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/sock") : QString();
}

bool PostgresTestServer::run(const QString &program, const QStringList &arguments, QString *why, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    if (::geteuid() == 0)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (why)
            *why = QStringLiteral("%1 failed: %2 %3").arg(QFileInfo(program).fileName(), p.errorString(),
                                                         QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool PostgresTestServer::start(QString *why)
{
    if (m_running)
        return true;
    if (!m_initialised) {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            *why = QStringLiteral("no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin");
            return false;
        }
        if (::geteuid() == 0 && !::getpwnam("postgres")) {
            *why = QStringLiteral("running as root, but there is no `postgres` user to run the server as");
            return false;
        }
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/jixiao-pg-XXXXXX"));
        if (!m_dir->isValid() || !QDir(m_dir->path()).mkpath(QStringLiteral("sock"))) {
            *why = QStringLiteral("cannot create a temporary directory");
            return false;
        }
        const QString pwfile = m_dir->path() + QStringLiteral("/pw");
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly) || f.write(password().toUtf8() + '\n') < 0) {
            *why = QStringLiteral("cannot write the password file");
            return false;
        }
        f.close();
        if (!chownToPostgres(m_dir->path()) || !chownToPostgres(socketDir()) || !chownToPostgres(pwfile)) {
            *why = QStringLiteral("cannot hand the temporary directory to the postgres user");
            return false;
        }
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-U"), userName(),
                  QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-local=trust"),
                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                 why))
            return false;
        m_initialised = true;
        m_port = freePort();
    }
    // A throwaway server: durability of PostgreSQL itself is not what the tests are about.
    QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c shared_buffers=16MB "
                                     "-c max_connections=%3")
                          .arg(m_port)
                          .arg(socketDir())
                          .arg(m_maxConnections);
    if (!m_durable)
        options += QStringLiteral(" -c fsync=off -c full_page_writes=off");
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-l"),
              m_dir->path() + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("-o"), options, QStringLiteral("start")},
             why, 90000))
        return false;
    m_running = true;
    return true;
}

bool PostgresTestServer::stop(bool immediate)
{
    if (!m_running)
        return true;
    m_running = false;
    return run(m_bin + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"),
                immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
                QStringLiteral("stop")},
               nullptr);
}

bool PostgresTestServer::beginSmartShutdown(QString *why)
{
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("smart"),
              QStringLiteral("-W"), QStringLiteral("stop")},
             why))
        return false;
    m_running = false;
    return true;
}

bool PostgresTestServer::waitStopped(QString *why)
{
    // pg_ctl status exits 3 once the server is gone.
    const QStringList status{QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("status")};
    for (int i = 0; i < 600; ++i) {
        if (!run(m_bin + QStringLiteral("/pg_ctl"), status, nullptr))
            return true;
        QThread::msleep(50);
    }
    *why = QStringLiteral("the server did not stop within 30 s");
    return false;
}

bool PostgresTestServer::restart(QString *why)
{
    if (!m_running)
        return start(why);
    m_running = run(m_bin + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-l"),
                     m_dir->path() + QStringLiteral("/log"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                     QStringLiteral("restart")},
                    why, 90000);
    return m_running;
}

bool PostgresTestServer::admin(const QString &sql, QString *why)
{
    const QString name = QStringLiteral("jixiao-pg-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketDir());
        db.setPort(m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(userName());
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && why)
                *why = q.lastError().text();
        } else if (why) {
            *why = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PostgresTestServer::createDatabase(const QString &name, QString *why)
{
    return admin(QStringLiteral("CREATE DATABASE \"%1\"").arg(name), why);
}

bool PostgresTestServer::terminateConnections(const QString &database, QString *why)
{
    return admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                                "AND pid <> pg_backend_pid()")
                     .arg(database),
                 why);
}

WorkspaceLocation PostgresTestServer::location(const QString &database) const
{
    return WorkspaceLocation::postgres(QStringLiteral("127.0.0.1"), m_port, database, userName(), password());
}

WorkspaceLocation PostgresTestServer::socketLocation(const QString &database) const
{
    return WorkspaceLocation::postgres(socketDir(), m_port, database, userName());
}
