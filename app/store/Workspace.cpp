#include "Workspace.h"

#include "AuditTable.h"
#include "EvaluationTable.h"
#include "HistoryTable.h"
#include "ManualScoreTable.h"
#include "PostgresSecurity.h"
#include "ReportCarryForward.h"
#include "ReportJsonReader.h"
#include "ReportTable.h"
#include "ReportWriter.h"
#include "SchemaMigrations.h"
#include "WorkspaceUsers.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

Workspace::Workspace() = default;

Workspace::~Workspace()
{
    close();
}

WorkspaceError Workspace::checkDriver(WorkspaceLocation::Engine engine)
{
    return WorkspaceConnection::checkDriver(engine);
}

QString Workspace::defaultUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString host = QSysInfo::machineHostName();
    if (user.isEmpty())
        return host;
    return host.isEmpty() ? user : user + QLatin1Char('@') + host;
}

WorkspaceError Workspace::open(const WorkspaceLocation &location, const Options &options)
{
    close();
    m_options = options;
    m_user = WorkspaceUser();
    if (m_options.userName.isEmpty())
        m_options.userName = defaultUserName();
    WorkspaceConnection::Options c;
    c.busyTimeoutMs = options.busyTimeoutMs;
    c.connectTimeoutSeconds = options.connectTimeoutSeconds;
    c.createIfMissing = options.createIfMissing;
    auto fail = [this](const WorkspaceError &e) {
        m_connection.close();
        return e;
    };
    if (WorkspaceError e = m_connection.open(location, c); e.isError())
        return fail(e);
    // Look before writing anything: a foreign file or a newer schema is left untouched.
    int version = 0;
    if (WorkspaceError e = SchemaMigrations::inspect(m_connection, &version); e.isError()) {
        if (e.kind == WorkspaceError::PermissionDenied && !m_connection.dialect().isSqlite())
            return fail(notAUser(location.userName));
        return fail(e);
    }
    if (version == SchemaMigrations::NoWorkspace)
        return fail(WorkspaceError::of(WorkspaceError::NotAWorkspace, location.displayName()));
    if (version > SchemaMigrations::CurrentVersion)
        return fail(WorkspaceError::newerSchema(location.displayName(), version, SchemaMigrations::CurrentVersion));
    if (WorkspaceError e = m_connection.setUpSession(); e.isError())
        return fail(e);
    if (version < SchemaMigrations::CurrentVersion) {
        if (m_connection.isReadOnly())
            return fail(WorkspaceError(WorkspaceError::ReadOnly,
                                       tr("工作区“%1”是只读的，而它需要先升级（或初始化）才能使用。"
                                          "请检查文件权限，或复制到可以写入的位置。")
                                           .arg(location.displayName())));
        if (WorkspaceError e = SchemaMigrations::migrate(m_connection); e.isError()) {
            if (e.kind == WorkspaceError::PermissionDenied && !m_connection.dialect().isSqlite())
                return fail(WorkspaceError(WorkspaceError::PermissionDenied,
                                           tr("工作区 %1 需要先升级数据结构（第 %2 版 → 第 %3 版），这只能由工作区的所有者"
                                              "（建立它的数据库账号）来做。请联系工作区管理员用所有者的账号打开一次。")
                                               .arg(location.displayName())
                                               .arg(version)
                                               .arg(SchemaMigrations::CurrentVersion),
                                           e.detail));
            return fail(e);
        }
    }
    if (WorkspaceError e = identify(); e.isError())
        return fail(e);
    return {};
}

WorkspaceError Workspace::identify()
{
    bool known = true;
    if (WorkspaceError e = m_connection.read([&] { return WorkspaceUsers::current(m_connection, m_options.userName, &m_user, &known); });
        e.isError())
        return e;
    if (!known)
        return notAUser(m_user.login);
    // On PostgreSQL who saved is the login (the database insists, see PostgresSecurity); the
    // owner may still save under the name it was given.
    if (!m_connection.dialect().isSqlite() && (!m_user.owner || m_options.userName == defaultUserName()))
        m_options.userName = m_user.login;
    return {};
}

WorkspaceError Workspace::notAUser(const QString &login) const
{
    return WorkspaceError(WorkspaceError::PermissionDenied,
                          tr("数据库账号“%1”不是工作区 %2 的用户。请工作区管理员把您添加为填报人员或审核人员"
                             "（jixiao users --db … add %1 --role …）。")
                              .arg(login, m_connection.location().displayName()));
}

