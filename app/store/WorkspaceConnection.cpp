#include "WorkspaceConnection.h"

#include "ServerProbe.h"
#include "SqliteFileHold.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QAtomicInt connectionCounter;
}

WorkspaceConnection::WorkspaceConnection()
    : m_name(QStringLiteral("jixiao-workspace-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

WorkspaceConnection::~WorkspaceConnection()
{
    close();
}

WorkspaceError WorkspaceConnection::checkDriver(WorkspaceLocation::Engine engine)
{
    const QString driver = SqlDialect(engine).driverName();
    if (!QSqlDatabase::isDriverAvailable(driver))
        return WorkspaceError::driverMissing(driver);
    return {};
}

QSqlDatabase WorkspaceConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

WorkspaceError WorkspaceConnection::open(const WorkspaceLocation &location, const Options &options)
{
    close();
    if (!location.isValid())
        return WorkspaceError::of(WorkspaceError::InvalidLocation, location.displayName());
    m_location = location;
    m_options = options;
    m_dialect = SqlDialect(location.engine);
    if (WorkspaceError e = checkDriver(location.engine); e.isError())
        return e;
    const WorkspaceError e = m_dialect.isSqlite() ? openSqlite() : openPostgres();
    if (e.isError()) {
        close();
        return e;
    }
    m_open = true;
    m_lost = false;
    return {};
}

WorkspaceError WorkspaceConnection::openSqlite()
{
    const QString path = m_location.filePath;
    const QFileInfo info(path);
    m_readOnly = false;
    if (!info.exists()) {
        if (!m_options.createIfMissing)
            return WorkspaceError::of(WorkspaceError::FileMissing, where());
        if (!QDir().mkpath(info.absolutePath()))
            return WorkspaceError::of(WorkspaceError::CannotOpen, where());
    } else if (info.isDir()) {
        return WorkspaceError::of(WorkspaceError::NotADatabase, where());
    } else {
        // The owner's write bit counts even for root (who may write anyway): a file marked
        // read-only is never written. WAL needs to create files beside it, so a read-only
        // directory makes the workspace read-only too.
        m_readOnly = !(info.permissions() & QFileDevice::WriteOwner) || !info.isWritable()
            || !QFileInfo(info.absolutePath()).isWritable();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(m_dialect.connectOptions(m_options.busyTimeoutMs, m_options.connectTimeoutSeconds, m_readOnly));
    if (!db.open())
        return errorFrom(db.lastError());
    return {};
}

WorkspaceError WorkspaceConnection::openPostgres()
{
    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                     : QSqlDatabase::addDatabase(m_dialect.driverName(), m_name);
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.databaseName);
    db.setUserName(m_location.userName);
    db.setPassword(m_location.password);
    QStringList connectOptions{m_dialect.connectOptions(m_options.busyTimeoutMs, m_options.connectTimeoutSeconds, false)};
    connectOptions += m_location.options;
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open())
        return connectionFailure(db.lastError());
    m_readOnly = false;
    return {};
}

WorkspaceError WorkspaceConnection::connectionFailure(const QSqlError &error)
{
    const QString detail = error.databaseText().trimmed();
    if (!ServerProbe::reachable(m_location.host, m_location.port))
        return WorkspaceError::of(WorkspaceError::ServerUnreachable, where(), detail);
    // The server answered. Its refusal comes in the server's language, libpq's own words in
    // the user's: look for both.
    const QString lower = detail.toLower();
    auto has = [&lower](const char *word) { return lower.contains(QString::fromUtf8(word)); };
    if (has("password") || has("authentication") || has("密码") || has("认证") || has("验证")
        || (has("role") && has("does not exist")))
        return WorkspaceError::of(WorkspaceError::AuthenticationFailed, where(), detail);
    if ((has("database") && has("does not exist")) || (has("数据库") && has("不存在")))
        return WorkspaceError::of(WorkspaceError::DatabaseMissing, where(), detail);
    // Stopping, starting or recovering (SQLSTATE 57P03, e.g. during pg_ctl restart), or full:
    // it will take connections again in a moment, so the edit is kept and tried again.
    if (has("shutting down") || has("starting up") || has("recovery mode") || has("not yet accepting")
        || has("too many clients") || has("正在关闭") || has("启动") || has("恢复模式"))
        return WorkspaceError::of(WorkspaceError::ServerUnreachable, where(), detail);
    return WorkspaceError::of(WorkspaceError::Other, where(), detail);
}

WorkspaceError WorkspaceConnection::setUpSession()
{
    m_holdsFile = false;
    if (m_readOnly)
        return {};
    for (const QString &statement : m_dialect.sessionSetup(m_options.busyTimeoutMs)) {
        if (WorkspaceError e = runPlain(statement); e.isError())
            return e;
    }
    // In WAL mode the connection now keeps its shared lock on the file until it closes.
    m_holdsFile = m_dialect.isSqlite();
    return {};
}

void WorkspaceConnection::close()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    m_open = false;
    m_holdsFile = false;
}

