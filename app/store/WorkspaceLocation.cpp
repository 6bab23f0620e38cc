#include "WorkspaceLocation.h"

#include <QDir>
#include <QUrl>

#include <optional>

WorkspaceLocation WorkspaceLocation::sqlite(const QString &filePath)
{
    WorkspaceLocation l;
    l.engine = Engine::Sqlite;
    l.filePath = filePath;
    return l;
}

WorkspaceLocation WorkspaceLocation::postgres(const QString &host, int port, const QString &databaseName,
                                              const QString &userName, const QString &password)
{
    WorkspaceLocation l;
    l.engine = Engine::Postgres;
    l.host = host;
    l.port = port;
    l.databaseName = databaseName;
    l.userName = userName;
    l.password = password;
    return l;
}

namespace {

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// user[:password]@host[:port] into `l` (an IPv6 host in brackets); the port's text when it
// is not a port number.
std::optional<QString> readAuthority(const QString &authority, WorkspaceLocation &l)
{
    QString hostPort = authority;
    if (const int at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString credentials = authority.left(at);
        hostPort = authority.mid(at + 1);
        const int colon = credentials.indexOf(QLatin1Char(':'));
        l.userName = decoded(QStringView(credentials).left(colon >= 0 ? colon : credentials.size()));
        if (colon >= 0)
            l.password = decoded(QStringView(credentials).mid(colon + 1));
    }
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && !hostPort.endsWith(QLatin1Char(']'))) {
        bool ok = false;
        l.port = hostPort.mid(colon + 1).toInt(&ok);
        if (!ok || l.port <= 0 || l.port > 65535)
            return hostPort.mid(colon + 1);
        hostPort.truncate(colon);
    }
    l.host = decoded(hostPort);
    if (l.host.startsWith(QLatin1Char('[')) && l.host.endsWith(QLatin1Char(']')))
        l.host = l.host.mid(1, l.host.size() - 2);
    return std::nullopt;
}

// libpq's ?key=value&… parameters: host, port, user, password and dbname win over the
// address; any other is passed on as an option.
void readParameters(const QString &query, WorkspaceLocation &l)
{
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(QStringView(pair).left(eq >= 0 ? eq : pair.size()));
        const QString value = eq >= 0 ? decoded(QStringView(pair).mid(eq + 1)) : QString();
        if (key == QLatin1String("host"))
            l.host = value;
        else if (key == QLatin1String("port"))
            l.port = value.toInt();
        else if (key == QLatin1String("user"))
            l.userName = value;
        else if (key == QLatin1String("password"))
            l.password = value;
        else if (key == QLatin1String("dbname"))
            l.databaseName = value;
        else
            l.options.append(key + QLatin1Char('=') + value);
    }
}

} // namespace

WorkspaceLocation WorkspaceLocation::parse(const QString &text, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return WorkspaceLocation();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("没有给出工作区位置"));
    for (const QLatin1String scheme : {QLatin1String("postgresql://"), QLatin1String("postgres://")}) {
        if (!trimmed.startsWith(scheme, Qt::CaseInsensitive))
            continue;
        // Split by hand: QUrl does not accept a socket directory as the host.
        QString rest = trimmed.mid(scheme.size());
        QString query;
        if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
            query = rest.mid(q + 1);
            rest.truncate(q);
        }
        const int slash = rest.indexOf(QLatin1Char('/'));
        WorkspaceLocation l;
        l.engine = Engine::Postgres;
        l.databaseName = slash >= 0 ? decoded(QStringView(rest).mid(slash + 1)) : QString();
        if (const std::optional<QString> badPort = readAuthority(slash >= 0 ? rest.left(slash) : rest, l))
            return fail(tr("端口“%1”无效").arg(*badPort));
        readParameters(query, l);
        if (l.host.isEmpty())
            l.host = QStringLiteral("localhost");
        if (l.databaseName.isEmpty())
            return fail(tr("PostgreSQL 地址中缺少数据库名，应写作 postgresql://用户[:密码]@主机[:端口]/数据库名"));
        return l;
    }
    if (trimmed.contains(QLatin1String("://")))
        return fail(tr("不支持的地址“%1”：请给出 SQLite 文件路径，或 postgresql://用户[:密码]@主机[:端口]/数据库名").arg(trimmed));
    return sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(trimmed)));
}

QString WorkspaceLocation::displayName() const
{
    switch (engine) {
    case Engine::Sqlite:
        return QDir::toNativeSeparators(filePath);
    case Engine::Postgres: {
        const QString who = userName.isEmpty() ? QString() : userName + QLatin1Char('@');
        const QString where = isSocketDirectory() ? host : host + QLatin1Char(':') + QString::number(port);
        return QStringLiteral("postgresql://%1%2/%3").arg(who, where, databaseName);
    }
    case Engine::None:
        break;
    }
    return {};
}

QString WorkspaceLocation::toString() const
{
    if (engine != Engine::Postgres)
        return filePath;
    auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QString credentials = enc(userName);
    if (!password.isEmpty())
        credentials += QLatin1Char(':') + enc(password);
    QString text = QStringLiteral("postgresql://%1%2%3:%4/%5")
                       .arg(credentials, credentials.isEmpty() ? QString() : QStringLiteral("@"),
                            enc(host), QString::number(port), enc(databaseName));
    if (!options.isEmpty())
        text += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return text;
}