QList<ReportWorkflow::Action> Workspace::availableActions(const ReportSummary &report) const
{
    return ReportWorkflow::available(report.status, m_user.rolesFor(report.department));
}

WorkspaceError Workspace::open(const WorkspaceLocation &location)
{
    return open(location, Options());
}

void Workspace::close()
{
    m_connection.close();
    m_user = WorkspaceUser();
}

ReportWriter Workspace::writer()
{
    return ReportWriter(m_connection, m_user, m_options.userName, m_options.historyMergeSeconds);
}

WorkspaceError Workspace::list(QList<ReportSummary> *reports)
{
    return m_connection.read([&] { return ReportTable::list(m_connection, reports); });
}

LoadResult Workspace::load(qint64 id)
{
    return loadWhere(id, QString(), 0);
}

LoadResult Workspace::load(const QString &department, int year)
{
    return loadWhere(0, department, year);
}

LoadResult Workspace::loadWhere(qint64 id, const QString &department, int year)
{
    LoadResult result;
    std::optional<ReportTable::Row> row;
    ManualScores scores;
    result.error = m_connection.read([&] {
        const WorkspaceError e = id > 0 ? ReportTable::find(m_connection, id, false, &row)
                                        : ReportTable::findByKey(m_connection, department, year, false, &row);
        return e.isError() || !row ? e : ManualScoreTable::load(m_connection, row->summary.id, &scores);
    });
    if (result.error.isError())
        return result;
    if (!row) {
        result.error = id > 0 ? WorkspaceError::of(WorkspaceError::NotFound, QString())
                              : WorkspaceError(WorkspaceError::NotFound,
                                               tr("工作区中没有“%1”%2年度的报告。").arg(department).arg(year));
        return result;
    }
    const ReportJsonReader::Result read = ReportJsonReader::read(row->content);
    if (!read.ok()) {
        result.error = WorkspaceError(WorkspaceError::InvalidReport,
                                      tr("工作区中“%1”%2年度的报告无法读出。").arg(row->summary.department).arg(row->summary.year),
                                      read.message());
        return result;
    }
    // The content names the department and year of its row (PostgreSQL insists since schema
    // version 6): one that says otherwise is not shown, nor exported, as either.
    if (read.report->department != row->summary.department || read.report->year != row->summary.year) {
        result.error = WorkspaceError(WorkspaceError::InvalidReport,
                                      tr("工作区中“%1”%2年度的报告，内容却是“%3”%4年度的，不能使用。请联系工作区管理员。")
                                          .arg(row->summary.department)
                                          .arg(row->summary.year)
                                          .arg(read.report->department)
                                          .arg(read.report->year));
        return result;
    }
    result.stored = StoredReport{row->summary, *read.report, scores};
    return result;
}

SaveResult Workspace::create(const Report &report)
{
    return writer().create(report, HistoryEntry::Action::Create, tr("新建报告"));
}

SaveResult Workspace::save(qint64 id, int baseRevision, const Report &report, const QString &saveId)
{
    return writer().save(id, baseRevision, &report, nullptr, saveId);
}

SaveResult Workspace::save(qint64 id, int baseRevision, const Report &report, const ManualScores &scores,
                           const QString &saveId)
{
    return writer().save(id, baseRevision, &report, &scores, saveId);
}

SaveResult Workspace::saveManualScores(qint64 id, int baseRevision, const ManualScores &scores, const QString &saveId)
{
    return writer().save(id, baseRevision, nullptr, &scores, saveId);
}

WorkspaceError Workspace::manualScores(qint64 reportId, ManualScores *out)
{
    return m_connection.read([&] { return ManualScoreTable::load(m_connection, reportId, out); });
}

SaveResult Workspace::saveAsCopy(const Report &report, qint64 originalId)
{
    QString summary = tr("因保存冲突，把对“%1”的修改另存为副本").arg(report.department);
    if (originalId > 0)
        summary += tr("（原报告编号 %1）").arg(originalId);
    return writer().saveAsCopy(report, summary);
}

SaveResult Workspace::importReport(const Report &report)
{
    return writer().importReport(report);
}

SaveResult Workspace::remove(qint64 id, int expectedRevision)
{
    return writer().remove(id, expectedRevision);
}

SaveResult Workspace::restore(qint64 historyId, int expectedRevision)
{
    return writer().restore(historyId, expectedRevision);
}

SaveResult Workspace::restoreAsCopy(qint64 historyId)
{
    return writer().restoreAsCopy(historyId);
}