WorkspaceError WorkspaceConnection::errorFrom(const QSqlError &error)
{
    WorkspaceError::Kind kind = m_dialect.classify(error);
    if (kind == WorkspaceError::ConnectionLost) {
        if (alive())
            kind = WorkspaceError::Other;
        else
            m_lost = true;
    }
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText();
    return WorkspaceError::of(kind, where(), detail);
}

bool WorkspaceConnection::alive()
{
    if (m_dialect.isSqlite())
        return true;
    if (!database().isOpen())
        return false;
    QSqlQuery probe(database());
    if (probe.exec(QStringLiteral("SELECT 1")))
        return true;
    // An error the server sent (it has a SQLSTATE) proves the connection still works.
    return !probe.lastError().nativeErrorCode().isEmpty();
}

WorkspaceError WorkspaceConnection::notConnected()
{
    m_lost = true;
    return WorkspaceError::of(m_dialect.isSqlite() ? WorkspaceError::CannotOpen : WorkspaceError::ConnectionLost, where());
}

WorkspaceError WorkspaceConnection::failed(const QSqlError &error)
{
    // PostgreSQL refuses everything after an error until the transaction ends, even the
    // DEALLOCATE of the failed prepared statement: end it now (the caller rolls back anyway).
    if (!m_dialect.isSqlite() && !error.nativeErrorCode().isEmpty() && database().isOpen() && m_inTransaction) {
        QSqlQuery rollback(database());
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
    }
    return errorFrom(error);
}