SaveResult Workspace::newFromLastYear(const QString &department, int year)
{
    const LoadResult last = load(department, year - 1);
    if (!last.ok()) {
        SaveResult r;
        r.error = last.error.kind == WorkspaceError::NotFound
            ? WorkspaceError(WorkspaceError::NotFound,
                             tr("工作区中没有“%1”%2年度的报告，无法从上年新建。").arg(department).arg(year - 1))
            : last.error;
        return r;
    }
    return writer().create(ReportCarryForward::from(last.stored->report, year), HistoryEntry::Action::CarryForward,
                           tr("由%1年度报告结转新建").arg(year - 1));
}

SaveResult Workspace::setStatus(qint64 id, int expectedRevision, ReportStatus status, const QString &comment)
{
    return writer().setStatus(id, expectedRevision, status, comment);
}

WorkspaceError Workspace::history(qint64 reportId, QList<HistoryEntry> *entries)
{
    return m_connection.read([&] { return HistoryTable::list(m_connection, reportId, entries); });
}

LoadResult Workspace::historyState(qint64 historyId)
{
    LoadResult result;
    std::optional<HistoryEntry> entry;
    QByteArray content;
    result.error = m_connection.read([&] { return HistoryTable::entry(m_connection, historyId, &entry, &content); });
    if (result.error.isError())
        return result;
    if (!entry) {
        result.error = WorkspaceError(WorkspaceError::NotFound, tr("历史记录中没有这个版本。"));
        return result;
    }
    const ReportJsonReader::Result read = ReportJsonReader::read(content);
    if (!read.ok()) {
        result.error = WorkspaceError(WorkspaceError::InvalidReport, tr("历史记录中的这个版本无法读出。"), read.message());
        return result;
    }
    StoredReport stored;
    stored.report = *read.report;
    stored.summary.id = entry->reportId;
    stored.summary.department = entry->department;
    stored.summary.year = entry->year;
    stored.summary.revision = entry->revision;
    stored.summary.title = read.report->title;
    stored.summary.status = entry->status;
    stored.summary.updatedAt = entry->savedAt;
    stored.summary.updatedBy = entry->savedBy;
    result.stored = stored;
    return result;
}

WorkspaceError Workspace::deletedReports(QList<HistoryEntry> *entries)
{
    return m_connection.read([&] { return HistoryTable::deleted(m_connection, entries); });
}

WorkspaceError Workspace::addComment(qint64 reportId, const QString &fieldPath, const QString &text, qint64 *id)
{
    return m_connection.write([&] {
        std::optional<ReportTable::Row> row;
        if (WorkspaceError e = ReportTable::find(m_connection, reportId, false, &row); e.isError())
            return e;
        if (!row)
            return WorkspaceError::of(WorkspaceError::NotFound, QString());
        if (!m_user.mayReview() && !m_user.mayEdit(row->summary.department))
            return WorkspaceError(WorkspaceError::PermissionDenied,
                                  tr("只有审核人员和本部门的填报人员可以对这份报告写意见。"));
        QSqlQuery q;
        const WorkspaceError e = m_connection.run(
            q,
            QStringLiteral("INSERT INTO jixiao_comment (report_id, field_path, author, created_at, body) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {reportId, fieldPath, m_options.userName, QDateTime::currentMSecsSinceEpoch(), text});
        if (!e.isError() && id)
            *id = q.next() ? q.value(0).toLongLong() : 0;
        return e;
    });
}

WorkspaceError Workspace::comments(qint64 reportId, QList<ReportComment> *out)
{
    return m_connection.read([&] {
        QSqlQuery q;
        const WorkspaceError e = m_connection.run(
            q,
            QStringLiteral("SELECT id, report_id, field_path, author, created_at, body, resolved, resolved_by, resolved_at "
                           "FROM jixiao_comment WHERE report_id = ? ORDER BY id"),
            {reportId});
        out->clear();
        while (!e.isError() && q.next()) {
            ReportComment c;
            c.id = q.value(0).toLongLong();
            c.reportId = q.value(1).toLongLong();
            c.fieldPath = q.value(2).toString();
            c.author = q.value(3).toString();
            c.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
            c.text = q.value(5).toString();
            c.resolved = q.value(6).toInt() != 0;
            c.resolvedBy = q.value(7).toString();
            if (!q.value(8).isNull())
                c.resolvedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
            out->append(c);
        }
        return e;
    });
}

WorkspaceError Workspace::setCommentResolved(qint64 commentId, bool resolved)
{
    return m_connection.write([&] {
        QSqlQuery q;
        // PostgreSQL sets who and when itself (a trigger); a login may change only `resolved`.
        if (!m_connection.dialect().isSqlite() && !m_user.owner)
            return m_connection.run(q, QStringLiteral("UPDATE jixiao_comment SET resolved = ? WHERE id = ?"),
                                    {resolved ? 1 : 0, commentId});
        return m_connection.run(q, QStringLiteral("UPDATE jixiao_comment SET resolved = ?, resolved_by = ?, resolved_at = ? "
                                                  "WHERE id = ?"),
                                {resolved ? 1 : 0, resolved ? m_options.userName : QString(),
                                 resolved ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)),
                                 commentId});
    });
}