WorkspaceError WorkspaceConnection::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!database().isOpen())
        return notConnected();
    query = QSqlQuery(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failed(query.lastError());
    for (const QVariant &v : values) {
        // A null QString would be bound as NULL; text columns mean "" by it.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return failed(query.lastError());
    return {};
}

WorkspaceError WorkspaceConnection::runPlain(const QString &sql)
{
    if (!database().isOpen())
        return notConnected();
    QSqlQuery query(database());
    if (!query.exec(sql))
        return failed(query.lastError());
    return {};
}

WorkspaceError WorkspaceConnection::reconnect()
{
    {
        QSqlDatabase db = database();
        db.close();
    }
    const WorkspaceError e = m_dialect.isSqlite() ? openSqlite() : openPostgres();
    if (e.isError()) {
        if (e.kind == WorkspaceError::ServerUnreachable)
            return WorkspaceError::of(WorkspaceError::ConnectionLost, where(), e.detail);
        return e;
    }
    m_lost = false;
    return setUpSession();
}

WorkspaceError WorkspaceConnection::write(const std::function<WorkspaceError()> &work)
{
    if (!m_open)
        return WorkspaceError::of(WorkspaceError::Other, where());
    if (m_readOnly)
        return WorkspaceError::of(WorkspaceError::ReadOnly, where());
    for (int attempt = 0;; ++attempt) {
        if (m_lost) {
            if (WorkspaceError e = reconnect(); e.isError())
                return e;
        }
        if (WorkspaceError e = keepFileHeld(); e.isError())
            return e;
        WorkspaceError e = runPlain(m_dialect.beginWrite());
        m_inTransaction = !e.isError();
        if (!e.isError())
            e = work();
        if (!e.isError())
            e = runPlain(QStringLiteral("COMMIT"));
        const bool open = m_inTransaction;
        m_inTransaction = false;
        if (!e.isError()) {
            bool redo = false;
            e = confirmCommit(&redo);
            if (!e.isError() && !redo)
                return {};
            if (!e.isError() && attempt == 0)
                continue; // the commit went into files nobody else reads: again, on the reopened file
            if (!e.isError())
                e = fileNotHeld(QStringLiteral("the commit did not reach the file after reopening it"));
            return e;
        }
        if (open && !m_lost && database().isOpen()) {
            QSqlQuery rollback(database());
            rollback.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when nothing is open
        }
        if (m_lost && attempt == 0)
            continue; // reopen and try once more: the work is idempotent
        return e;
    }
}

WorkspaceError WorkspaceConnection::fileNotHeld(const QString &detail) const
{
    return WorkspaceError::of(WorkspaceError::IoError, where(), detail);
}

WorkspaceError WorkspaceConnection::keepFileHeld()
{
    if (!m_holdsFile)
        return {};
    const SqliteFileHold::State state = SqliteFileHold::check(m_location.filePath);
    if (state == SqliteFileHold::State::Held || state == SqliteFileHold::State::Unknown)
        return {};
    return reopenFile(state);
}

WorkspaceError WorkspaceConnection::reopenFile(SqliteFileHold::State state)
{
    // Never a new empty file in place of a workspace that was deleted or moved away: the
    // write fails (and is retried) until it is back.
    if (!QFileInfo::exists(m_location.filePath))
        return fileNotHeld(QStringLiteral("the workspace file was deleted or moved"));
    qWarning("jixiao: the workspace %s was no longer held by this program (%s): reopening it",
             qPrintable(where()), SqliteFileHold::name(state));
    SqliteFileHold::forbidCheckpointOnClose(database());
    close();
    WorkspaceError e = openSqlite();
    if (!e.isError()) {
        m_open = true;
        m_lost = false;
        e = setUpSession();
    }
    if (e.isError())
        return e;
    const SqliteFileHold::State now = SqliteFileHold::check(m_location.filePath);
    if (now != SqliteFileHold::State::Held && now != SqliteFileHold::State::Unknown)
        return fileNotHeld(QString::fromLatin1(SqliteFileHold::name(now)));
    return {};
}

WorkspaceError WorkspaceConnection::confirmCommit(bool *redo)
{
    *redo = false;
    if (!m_holdsFile)
        return {};
    const SqliteFileHold::State state = SqliteFileHold::check(m_location.filePath);
    if (state == SqliteFileHold::State::Held || state == SqliteFileHold::State::Unknown)
        return {};
    // The lock was gone but the files were ours: the commit is in the -wal others read,
    // unless another program was deleting it at that very moment. Keep that -wal open
    // across the reopen; once the lock is ours again no program can be deleting it, and
    // its link count tells. (SQLite takes no locks on the -wal itself: opening it is safe.)
    const QByteArray walPath = QFile::encodeName(m_location.filePath) + "-wal";
    const int wal = state == SqliteFileHold::State::LockLost ? ::open(walPath.constData(), O_RDONLY | O_CLOEXEC) : -1;
    const WorkspaceError e = reopenFile(state);
    bool reached = false;
    if (wal >= 0) {
        struct stat held;
        struct stat onDisk;
        reached = ::fstat(wal, &held) == 0 && held.st_nlink > 0 && ::stat(walPath.constData(), &onDisk) == 0
            && held.st_dev == onDisk.st_dev && held.st_ino == onDisk.st_ino;
        ::close(wal);
    }
    if (e.isError())
        return e;
    *redo = !reached;
    return {};
}

WorkspaceError WorkspaceConnection::read(const std::function<WorkspaceError()> &work)
{
    if (!m_open)
        return WorkspaceError::of(WorkspaceError::Other, where());
    for (int attempt = 0;; ++attempt) {
        if (m_lost) {
            if (WorkspaceError e = reconnect(); e.isError())
                return e;
        }
        if (WorkspaceError e = keepFileHeld(); e.isError())
            return e;
        const WorkspaceError e = work();
        if (!e.isError() || !m_lost || attempt > 0)
            return e;
    }
}