WorkspaceError Workspace::auditTrail(qint64 reportId, QList<AuditEntry> *out)
{
    return m_connection.read([&] { return AuditTable::list(m_connection, reportId, out); });
}

WorkspaceError Workspace::overview(int year, QList<OverviewRecord> *out)
{
    QList<EvaluationTable::Checked> checked;
    if (WorkspaceError e = m_connection.read([&] { return EvaluationTable::overview(m_connection, year, out, &checked); });
        e.isError())
        return e;
    // On PostgreSQL the lines this program has just evaluated again are kept when its user's
    // lines are trusted (the owner's, a reviewer's): the next overview reads them. Only a
    // saving of time: when it cannot be written, the overview is still right.
    if (!checked.isEmpty() && !m_connection.dialect().isSqlite() && (m_user.owner || m_user.mayReview()))
        m_connection.write([&] { return EvaluationTable::storeChecked(m_connection, checked); });
    return {};
}

WorkspaceError Workspace::overviewYears(QList<int> *years)
{
    return m_connection.read([&] { return EvaluationTable::years(m_connection, years); });
}

WorkspaceError Workspace::usersAreOnPostgres() const
{
    if (!m_connection.dialect().isSqlite())
        return {};
    return WorkspaceError(WorkspaceError::NotAllowed,
                          tr("SQLite 工作区只属于打开它的一个人，他拥有全部角色；用户和角色只在 PostgreSQL 工作区中设置。"));
}

WorkspaceError Workspace::users(QList<WorkspaceUser> *out)
{
    if (m_connection.dialect().isSqlite()) {
        out->clear();
        return {};
    }
    return m_connection.read([&] { return WorkspaceUsers::list(m_connection, out); });
}

WorkspaceError Workspace::setUser(const WorkspaceUser &user, const QString &password)
{
    if (WorkspaceError e = usersAreOnPostgres(); e.isError())
        return e;
    if (!m_user.mayManageUsers())
        return WorkspaceError(WorkspaceError::PermissionDenied, tr("只有工作区管理员可以管理用户。"));
    return m_connection.write([&] { return WorkspaceUsers::set(m_connection, user, password); });
}

WorkspaceError Workspace::removeUser(const QString &login)
{
    if (WorkspaceError e = usersAreOnPostgres(); e.isError())
        return e;
    if (!m_user.mayManageUsers())
        return WorkspaceError(WorkspaceError::PermissionDenied, tr("只有工作区管理员可以管理用户。"));
    return m_connection.write([&] { return WorkspaceUsers::remove(m_connection, login); });
}

WorkspaceError Workspace::loginExists(const QString &login, bool *exists)
{
    *exists = false;
    if (WorkspaceError e = usersAreOnPostgres(); e.isError())
        return e;
    return m_connection.read([&] { return WorkspaceUsers::loginExists(m_connection, login, exists); });
}

WorkspaceError Workspace::setUpRoles()
{
    if (WorkspaceError e = usersAreOnPostgres(); e.isError())
        return e;
    return m_connection.write([&] { return PostgresSecurity::setUpRoles(m_connection); });
}

WorkspaceError Workspace::integrityCheck(QString *result)
{
    return m_connection.read([&] {
        QSqlQuery q;
        const QString sql = m_connection.dialect().isSqlite()
            ? QStringLiteral("PRAGMA integrity_check")
            : QStringLiteral("SELECT CASE WHEN COUNT(*) >= 0 THEN 'ok' END FROM jixiao_report");
        const WorkspaceError e = m_connection.run(q, sql);
        QStringList lines;
        while (!e.isError() && q.next())
            lines.append(q.value(0).toString());
        *result = lines.join(QLatin1Char('\n'));
        return e;
    });
}
