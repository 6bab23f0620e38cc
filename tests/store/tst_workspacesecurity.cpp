// Who may do what on a shared PostgreSQL workspace, against a real server the test starts
// itself: each person logs in with their own database login, and the database refuses what
// their role does not allow, whether they ask through the program (Workspace) or write SQL
// by hand (a plain QSqlQuery as that login, what psql would do).
#include "StoreTestEnvironment.h"

#include "PostgresSecurity.h"
#include "ReportFigures.h"
#include "ReportJsonReader.h"
#include "ReportJsonWriter.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

// A plain SQL connection as one login, like psql.
class SqlClient
{
public:
    SqlClient(const WorkspaceLocation &l, const QString &login, const QString &password)
        : m_name(QStringLiteral("sql-client-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(l.host);
        db.setPort(l.port);
        db.setDatabaseName(l.databaseName);
        db.setUserName(login);
        db.setPassword(password);
        m_open = db.open();
        if (!m_open)
            qWarning() << db.lastError().text();
    }
    ~SqlClient()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    // Runs one statement; returns the SQLSTATE of its error ("" when it succeeded).
    QString exec(const QString &sql, int *rows = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            return q.lastError().nativeErrorCode().isEmpty() ? QStringLiteral("?") : q.lastError().nativeErrorCode();
        if (rows)
            *rows = q.numRowsAffected();
        return {};
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

const QString password = QStringLiteral("pw-123");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The program's own command line, as a person runs it.
Run jixiao(const QStringList &arguments, const QByteArray &input = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(JIXIAO_BINARY), arguments);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// --db for a location, password in the URL (the tests' logins are throwaway).
QString dbArgument(const WorkspaceLocation &l)
{
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5").arg(l.userName, l.password, l.host).arg(l.port).arg(l.databaseName);
}

} // namespace

class WorkspaceSecurityTest : public QObject
{
    Q_OBJECT

    StoreTestEnvironment m_env;
    WorkspaceLocation m_owner; // the superuser that created the workspace
    qint64 m_a = 0, m_b = 0;   // the reports of 局A and 局B, 2023

    WorkspaceLocation as(const QString &login) const
    {
        WorkspaceLocation l = m_owner;
        l.userName = login;
        l.password = password;
        return l;
    }
    static Report reportOf(const QString &department)
    {
        Report r = StoreTestEnvironment::sampleReport();
        r.department = department;
        return r;
    }
    ReportSummary stored(qint64 id)
    {
        Workspace owner;
        if (owner.open(m_owner).isError())
            return {};
        const LoadResult l = owner.load(id);
        return l.ok() ? l.stored->summary : ReportSummary();
    }
    QString storedPreamble(qint64 id)
    {
        Workspace owner;
        owner.open(m_owner);
        return owner.load(id).stored->report.preamble;
    }
    int auditCount()
    {
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        return owner.value(QStringLiteral("SELECT count(*) FROM jixiao_audit")).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.start(), qPrintable(m_env.postgresProblem()));
        if (!m_env.postgresAvailable())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: ") + m_env.postgresProblem()));
    }

    void init()
    {
        m_owner = m_env.freshLocation(QStringLiteral("postgresql"));
        Workspace owner;
        QCOMPARE(owner.open(m_owner).text(), QString());
        m_a = owner.create(reportOf(QStringLiteral("局A"))).id;
        m_b = owner.create(reportOf(QStringLiteral("局B"))).id;
        QVERIFY(m_a > 0 && m_b > 0);
        // Logins are cluster-wide: each test's database gets its own names.
        const QString n = m_owner.databaseName;
        auto user = [](const QString &login, WorkspaceRoles roles, const QString &department) {
            WorkspaceUser u;
            u.login = login;
            u.roles = roles;
            u.department = department;
            u.displayName = login;
            return u;
        };
        QCOMPARE(owner.setUser(user(n + QStringLiteral("_clerk_a"), WorkspaceRole::Clerk, QStringLiteral("局A")), password).text(), QString());
        QCOMPARE(owner.setUser(user(n + QStringLiteral("_clerk_b"), WorkspaceRole::Clerk, QStringLiteral("局B")), password).text(), QString());
        QCOMPARE(owner.setUser(user(n + QStringLiteral("_reviewer"), WorkspaceRole::Reviewer, QString()), password).text(), QString());
        QCOMPARE(owner.setUser(user(n + QStringLiteral("_admin"), WorkspaceRole::Admin, QString()), password).text(), QString());
    }

    // The command line as the reviewer: --db without the password, which comes from
    // PGPASSWORD (as the manual page advises).
    Run reviewerRuns(QStringList arguments)
    {
        WorkspaceLocation l = as(reviewer());
        l.password.clear();
        arguments << QStringLiteral("--db") << dbArgument(l);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        return jixiao(arguments, {}, env);
    }
    // Submitted by its clerk and approved by the reviewer, through the program.
    int approve(qint64 id, int revision)
    {
        Workspace clerk, review;
        if (clerk.open(as(clerkA())).isError() || review.open(as(reviewer())).isError())
            return -1;
        const SaveResult submitted = clerk.setStatus(id, revision, ReportStatus::Submitted);
        const SaveResult approved = review.setStatus(id, submitted.revision, ReportStatus::Approved);
        return approved.ok() ? approved.revision : -1;
    }
    OverviewRecord reviewersLine(const QString &department)
    {
        Workspace review;
        QList<OverviewRecord> records;
        if (review.open(as(reviewer())).isError() || review.overview(2023, &records).isError())
            return {};
        for (const OverviewRecord &r : records) {
            if (r.department == department)
                return r;
        }
        return {};
    }
    static ReportEvaluation evaluationOf(const Report &report) { return ReportEvaluation::of(report, {}); }

    static QString quoted(const QByteArray &json)
    {
        return QLatin1Char('\'') + QString::fromUtf8(json).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    }
    QString clerkB() const { return m_owner.databaseName + QStringLiteral("_clerk_b"); }

    // `users` as the owner, with the password on standard input.
    Run ownerRuns(QStringList arguments, const QByteArray &input = {})
    {
        WorkspaceLocation l = m_owner;
        l.password.clear();
        arguments << QStringLiteral("--db") << dbArgument(l);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_owner.password);
        return jixiao(arguments, input, env);
    }
    QByteArray serverLog() const
    {
        QFile log(const_cast<StoreTestEnvironment &>(m_env).postgres().logFile());
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }
    bool logsIn(const QString &login, const QString &secret)
    {
        SqlClient client(as(login), login, secret);
        return client.isOpen();
    }

    QString clerkA() const { return m_owner.databaseName + QStringLiteral("_clerk_a"); }
    QString reviewer() const { return m_owner.databaseName + QStringLiteral("_reviewer"); }
    QString admin() const { return m_owner.databaseName + QStringLiteral("_admin"); }

    void usersAndTheirRoles()
    {
        Workspace owner;
        QCOMPARE(owner.open(m_owner).text(), QString());
        QList<WorkspaceUser> users;
        QVERIFY(!owner.users(&users).isError());
        QCOMPARE(users.size(), 4);
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        QCOMPARE(clerk.currentUser().login, clerkA());
        QCOMPARE(clerk.currentUser().department, QStringLiteral("局A"));
        QCOMPARE(clerk.currentUser().roles, WorkspaceRoles(WorkspaceRole::Clerk));
        QVERIFY(!clerk.currentUser().owner);
        // A clerk sees the reports of their own department only.
        QList<ReportSummary> list;
        QVERIFY(!clerk.list(&list).isError());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().department, QStringLiteral("局A"));
        QList<OverviewRecord> overview;
        QVERIFY(!clerk.overview(2023, &overview).isError());
        QCOMPARE(overview.size(), 1);
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        QVERIFY(!review.list(&list).isError());
        QCOMPARE(list.size(), 2);
        QVERIFY(!review.overview(2023, &overview).isError());
        QCOMPARE(overview.size(), 2);
        QCOMPARE(review.availableActions(list.first()), QList<ReportWorkflow::Action>()); // drafts: nothing to review
    }

    void aLoginOutsideTheWorkspaceIsTurnedAway()
    {
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        const QString outsider = m_owner.databaseName + QStringLiteral("_outsider");
        QCOMPARE(owner.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(outsider, password)), QString());
        Workspace ws;
        const WorkspaceError e = ws.open(as(outsider));
        QCOMPARE(e.kind, WorkspaceError::PermissionDenied);
        QVERIFY2(e.message.contains(outsider) && e.message.contains(QStringLiteral("users")), qPrintable(e.message));
        // …and by hand it sees nothing and changes nothing.
        SqlClient sql(as(outsider), outsider, password);
        QVERIFY(sql.isOpen());
        QCOMPARE(sql.exec(QStringLiteral("SELECT * FROM jixiao_report")), QStringLiteral("42501"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'approved'")), QStringLiteral("42501"));
        // Even a member of the clerks' group gets nothing without its row in jixiao_user.
        QString prefix = owner.value(QStringLiteral("SELECT value FROM jixiao_meta WHERE key = 'role_prefix'")).toString();
        QCOMPARE(owner.exec(QStringLiteral("GRANT %1_clerk TO %2").arg(prefix, outsider)), QString());
        int rows = -1;
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET content = '{}'"), &rows), QString());
        QCOMPARE(rows, 0);
        QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM jixiao_report")).toInt(), 0);
    }

    void aClerkCannotChangeAnotherDepartmentsReport()
    {
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        const ReportSummary b = stored(m_b);
        // Through the program: the report of 局B is not there for this clerk …
        Report edit = reportOf(QStringLiteral("局B"));
        edit.preamble = QStringLiteral("甲局改乙局");
        QVERIFY(!clerk.load(m_b).ok());
        QVERIFY(!clerk.save(m_b, b.revision, edit).ok());
        QCOMPARE(clerk.remove(m_b, b.revision).ok(), false);
        // … nor can its own report be moved into 局B, or one created there.
        const SaveResult moved = clerk.save(m_a, 1, edit);
        QCOMPARE(moved.error.kind, WorkspaceError::PermissionDenied);
        QVERIFY2(moved.error.message.contains(QStringLiteral("您没有修改这份报告的权限")), qPrintable(moved.error.message));
        Report other = reportOf(QStringLiteral("局B"));
        other.year = 2024;
        QCOMPARE(clerk.create(other).error.kind, WorkspaceError::PermissionDenied);
        // Through plain SQL as the same login.
        SqlClient sql(as(clerkA()), clerkA(), password);
        QVERIFY(sql.isOpen());
        int rows = -1;
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET title = 'x', revision = revision + 1 WHERE id = %1").arg(m_b), &rows), QString());
        QCOMPARE(rows, 0); // row-level security: not even visible
        QCOMPARE(sql.exec(QStringLiteral("DELETE FROM jixiao_report WHERE id = %1").arg(m_b), &rows), QString());
        QCOMPARE(rows, 0);
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET department = '局B', year = 2030 WHERE id = %1").arg(m_a)),
                 QStringLiteral("42501"));
        QCOMPARE(sql.exec(QStringLiteral("INSERT INTO jixiao_report (department, year, revision, content, updated_at) "
                                         "VALUES ('局B', 2031, 1, '{}', 0)")),
                 QStringLiteral("42501"));
        QCOMPARE(sql.exec(QStringLiteral("INSERT INTO jixiao_evaluation (report_id, version, score_centi, grade, pending, "
                                         "error_count, warning_count) VALUES (%1, 1, 10000, '优', 0, 0, 0) "
                                         "ON CONFLICT (report_id) DO UPDATE SET score_centi = 10000").arg(m_b)),
                 QStringLiteral("42501"));
        QCOMPARE(stored(m_b).revision, b.revision);
        QCOMPARE(stored(m_b).updatedAt, b.updatedAt);
        QCOMPARE(storedPreamble(m_b), reportOf(QStringLiteral("局B")).preamble);
        // Its own report it may edit.
        Report mine = reportOf(QStringLiteral("局A"));
        mine.preamble = QStringLiteral("甲局自己的修改");
        QVERIFY(clerk.save(m_a, 1, mine).ok());
    }

    void aClerkCannotApprove()
    {
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        const SaveResult submitted = clerk.setStatus(m_a, 1, ReportStatus::Submitted);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.text()));
        // The program says no …
        const SaveResult approve = clerk.setStatus(m_a, submitted.revision, ReportStatus::Approved);
        QCOMPARE(approve.error.kind, WorkspaceError::PermissionDenied);
        QVERIFY2(approve.error.message.contains(QStringLiteral("审核人员")), qPrintable(approve.error.message));
        // … and so does the database, to SQL by hand, whatever the way round.
        SqlClient sql(as(clerkA()), clerkA(), password);
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'approved' WHERE id = %1").arg(m_a)),
                 QStringLiteral("42501"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'returned', status_note = 'x' WHERE id = %1").arg(m_a)),
                 QStringLiteral("42501"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'approved' WHERE id = %1").arg(m_b)), QString());
        QCOMPARE(sql.exec(QStringLiteral("INSERT INTO jixiao_report (department, year, revision, content, updated_at, status) "
                                         "VALUES ('局A', 2031, 1, '{}', 0, 'approved')")),
                 QStringLiteral("42501"));
        QCOMPARE(stored(m_a).status, ReportStatus::Submitted);
        QCOMPARE(stored(m_b).status, ReportStatus::Draft);
    }

    void reviewersReviewButDoNotWrite()
    {
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        const int submitted = clerk.setStatus(m_a, 1, ReportStatus::Submitted).revision;
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        QCOMPARE(review.availableActions(review.load(m_a).stored->summary),
                 (QList<ReportWorkflow::Action>{ReportWorkflow::Action::Return, ReportWorkflow::Action::Approve}));
        // No edits of the content, neither way.
        Report edit = reportOf(QStringLiteral("局A"));
        edit.preamble = QStringLiteral("审核人员改写");
        QCOMPARE(review.save(m_a, submitted, edit).error.kind, WorkspaceError::PermissionDenied);
        SqlClient sql(as(reviewer()), reviewer(), password);
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET content = '{}' WHERE id = %1").arg(m_a)), QStringLiteral("42501"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'returned' WHERE id = %1").arg(m_a)),
                 QStringLiteral("JXCMT")); // returning needs a comment, in SQL too
        // Returning needs a comment; approving is theirs.
        QCOMPARE(review.setStatus(m_a, submitted, ReportStatus::Returned).error.kind, WorkspaceError::NotAllowed);
        const SaveResult returned = review.setStatus(m_a, submitted, ReportStatus::Returned, QStringLiteral("请补充说明"));
        QVERIFY2(returned.ok(), qPrintable(returned.error.text()));
        QCOMPARE(stored(m_a).statusNote, QStringLiteral("请补充说明"));
        QCOMPARE(stored(m_a).updatedBy, reviewer());
        QVERIFY(review.addComment(m_a, QStringLiteral("profile.overview"), QStringLiteral("概况太短")).kind == WorkspaceError::None);
        const int again = clerk.setStatus(m_a, returned.revision, ReportStatus::Submitted).revision;
        const SaveResult approved = review.setStatus(m_a, again, ReportStatus::Approved);
        QVERIFY2(approved.ok(), qPrintable(approved.error.text()));
        // The clerk sees the comment, with the reviewer as its author.
        QList<ReportComment> comments;
        QVERIFY(!clerk.comments(m_a, &comments).isError());
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().author, reviewer());
        QVERIFY(!clerk.setCommentResolved(comments.first().id, true).isError());
        QVERIFY(!clerk.comments(m_a, &comments).isError());
        QCOMPARE(comments.first().resolvedBy, clerkA());
        // A clerk cannot rewrite a comment by hand.
        SqlClient clerkSql(as(clerkA()), clerkA(), password);
        QCOMPARE(clerkSql.exec(QStringLiteral("UPDATE jixiao_comment SET body = '没有意见'")), QStringLiteral("42501"));
    }

    void anApprovedReportRefusesEditsUntilReopened()
    {
        Workspace clerk, review;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        int rev = clerk.setStatus(m_a, 1, ReportStatus::Submitted).revision;
        rev = review.setStatus(m_a, rev, ReportStatus::Approved).revision;
        Report edit = reportOf(QStringLiteral("局A"));
        edit.preamble = QStringLiteral("审核后修改");
        const SaveResult locked = clerk.save(m_a, rev, edit);
        QCOMPARE(locked.error.kind, WorkspaceError::ReportLocked);
        QVERIFY2(locked.error.message.contains(QStringLiteral("已审核")), qPrintable(locked.error.message));
        QCOMPARE(clerk.saveManualScores(m_a, rev, {{QStringLiteral("i"), ManualScore{100, QStringLiteral("r")}}}).error.kind,
                 WorkspaceError::ReportLocked);
        SqlClient sql(as(clerkA()), clerkA(), password);
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET content = '{}' WHERE id = %1").arg(m_a)), QStringLiteral("JXLCK"));
        QCOMPARE(sql.exec(QStringLiteral("DELETE FROM jixiao_report WHERE id = %1").arg(m_a)), QStringLiteral("JXLCK"));
        QCOMPARE(sql.exec(QStringLiteral("INSERT INTO jixiao_manual_score (report_id, item_id, score_centi, reason, updated_at) "
                                         "VALUES (%1, 'i', 100, 'r', 0)").arg(m_a)),
                 QStringLiteral("JXLCK"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'draft' WHERE id = %1").arg(m_a)), QStringLiteral("42501"));
        QCOMPARE(storedPreamble(m_a), reportOf(QStringLiteral("局A")).preamble);
        // Reopened by the reviewer, the clerk may edit again.
        const SaveResult reopened = review.setStatus(m_a, rev, ReportStatus::Draft);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error.text()));
        QVERIFY(clerk.save(m_a, reopened.revision, edit).ok());
        QCOMPARE(storedPreamble(m_a), QStringLiteral("审核后修改"));
    }

    // A report waiting for its reviewer is what its clerk submitted: the clerk cannot change
    // its content, title, department or year by hand either, nor take it back, until the
    // reviewer returns it.
    void aSubmittedReportIsReadOnlyForItsClerk()
    {
        Workspace clerk, review;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        const SaveResult submitted = clerk.setStatus(m_a, 1, ReportStatus::Submitted);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.text()));
        const ReportSummary before = stored(m_a);
        const int audits = auditCount();
        Report forged = reportOf(QStringLiteral("局A"));
        forged.title = QStringLiteral("伪造");
        forged.preamble = QStringLiteral("审核中偷偷改");

        // Through the program: refused, saying which report, why and what to do.
        const SaveResult refused = clerk.save(m_a, before.revision, forged);
        QCOMPARE(refused.error.kind, WorkspaceError::ReportUnderReview);
        QVERIFY2(refused.error.message.contains(QStringLiteral("局A")) && refused.error.message.contains(QStringLiteral("退回")),
                 qPrintable(refused.error.message));
        // By hand, as psql would: the content, the year, the department, the status.
        SqlClient sql(as(clerkA()), clerkA(), password);
        const QString update = QStringLiteral("UPDATE jixiao_report SET %1 WHERE id = %2");
        QCOMPARE(sql.exec(update.arg(QStringLiteral("content = ") + quoted(ReportJsonWriter::write(forged))).arg(m_a)),
                 QStringLiteral("JXSUB"));
        Report nextYear = forged;
        nextYear.year = 2024;
        QCOMPARE(sql.exec(update.arg(QStringLiteral("year = 2024, content = ") + quoted(ReportJsonWriter::write(nextYear))).arg(m_a)),
                 QStringLiteral("JXSUB"));
        QCOMPARE(sql.exec(update.arg(QStringLiteral("year = 2024")).arg(m_a)), QStringLiteral("JXSUB"));
        QCOMPARE(sql.exec(update.arg(QStringLiteral("department = '局A（副本）'")).arg(m_a)), QStringLiteral("JXSUB"));
        QCOMPARE(sql.exec(update.arg(QStringLiteral("status = 'draft'")).arg(m_a)), QStringLiteral("JXSTA"));
        QCOMPARE(sql.exec(update.arg(QStringLiteral("status = 'returned', status_note = '自己退回'")).arg(m_a)),
                 QStringLiteral("42501"));
        // The listed title is the content's, whatever is written there.
        QCOMPARE(sql.exec(update.arg(QStringLiteral("title = '伪造'")).arg(m_a)), QString());

        // Through the owner's connection: nothing changed, nothing audited.
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        const QString row = QStringLiteral(" FROM jixiao_report WHERE id = %1").arg(m_a);
        QCOMPARE(owner.value(QStringLiteral("SELECT content") + row).toString(),
                 QString::fromUtf8(ReportJsonWriter::write(reportOf(QStringLiteral("局A")))));
        QCOMPARE(owner.value(QStringLiteral("SELECT title") + row).toString(), reportOf(QStringLiteral("局A")).title);
        QCOMPARE(owner.value(QStringLiteral("SELECT year") + row).toInt(), 2023);
        QCOMPARE(owner.value(QStringLiteral("SELECT status") + row).toString(), QStringLiteral("submitted"));
        QCOMPARE(auditCount() - audits, 0);
        // Through the reviewer's program: what was submitted.
        const LoadResult read = review.load(m_a);
        QVERIFY(read.ok());
        QCOMPARE(read.stored->report.preamble, reportOf(QStringLiteral("局A")).preamble);
        QCOMPARE(read.stored->summary.title, reportOf(QStringLiteral("局A")).title);

        // Returned by the reviewer, the clerk may change it again, by hand too.
        const SaveResult returned = review.setStatus(m_a, read.stored->summary.revision, ReportStatus::Returned,
                                                     QStringLiteral("请补充"));
        QVERIFY2(returned.ok(), qPrintable(returned.error.text()));
        QCOMPARE(sql.exec(update.arg(QStringLiteral("content = ") + quoted(ReportJsonWriter::write(forged))).arg(m_a)), QString());
        QCOMPARE(storedPreamble(m_a), forged.preamble);
    }

    // A report waiting for its reviewer does not vanish under the reviewer, and its manual
    // scores stay as submitted: its clerk neither deletes nor scores it, through the program
    // or by hand, until the reviewer returns it; approved, a score cannot be moved out of it.
    // Nobody but the department's clerks writes manual scores (reviewers read them).
    void aSubmittedReportIsNeitherDeletedNorScoredByItsClerk()
    {
        Workspace clerk, review;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        const ManualScores scores{{QStringLiteral("m1"), ManualScore{150, QStringLiteral("理由")}}};
        const SaveResult scored = clerk.saveManualScores(m_a, 1, scores);
        QVERIFY2(scored.ok(), qPrintable(scored.error.text()));
        Report next = reportOf(QStringLiteral("局A"));
        next.year = 2024;
        const SaveResult draft = clerk.create(next); // another report of 局A, to move scores to and from
        QVERIFY2(draft.ok(), qPrintable(draft.error.text()));
        const SaveResult submitted = clerk.setStatus(m_a, scored.revision, ReportStatus::Submitted);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.text()));
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        const QString auditsOfA = QStringLiteral("SELECT count(*) FROM jixiao_audit WHERE report_id = %1").arg(m_a);
        const int audits = owner.value(auditsOfA).toInt();

        // Through the program: refused, saying which report, why and what to do.
        const SaveResult removed = clerk.remove(m_a, submitted.revision);
        QCOMPARE(removed.error.kind, WorkspaceError::ReportUnderReview);
        QVERIFY2(removed.error.message.contains(QStringLiteral("局A")) && removed.error.message.contains(QStringLiteral("退回")),
                 qPrintable(removed.error.message));
        const ManualScores changed{{QStringLiteral("m1"), ManualScore{0, QStringLiteral("改成零分")}}};
        QCOMPARE(clerk.saveManualScores(m_a, submitted.revision, changed).error.kind, WorkspaceError::ReportUnderReview);
        // By hand, as psql would.
        SqlClient sql(as(clerkA()), clerkA(), password);
        const QString insert = QStringLiteral("INSERT INTO jixiao_manual_score (report_id, item_id, score_centi, reason, updated_at) "
                                              "VALUES (%1, 'm2', 100, 'r', 0)");
        QCOMPARE(sql.exec(QStringLiteral("DELETE FROM jixiao_report WHERE id = %1").arg(m_a)), QStringLiteral("JXSUB"));
        // A new id would leave its scores (and comments, history) behind, under the old one.
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET id = %1 + 1000 WHERE id = %1").arg(m_a)), QStringLiteral("JXSUB"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_manual_score SET score_centi = 0 WHERE report_id = %1").arg(m_a)),
                 QStringLiteral("JXSUB"));
        QCOMPARE(sql.exec(QStringLiteral("DELETE FROM jixiao_manual_score WHERE report_id = %1").arg(m_a)), QStringLiteral("JXSUB"));
        QCOMPARE(sql.exec(insert.arg(m_a)), QStringLiteral("JXSUB"));
        // Moved out of it to the draft, or into it from the draft.
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_manual_score SET report_id = %1 WHERE report_id = %2").arg(draft.id).arg(m_a)),
                 QStringLiteral("JXSUB"));
        QCOMPARE(sql.exec(insert.arg(draft.id)), QString()); // the draft's own scores are the clerk's
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_manual_score SET report_id = %1 WHERE report_id = %2").arg(m_a).arg(draft.id)),
                 QStringLiteral("JXSUB"));
        // A reviewer reads the scores and writes none.
        SqlClient reviewerSql(as(reviewer()), reviewer(), password);
        QCOMPARE(reviewerSql.exec(QStringLiteral("DELETE FROM jixiao_manual_score WHERE report_id = %1").arg(m_a)),
                 QStringLiteral("42501"));

        // Through the owner's connection: the report and its scores as submitted, nothing audited.
        QCOMPARE(owner.value(QStringLiteral("SELECT status FROM jixiao_report WHERE id = %1").arg(m_a)).toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(owner.value(QStringLiteral("SELECT string_agg(item_id || ':' || score_centi || ':' || reason, ',') "
                                            "FROM jixiao_manual_score WHERE report_id = %1").arg(m_a)).toString(),
                 QStringLiteral("m1:150:理由"));
        QCOMPARE(owner.value(auditsOfA).toInt(), audits);
        // Through the reviewer's program: the report and its scores.
        QVERIFY(review.load(m_a).ok());
        ManualScores read;
        QVERIFY(!review.manualScores(m_a, &read).isError());
        QCOMPARE(read, scores);

        // Returned, the clerk scores again; approved, the scores are fixed (moving one out too).
        const SaveResult returned = review.setStatus(m_a, submitted.revision, ReportStatus::Returned, QStringLiteral("请补评分"));
        QVERIFY2(returned.ok(), qPrintable(returned.error.text()));
        const SaveResult again = clerk.saveManualScores(m_a, returned.revision, changed);
        QVERIFY2(again.ok(), qPrintable(again.error.text()));
        const SaveResult resubmitted = clerk.setStatus(m_a, again.revision, ReportStatus::Submitted);
        QVERIFY2(resubmitted.ok(), qPrintable(resubmitted.error.text()));
        const SaveResult approved = review.setStatus(m_a, resubmitted.revision, ReportStatus::Approved);
        QVERIFY2(approved.ok(), qPrintable(approved.error.text()));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_manual_score SET report_id = %1 WHERE report_id = %2").arg(draft.id).arg(m_a)),
                 QStringLiteral("JXLCK"));
        QCOMPARE(sql.exec(QStringLiteral("DELETE FROM jixiao_manual_score WHERE report_id = %1").arg(m_a)), QStringLiteral("JXLCK"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET id = %1 + 1000 WHERE id = %1").arg(m_a)), QStringLiteral("JXLCK"));
        QVERIFY(!review.manualScores(m_a, &read).isError());
        QCOMPARE(read, changed);
        // Reopened, it is a draft its clerk may delete.
        const SaveResult reopened = review.setStatus(m_a, approved.revision, ReportStatus::Draft);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error.text()));
        QCOMPARE(sql.exec(QStringLiteral("DELETE FROM jixiao_report WHERE id = %1").arg(m_a)), QString());
    }

    void submittingWithErrorsIsRefused()
    {
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        Report broken = reportOf(QStringLiteral("局A"));
        broken.execution.carryoverOut = Money::fromWan(99); // the accounts no longer balance
        const SaveResult saved = clerk.save(m_a, 1, broken);
        QVERIFY(saved.ok());
        const SaveResult refused = clerk.setStatus(m_a, saved.revision, ReportStatus::Submitted);
        QCOMPARE(refused.error.kind, WorkspaceError::NotAllowed);
        QVERIFY2(refused.error.message.contains(QStringLiteral("错误")), qPrintable(refused.error.message));
        // The database knows the report's errors (its evaluation line) and refuses too.
        SqlClient sql(as(clerkA()), clerkA(), password);
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'submitted' WHERE id = %1").arg(m_a)), QStringLiteral("JXERR"));
        QCOMPARE(stored(m_a).status, ReportStatus::Draft);
    }

    void nobodyEditsTheAuditTrail()
    {
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        Report mine = reportOf(QStringLiteral("局A"));
        mine.budget.initial.basic = Money::fromWan(600);
        QVERIFY(clerk.save(m_a, 1, mine).ok());
        QList<AuditEntry> trail;
        QVERIFY(!clerk.auditTrail(m_a, &trail).isError());
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.last().actor, clerkA());
        QCOMPARE(trail.last().changes.first().path, QStringLiteral("budget.initial.basic"));
        QVERIFY(!clerk.auditTrail(m_b, &trail).isError());
        QVERIFY(trail.isEmpty()); // another department's trail is not theirs to read
        const int before = auditCount();
        for (const QString &login : {clerkA(), reviewer(), admin()}) {
            SqlClient sql(as(login), login, password);
            QVERIFY(sql.isOpen());
            QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_audit SET actor = 'nobody'")), QStringLiteral("42501"));
            QCOMPARE(sql.exec(QStringLiteral("DELETE FROM jixiao_audit")), QStringLiteral("42501"));
            QCOMPARE(sql.exec(QStringLiteral("TRUNCATE jixiao_audit")), QStringLiteral("42501"));
            QCOMPARE(sql.exec(QStringLiteral("INSERT INTO jixiao_audit (report_id, department, year, at, actor, action) "
                                             "VALUES (%1, '局A', 2023, 0, 'forged', 'edit')").arg(m_a)),
                     QStringLiteral("42501"));
            // The audit trigger cannot be called by hand to forge an entry either.
            QVERIFY(!sql.exec(QStringLiteral("SELECT jixiao_report_audit()")).isEmpty());
        }
        // The owner cannot rewrite it either (short of dropping the trigger).
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.exec(QStringLiteral("DELETE FROM jixiao_audit")), QStringLiteral("JXAUD"));
        QCOMPARE(auditCount(), before);
    }

    // Item 1: the title and figures a reviewer lists are the content's, whatever a clerk
    // writes into the row's columns; an approved report's are locked like its content.
    void listedFiguresAreTheContents()
    {
        const int approved = approve(m_a, 1);
        QVERIFY(approved > 0);
        const ReportSummary before = stored(m_a);
        const int audits = auditCount();
        SqlClient sql(as(clerkA()), clerkA(), password);
        const QString forge = QStringLiteral("UPDATE jixiao_report SET title = '伪造', budget_fen = 1, spent_fen = 1, "
                                             "carryover_out_fen = 0 WHERE id = %1");
        QCOMPARE(sql.exec(forge.arg(m_a)), QStringLiteral("JXLCK"));
        // A draft's columns follow its content: what the clerk writes there is not kept.
        int rows = 0;
        QCOMPARE(sql.exec(forge.arg(m_b)), QString()); // 局B is not this clerk's: nothing
        SqlClient clerkB(as(m_owner.databaseName + QStringLiteral("_clerk_b")), m_owner.databaseName + QStringLiteral("_clerk_b"), password);
        QCOMPARE(clerkB.exec(forge.arg(m_b), &rows), QString());
        // Through the owner's connection: the stored columns are the content's.
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        const ReportFigures truth = ReportFigures::of(reportOf(QStringLiteral("局A")));
        for (qint64 id : {m_a, m_b}) {
            const QString row = QStringLiteral(" FROM jixiao_report WHERE id = %1").arg(id);
            QCOMPARE(owner.value(QStringLiteral("SELECT title") + row).toString(), reportOf(QStringLiteral("局A")).title);
            QCOMPARE(owner.value(QStringLiteral("SELECT budget_fen") + row).toLongLong(), truth.budget.fen());
            QCOMPARE(owner.value(QStringLiteral("SELECT spent_fen") + row).toLongLong(), truth.spent.fen());
            QCOMPARE(owner.value(QStringLiteral("SELECT carryover_out_fen") + row).toLongLong(), truth.carryoverOut->fen());
        }
        QCOMPARE(stored(m_a).revision, before.revision);
        QCOMPARE(auditCount(), audits);
        // Through the reviewer's program: list, overview and the command line.
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        QList<ReportSummary> list;
        QVERIFY(!review.list(&list).isError());
        for (const ReportSummary &s : list) {
            QCOMPARE(s.title, reportOf(QStringLiteral("局A")).title);
            QCOMPARE(s.budget, OptionalMoney(truth.budget));
            QCOMPARE(s.spent, OptionalMoney(truth.spent));
        }
        QCOMPARE(reviewersLine(QStringLiteral("局A")).budget, OptionalMoney(truth.budget));
        const Run listed = reviewerRuns({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(!listed.out.contains(QStringLiteral("伪造")), qPrintable(listed.out));
    }

    // The listed columns are worked out by the server from the content alone, as
    // ReportFigures does (amounts as text or numbers, every kind of adjustment, a missing
    // carry-over, sums past the range).
    void listedColumnsFollowTheContent_data()
    {
        QTest::addColumn<QByteArray>("content");
        Report r = reportOf(QStringLiteral("局A"));
        QTest::newRow("sample") << ReportJsonWriter::write(r);
        Report adjusted = r;
        adjusted.title = QStringLiteral("另一个标题");
        BudgetAdjustment a;
        a.item = QStringLiteral("调减");
        a.amount = Money::fromWan(-12, 34);
        a.category = AdjustmentCategory::Basic;
        adjusted.budget.adjustments.append(a);
        a.amount = Money::fromWan(7);
        a.category = AdjustmentCategory::Transfer;
        adjusted.budget.adjustments.append(a);
        a.amount = Money::fromFen(1);
        a.category = AdjustmentCategory::Project;
        a.excluded = true;
        adjusted.budget.adjustments.append(a);
        adjusted.execution.carryoverOut = std::nullopt;
        QTest::newRow("adjustments, no carry-over") << ReportJsonWriter::write(adjusted);
        QByteArray numbers = ReportJsonWriter::write(r);
        numbers.replace("\"carryover_out\": \"11.23\"", "\"carryover_out\": 1.123e1");
        QVERIFY(numbers.contains("1.123e1"));
        QTest::newRow("amounts as numbers") << numbers;
        Report huge = r;
        huge.budget.initial.basic = Money::fromFen(Money::LimitFen - 1);
        huge.budget.initial.project = Money::fromFen(Money::LimitFen - 1);
        huge.budget.carryoverIn.basic = Money::fromFen(Money::LimitFen - 1);
        for (int i = 0; i < 9; ++i) {
            a.amount = Money::fromFen(Money::LimitFen - 1);
            a.category = AdjustmentCategory::Project;
            huge.budget.adjustments.append(a);
        }
        QTest::newRow("past the range") << ReportJsonWriter::write(huge);
    }
    void listedColumnsFollowTheContent()
    {
        QFETCH(QByteArray, content);
        const ReportJsonReader::Result read = ReportJsonReader::read(content);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QString literal = QString::fromUtf8(content);
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        QCOMPARE(owner.exec(QStringLiteral("UPDATE jixiao_report SET content = '%1' WHERE id = %2").arg(literal).arg(m_a)), QString());
        const ReportSummary s = stored(m_a);
        const ReportFigures f = ReportFigures::of(*read.report);
        QCOMPARE(s.title, read.report->title);
        QCOMPARE(s.budget, f.overflow ? OptionalMoney() : OptionalMoney(f.budget));
        QCOMPARE(s.spent, f.overflow ? OptionalMoney() : OptionalMoney(f.spent));
        QCOMPARE(s.carryoverOut, f.overflow ? OptionalMoney() : f.carryoverOut);
    }

    // Item 2: a score written by hand never reaches a reviewer: the line cannot be changed
    // on its own, and one forged together with a save is re-evaluated by the reviewer's
    // program, which says that the stored line disagrees.
    void forgedScoresNeverReachTheReviewer()
    {
        const ReportEvaluation truth = evaluationOf(reportOf(QStringLiteral("局A")));
        QVERIFY(truth.score.totalCenti != 9950);
        { // 局B's line is its clerk's (a save through the program).
            Workspace clerkB;
            QCOMPARE(clerkB.open(as(m_owner.databaseName + QStringLiteral("_clerk_b"))).text(), QString());
            Report b = reportOf(QStringLiteral("局B"));
            b.preamble = QStringLiteral("乙局的修改");
            QVERIFY(clerkB.save(m_b, 1, b).ok());
        }
        SqlClient sql(as(clerkA()), clerkA(), password);
        // The self-evaluation table's total and grade (issue 14) are forged along.
        const QString forge = QStringLiteral("UPDATE jixiao_evaluation SET score_centi = 9950, grade = '优', "
                                             "table_total_centi = 9960, table_grade = '优' WHERE report_id = %1").arg(m_a);
        QCOMPARE(sql.exec(forge), QStringLiteral("JXEVL"));
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.value(QStringLiteral("SELECT score_centi FROM jixiao_evaluation WHERE report_id = %1").arg(m_a)).toLongLong(),
                 truth.score.totalCenti);
        // Forged together with a write of the report, the line is kept, but as the clerk's.
        QCOMPARE(sql.exec(QStringLiteral("BEGIN; UPDATE jixiao_report SET revision = revision + 1 WHERE id = %1; %2; COMMIT")
                              .arg(m_a).arg(forge)),
                 QString());
        QCOMPARE(owner.value(QStringLiteral("SELECT evaluated_by FROM jixiao_evaluation WHERE report_id = %1").arg(m_a)).toString(),
                 clerkA());
        // The reviewer's program: the overview, its export, and check.
        const OverviewRecord line = reviewersLine(QStringLiteral("局A"));
        QCOMPARE(line.scoreCenti, truth.score.totalCenti);
        QCOMPARE(line.grade, truth.score.grade);
        QCOMPARE(line.tableTotalCenti, truth.table.totalCenti);
        QCOMPARE(line.tableGrade, truth.table.grade);
        QVERIFY(line.storedMismatch);
        QVERIFY(!reviewersLine(QStringLiteral("局B")).storedMismatch);
        const QString csv = m_env.tempPath(m_owner.databaseName + QStringLiteral("-overview.csv"));
        const Run exported = reviewerRuns({QStringLiteral("overview"), QStringLiteral("--year"), QStringLiteral("2023"),
                                           QStringLiteral("-o"), csv});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.contains(QStringLiteral("局A")), qPrintable(exported.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(file.readAll());
        QVERIFY2(!table.contains(QStringLiteral("99.50")) && !table.contains(QStringLiteral("99.60")), qPrintable(table));
        QVERIFY(table.contains(OverviewColumns::numberText(truth.score.totalCenti, 2)));
        const Run checked = reviewerRuns({QStringLiteral("check"), QStringLiteral("--department"), QStringLiteral("局A"),
                                          QStringLiteral("--year"), QStringLiteral("2023")});
        QVERIFY2(!checked.out.contains(QStringLiteral("99.50")), qPrintable(checked.out));
        // The forged line is not written over by the reviewer's program: every reviewer sees
        // it for what it is until the content is saved again. 局B's line, evaluated again
        // for the reviewer, is kept as the reviewer's.
        QCOMPARE(owner.value(QStringLiteral("SELECT evaluated_by FROM jixiao_evaluation WHERE report_id = %1").arg(m_a)).toString(),
                 clerkA());
        QVERIFY(reviewersLine(QStringLiteral("局A")).storedMismatch);
        QCOMPARE(owner.value(QStringLiteral("SELECT evaluated_by FROM jixiao_evaluation WHERE report_id = %1").arg(m_b)).toString(),
                 reviewer());
    }

    // Item 3: a report whose content has errors is never approved: the error count cannot
    // be set on its own, submitting needs an evaluation of the content as it is, and the
    // reviewer's program evaluates the content again before approving.
    void aReportWithErrorsIsNeverApproved()
    {
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        Report broken = reportOf(QStringLiteral("局A"));
        broken.execution.carryoverOut = Money::fromWan(99); // the accounts no longer balance
        const SaveResult saved = clerk.save(m_a, 1, broken);
        QVERIFY(saved.ok());
        QVERIFY(evaluationOf(broken).errorCount() > 0);
        SqlClient sql(as(clerkA()), clerkA(), password);
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_evaluation SET error_count = 0 WHERE report_id = %1").arg(m_a)),
                 QStringLiteral("JXEVL"));
        const QString submit = QStringLiteral("UPDATE jixiao_report SET status = 'submitted' WHERE id = %1").arg(m_a);
        QCOMPARE(sql.exec(submit), QStringLiteral("JXERR"));
        // Content changed by hand, with no evaluation of it: not submitted either.
        Workspace other;
        QCOMPARE(other.open(as(m_owner.databaseName + QStringLiteral("_clerk_b"))).text(), QString());
        SqlClient clerkB(as(m_owner.databaseName + QStringLiteral("_clerk_b")), m_owner.databaseName + QStringLiteral("_clerk_b"), password);
        QString brokenB = QString::fromUtf8(ReportJsonWriter::write([&] { Report b = broken; b.department = QStringLiteral("局B"); return b; }()));
        QCOMPARE(clerkB.exec(QStringLiteral("UPDATE jixiao_report SET content = '%1' WHERE id = %2").arg(brokenB).arg(m_b)), QString());
        QCOMPARE(clerkB.exec(QStringLiteral("UPDATE jixiao_report SET status = 'submitted' WHERE id = %1").arg(m_b)), QStringLiteral("JXERR"));
        // Forged together with a write of the report, it is submitted …
        QCOMPARE(sql.exec(QStringLiteral("BEGIN; UPDATE jixiao_report SET revision = revision + 1 WHERE id = %1; "
                                         "UPDATE jixiao_evaluation SET error_count = 0 WHERE report_id = %1; %2; COMMIT")
                              .arg(m_a).arg(submit)),
                 QString());
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.value(QStringLiteral("SELECT status FROM jixiao_report WHERE id = %1").arg(m_a)).toString(), QStringLiteral("submitted"));
        // … but the reviewer sees its errors, and neither the program nor SQL approves it.
        QVERIFY(reviewersLine(QStringLiteral("局A")).errors > 0);
        SqlClient reviewerSql(as(reviewer()), reviewer(), password);
        QCOMPARE(reviewerSql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'approved' WHERE id = %1").arg(m_a)),
                 QStringLiteral("JXERR"));
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        const LoadResult now = review.load(m_a);
        const SaveResult approve = review.setStatus(m_a, now.stored->summary.revision, ReportStatus::Approved);
        QCOMPARE(approve.error.kind, WorkspaceError::NotAllowed);
        QVERIFY2(approve.error.message.contains(QStringLiteral("错误")), qPrintable(approve.error.message));
        QCOMPARE(reviewerSql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'approved' WHERE id = %1").arg(m_a)),
                 QStringLiteral("JXERR"));
        QCOMPARE(owner.value(QStringLiteral("SELECT status FROM jixiao_report WHERE id = %1").arg(m_a)).toString(), QStringLiteral("submitted"));
        // Submitted, it stays as it was submitted; returned, put right and submitted again, it
        // is approved as before.
        QCOMPARE(clerk.save(m_a, now.stored->summary.revision, reportOf(QStringLiteral("局A"))).error.kind,
                 WorkspaceError::ReportUnderReview);
        const SaveResult returned = review.setStatus(m_a, now.stored->summary.revision, ReportStatus::Returned,
                                                     QStringLiteral("账不平"));
        QVERIFY2(returned.ok(), qPrintable(returned.error.text()));
        const SaveResult fixed = clerk.save(m_a, returned.revision, reportOf(QStringLiteral("局A")));
        QVERIFY2(fixed.ok(), qPrintable(fixed.error.text()));
        const SaveResult resubmitted = clerk.setStatus(m_a, fixed.revision, ReportStatus::Submitted);
        QVERIFY2(resubmitted.ok(), qPrintable(resubmitted.error.text()));
        const SaveResult approved = review.setStatus(m_a, resubmitted.revision, ReportStatus::Approved);
        QVERIFY2(approved.ok(), qPrintable(approved.error.text()));
    }

    // Item 4: history is append-only, who and when are the server's, and an entry belongs to
    // a report its writer may write, with that report's content.
    void historyIsAppendOnly()
    {
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        Report mine = reportOf(QStringLiteral("局A"));
        mine.preamble = QStringLiteral("甲局的修改");
        QVERIFY(clerk.save(m_a, 1, mine).ok());
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        const QString snapshot = QStringLiteral("SELECT string_agg(id || '/' || report_id || '/' || saved_by || '/' || saved_at || '/' "
                                                "|| md5(content), ',' ORDER BY id) FROM jixiao_history");
        const QString before = owner.value(snapshot).toString();
        SqlClient sql(as(clerkA()), clerkA(), password);
        const QString where = QStringLiteral(" WHERE report_id = %1").arg(m_a);
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_history SET saved_by = '别人'") + where), QStringLiteral("JXHIS"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_history SET saved_at = 0") + where), QStringLiteral("JXHIS"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_history SET content = '{}'") + where), QStringLiteral("JXHIS"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_history SET report_id = 999999") + where), QStringLiteral("JXHIS"));
        QVERIFY(!sql.exec(QStringLiteral("DELETE FROM jixiao_history") + where).isEmpty());
        QCOMPARE(owner.exec(QStringLiteral("DELETE FROM jixiao_history") + where), QStringLiteral("JXHIS"));
        QCOMPARE(owner.exec(QStringLiteral("TRUNCATE jixiao_history")), QStringLiteral("JXHIS"));
        // Entries for another department's report, or with content the report does not have.
        const QString insert = QStringLiteral("INSERT INTO jixiao_history (report_id, department, year, revision, action, "
                                              "content, saved_at, saved_by) VALUES (%1, '%2', 2023, %3, 'save', %4, 0, '别人')");
        const QByteArray contentB = ReportJsonWriter::write(reportOf(QStringLiteral("局B")));
        QVERIFY(!sql.exec(insert.arg(m_b).arg(QStringLiteral("局A")).arg(2).arg(quoted(contentB))).isEmpty());
        QVERIFY(!sql.exec(insert.arg(m_b).arg(QStringLiteral("局B")).arg(2).arg(quoted(contentB))).isEmpty());
        QCOMPARE(sql.exec(insert.arg(m_a).arg(QStringLiteral("局A")).arg(2).arg(QStringLiteral("'{}'"))), QStringLiteral("JXHIS"));
        QCOMPARE(owner.value(snapshot).toString(), before);
        // What a clerk may add: an entry of their report as it is, under their name and the
        // server's time, whatever they wrote there.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(sql.exec(insert.arg(m_a).arg(QStringLiteral("局A")).arg(2).arg(quoted(ReportJsonWriter::write(mine)))), QString());
        QCOMPARE(owner.value(QStringLiteral("SELECT saved_by FROM jixiao_history ORDER BY id DESC LIMIT 1")).toString(), clerkA());
        QVERIFY(owner.value(QStringLiteral("SELECT saved_at FROM jixiao_history ORDER BY id DESC LIMIT 1")).toLongLong() >= now - 60000);
        // The reviewer's program shows each report's own history, by who saved it.
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        QList<HistoryEntry> entries;
        QVERIFY(!review.history(m_b, &entries).isError());
        for (const HistoryEntry &h : entries) {
            QCOMPARE(h.department, QStringLiteral("局B"));
            QCOMPARE(h.savedBy, m_owner.userName);
        }
        QVERIFY(!review.history(m_a, &entries).isError());
        for (const HistoryEntry &h : entries)
            QVERIFY2(h.savedBy == clerkA() || h.savedBy == m_owner.userName, qPrintable(h.savedBy));
        // Saves within the history's merge window still fold into the clerk's own entry.
        const int entriesBefore = int(entries.size());
        mine.preamble = QStringLiteral("甲局的第二次修改");
        const LoadResult now2 = clerk.load(m_a);
        QVERIFY(clerk.save(m_a, now2.stored->summary.revision, mine).ok());
        QVERIFY(!review.history(m_a, &entries).isError());
        QCOMPARE(int(entries.size()), entriesBefore);
    }

    // Item 5: a report's content names the department and year of its row.
    void contentAgreesWithItsRow()
    {
        SqlClient sql(as(clerkA()), clerkA(), password);
        Report other = reportOf(QStringLiteral("局B"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET content = %1 WHERE id = %2").arg(quoted(ReportJsonWriter::write(other))).arg(m_a)),
                 QStringLiteral("JXCON"));
        Report nextYear = reportOf(QStringLiteral("局A"));
        nextYear.year = 2024;
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET content = %1 WHERE id = %2").arg(quoted(ReportJsonWriter::write(nextYear))).arg(m_a)),
                 QStringLiteral("JXCON"));
        QCOMPARE(sql.exec(QStringLiteral("INSERT INTO jixiao_report (department, year, revision, content, updated_at) "
                                         "VALUES ('局A', 2031, 1, %1, 0)").arg(quoted(ReportJsonWriter::write(other)))),
                 QStringLiteral("JXCON"));
        QCOMPARE(storedPreamble(m_a), reportOf(QStringLiteral("局A")).preamble);
        // The reviewer's program exports 局A's report as 局A's.
        const QString out = m_env.tempPath(m_owner.databaseName + QStringLiteral("-a.json"));
        const Run exported = reviewerRuns({QStringLiteral("export"), QStringLiteral("--department"), QStringLiteral("局A"),
                                           QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"), out});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(ReportJsonReader::readFile(out).report->department, QStringLiteral("局A"));
        // A row whose content disagrees (written before this rule, past the triggers by a
        // superuser) is refused by the program rather than shown as the other department's.
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.exec(QStringLiteral("SET session_replication_role = replica; UPDATE jixiao_report SET content = %1, "
                                           "content_md5 = md5(%1) WHERE id = %2; SET session_replication_role = origin")
                                .arg(quoted(ReportJsonWriter::write(other))).arg(m_a)),
                 QString());
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        QCOMPARE(review.load(m_a).error.kind, WorkspaceError::InvalidReport);
        const Run refused = reviewerRuns({QStringLiteral("export"), QStringLiteral("--department"), QStringLiteral("局A"),
                                          QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"), out});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("局B")), qPrintable(refused.err));
        QVERIFY(!reviewersLine(QStringLiteral("局A")).evaluated);
    }

    // Item 6: renaming a report or changing its year is in the audit trail, by any client.
    void renamesAndYearChangesAreAudited()
    {
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        const int submitted = clerk.setStatus(m_a, 1, ReportStatus::Submitted).revision;
        QVERIFY(submitted > 0);
        SqlClient sql(as(clerkA()), clerkA(), password);
        const QString copy = QStringLiteral("局A（副本）");
        // Submitted, it is not renamed at all (aSubmittedReportIsReadOnlyForItsClerk); returned:
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET department = '%1' WHERE id = %2").arg(copy).arg(m_a)),
                 QStringLiteral("JXSUB"));
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        QVERIFY(review.setStatus(m_a, submitted, ReportStatus::Returned, QStringLiteral("请改名")).ok());
        // The row alone cannot be renamed (its content says 局A) …
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET department = '%1' WHERE id = %2").arg(copy).arg(m_a)),
                 QStringLiteral("JXCON"));
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET year = 2022 WHERE id = %1").arg(m_a)), QStringLiteral("JXCON"));
        // … and renamed with its content, the change is audited with both.
        Report renamed = reportOf(copy);
        renamed.year = 2022;
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET department = '%1', year = 2022, content = %2 WHERE id = %3")
                              .arg(copy).arg(quoted(ReportJsonWriter::write(renamed))).arg(m_a)),
                 QString());
        QList<AuditEntry> trail;
        QVERIFY(!review.auditTrail(m_a, &trail).isError());
        QVERIFY(!trail.isEmpty());
        const AuditEntry &last = trail.last();
        QCOMPARE(last.actor, clerkA());
        QCOMPARE(last.department, copy);
        QCOMPARE(last.year, 2022);
        QStringList paths;
        for (const AuditEntry::Change &c : last.changes)
            paths.append(c.path);
        QVERIFY2(paths.contains(QStringLiteral("department")) && paths.contains(QStringLiteral("year")), qPrintable(paths.join(u',')));
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.value(QStringLiteral("SELECT count(*) FROM jixiao_audit WHERE report_id = %1 AND action = 'edit' "
                                            "AND changes LIKE '%%\"path\": \"department\"%%'").arg(m_a)).toInt(), 1);
    }

    // What the triggers refuse is never what the program does: a clerk's and a reviewer's
    // whole work through it, each step leaving history, audit and evaluation as they were.
    void theProgramsOwnWorkGoesThrough()
    {
        Workspace clerk, review;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        Report r = reportOf(QStringLiteral("局A"));
        r.preamble = QStringLiteral("一");
        SaveResult s = clerk.save(m_a, 1, r);
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        r.preamble = QStringLiteral("二"); // folded into the same history entry
        s = clerk.save(m_a, s.revision, r, ManualScores{{QStringLiteral("m1"), ManualScore{150, QStringLiteral("理由")}}});
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        s = clerk.saveManualScores(m_a, s.revision, {});
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        const SaveResult next = clerk.newFromLastYear(QStringLiteral("局A"), 2024);
        QVERIFY2(next.ok(), qPrintable(next.error.text()));
        Report imported = reportOf(QStringLiteral("局A"));
        imported.year = 2022;
        QVERIFY2(clerk.importReport(imported).ok(), "import");
        imported.preamble = QStringLiteral("再导入");
        QVERIFY2(clerk.importReport(imported).ok(), "import again");
        const SaveResult copy = clerk.saveAsCopy(r, m_a);
        QVERIFY2(copy.ok(), qPrintable(copy.error.text()));
        // Moved to another year and back; deleted and restored; restored as a copy.
        Report moved = r;
        moved.year = 2025;
        s = clerk.save(m_a, s.revision, moved);
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        s = clerk.save(m_a, s.revision, r);
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        const LoadResult y2022 = clerk.load(QStringLiteral("局A"), 2022);
        QVERIFY(clerk.remove(y2022.stored->summary.id, y2022.stored->summary.revision).ok());
        QList<HistoryEntry> deleted;
        QVERIFY(!clerk.deletedReports(&deleted).isError());
        QCOMPARE(deleted.size(), 1);
        const SaveResult back = clerk.restore(deleted.first().id, 0);
        QVERIFY2(back.ok(), qPrintable(back.error.text()));
        QVERIFY2(clerk.restoreAsCopy(deleted.first().id).ok(), "restore as copy");
        // The workflow, both ways round.
        s = clerk.setStatus(m_a, s.revision, ReportStatus::Submitted);
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        s = review.setStatus(m_a, s.revision, ReportStatus::Returned, QStringLiteral("请补充"));
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        s = clerk.setStatus(m_a, s.revision, ReportStatus::Submitted);
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        s = review.setStatus(m_a, s.revision, ReportStatus::Approved);
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        s = review.setStatus(m_a, s.revision, ReportStatus::Draft);
        QVERIFY2(s.ok(), qPrintable(s.error.text()));
        QCOMPARE(stored(m_a).revision, s.revision);
        // Every entry of the history is the clerk's or the reviewer's, at the server's time.
        QList<HistoryEntry> entries;
        QVERIFY(!review.history(m_a, &entries).isError());
        QVERIFY(entries.size() >= 8);
        for (const HistoryEntry &h : entries)
            QVERIFY2(h.savedBy == clerkA() || h.savedBy == reviewer() || h.savedBy == m_owner.userName, qPrintable(h.savedBy));
        // The overview agrees with what the content says, for everyone.
        QList<OverviewRecord> lines;
        QVERIFY(!review.overview(2023, &lines).isError());
        for (const OverviewRecord &line : lines)
            QVERIFY2(!line.storedMismatch && line.evaluated, qPrintable(line.department));
    }

    // Item 7: a password never reaches the server, nor its log: the program sends a SCRAM
    // verifier computed here. The command line says when a password is where others read it.
    void passwordsNeverReachTheServer()
    {
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.exec(QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'").arg(m_owner.databaseName)), QString());
        const QString newcomer = m_owner.databaseName + QStringLiteral("_pw_new");
        const QString secret = QStringLiteral("Secret-%1-Xq7").arg(m_owner.databaseName);
        Run added = ownerRuns({QStringLiteral("users"), QStringLiteral("add"), newcomer, QStringLiteral("--role"), QStringLiteral("clerk"),
                               QStringLiteral("--department"), QStringLiteral("局C"), QStringLiteral("--password-stdin")},
                              secret.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(!added.err.contains(QStringLiteral("ps")), qPrintable(added.err)); // nothing to warn about
        QVERIFY(logsIn(newcomer, secret));
        QVERIFY(owner.value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(newcomer))
                    .toString().startsWith(QStringLiteral("SCRAM-SHA-256$")));
        // A failed add (an unknown role name is refused by the server) and one with the
        // password in argv: the server's log holds neither password.
        const QString second = QStringLiteral("Second-%1-Zr4").arg(m_owner.databaseName);
        const Run failed = ownerRuns({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x\"; DROP"), QStringLiteral("--role"),
                                      QStringLiteral("reviewer"), QStringLiteral("--password"), second});
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.err.contains(QStringLiteral("--password-stdin")), qPrintable(failed.err)); // argv is readable in ps
        // The same through the program's own call, as an administrator.
        Workspace adminWs;
        QCOMPARE(adminWs.open(as(admin())).text(), QString());
        WorkspaceUser bad;
        bad.login = QStringLiteral("x\"; DROP");
        bad.roles = WorkspaceRole::Reviewer;
        QVERIFY(adminWs.setUser(bad, second).isError());
        const QByteArray log = serverLog();
        QVERIFY2(log.contains("SCRAM-SHA-256$"), "the log should show the statements (log_statement = all)");
        QVERIFY2(!log.contains(secret.toUtf8()), "the new login's password is in the server's log");
        QVERIFY2(!log.contains(second.toUtf8()), "the failed add's password is in the server's log");
        // A password inside --db is said to be visible too; PGPASSWORD is what --help advises.
        const Run listed = jixiao({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), dbArgument(as(admin()))});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.err.contains(QStringLiteral("PGPASSWORD")), qPrintable(listed.err));
        const Run help = jixiao({QStringLiteral("users"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("PGPASSWORD")) && help.out.contains(QStringLiteral(".pgpass")), qPrintable(help.out));
        QCOMPARE(owner.exec(QStringLiteral("ALTER DATABASE %1 RESET log_statement").arg(m_owner.databaseName)), QString());
    }

    // Item 8: the workspace takes in no login that could do more than it gives (create roles,
    // pass row security, replicate, or any other role's rights), and sets passwords only of
    // the logins it created, saying before it changes one.
    void privilegedLoginsAreNotAdopted()
    {
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        const QString n = m_owner.databaseName;
        const QString outsiderPw = QStringLiteral("outside-pw");
        QCOMPARE(owner.exec(QStringLiteral("CREATE ROLE %1_boss LOGIN CREATEROLE PASSWORD '%2'").arg(n, outsiderPw)), QString());
        QCOMPARE(owner.exec(QStringLiteral("CREATE ROLE %1_rls LOGIN BYPASSRLS PASSWORD '%2'").arg(n, outsiderPw)), QString());
        QCOMPARE(owner.exec(QStringLiteral("CREATE ROLE %1_member LOGIN PASSWORD '%2' IN ROLE pg_read_all_data").arg(n, outsiderPw)), QString());
        QCOMPARE(owner.exec(QStringLiteral("CREATE ROLE %1_plain LOGIN PASSWORD '%2'").arg(n, outsiderPw)), QString());
        Workspace ownerWs, adminWs;
        QCOMPARE(ownerWs.open(m_owner).text(), QString());
        QCOMPARE(adminWs.open(as(admin())).text(), QString());
        auto clerkNamed = [](const QString &login) {
            WorkspaceUser u;
            u.login = login;
            u.roles = WorkspaceRole::Clerk;
            u.department = QStringLiteral("局C");
            return u;
        };
        for (const QString &login : {n + QStringLiteral("_boss"), n + QStringLiteral("_rls"), n + QStringLiteral("_member")}) {
            QVERIFY2(ownerWs.setUser(clerkNamed(login)).isError(), qPrintable(login));
            QVERIFY2(ownerWs.setUser(clerkNamed(login), QStringLiteral("taken-over")).isError(), qPrintable(login));
            QVERIFY(logsIn(login, outsiderPw));
            QVERIFY(!logsIn(login, QStringLiteral("taken-over")));
        }
        // As SQL by the administrator: no adoption, no password (a verifier made by hand).
        SqlClient adminSql(as(admin()), admin(), password);
        QVERIFY(!adminSql.exec(QStringLiteral("SELECT jixiao_user_set('%1_boss', '', '局C', true, false, false, NULL)").arg(n)).isEmpty());
        QCOMPARE(owner.value(QStringLiteral("SELECT count(*) FROM jixiao_user WHERE login LIKE '%1\\_%%' "
                                            "AND login NOT IN ('%2', '%3', '%4', '%5')")
                                 .arg(n, clerkA(), clerkB(), reviewer(), admin())).toInt(), 0);
        // A plain login outside the workspace: the owner may take it in, but its password
        // stays the server administrator's.
        QCOMPARE(ownerWs.setUser(clerkNamed(n + QStringLiteral("_plain"))).text(), QString());
        QVERIFY(ownerWs.setUser(clerkNamed(n + QStringLiteral("_plain")), QStringLiteral("taken-over")).isError());
        QVERIFY(logsIn(n + QStringLiteral("_plain"), outsiderPw));
        // A login the workspace created and the server's administrator later gave CREATEROLE.
        QCOMPARE(owner.exec(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(clerkA())), QString());
        QVERIFY(adminWs.setUser(clerkNamed(clerkA()), QStringLiteral("taken-over")).isError());
        QVERIFY(logsIn(clerkA(), password));
        QCOMPARE(owner.exec(QStringLiteral("ALTER ROLE %1 NOCREATEROLE").arg(clerkA())), QString());
        // Its own logins' passwords it changes, and the command line says so first.
        const Run changed = ownerRuns({QStringLiteral("users"), QStringLiteral("add"), clerkA(), QStringLiteral("--role"),
                                       QStringLiteral("clerk"), QStringLiteral("--department"), QStringLiteral("局A"),
                                       QStringLiteral("--password-stdin")},
                                      "new-pw-456\n");
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QVERIFY2(changed.err.contains(clerkA()) && changed.err.contains(QStringLiteral("服务器")), qPrintable(changed.err));
        QVERIFY(logsIn(clerkA(), QStringLiteral("new-pw-456")));
    }

    // Item 9: where public is writable (PostgreSQL 14 and older), a clerk's own functions
    // and search_path change nothing in the workspace's rules: every function of the
    // workspace has its search_path, and the policies call them by schema.
    void searchPathCannotBeShadowed()
    {
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO PUBLIC")), QString());
        SqlClient sql(as(clerkA()), clerkA(), password);
        for (const QString &shadow : {QStringLiteral("CREATE FUNCTION public.starts_with(text, text) RETURNS boolean "
                                                     "LANGUAGE sql IMMUTABLE AS 'SELECT true'"),
                                      QStringLiteral("CREATE FUNCTION public.texteq_any(text, text) RETURNS boolean "
                                                     "LANGUAGE sql IMMUTABLE AS 'SELECT true'"),
                                      QStringLiteral("CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, "
                                                     "FUNCTION = public.texteq_any)")})
            QCOMPARE(sql.exec(shadow), QString());
        QCOMPARE(sql.exec(QStringLiteral("SET search_path = public, pg_catalog")), QString());
        QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM jixiao_report")).toInt(), 1);
        int rows = -1;
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET content = replace(content, '为进一步', '改') WHERE id = %1").arg(m_b), &rows),
                 QString());
        QCOMPARE(rows, 0);
        QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM jixiao_history WHERE department OPERATOR(pg_catalog.=) '局B'")).toInt(), 0);
        QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM jixiao_audit WHERE department OPERATOR(pg_catalog.=) '局B'")).toInt(), 0);
        // Through the owner's connection and the reviewer's program: 局B's report as it was.
        QCOMPARE(storedPreamble(m_b), reportOf(QStringLiteral("局B")).preamble);
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        QCOMPARE(review.load(m_b).stored->report.preamble, reportOf(QStringLiteral("局B")).preamble);
        QCOMPARE(owner.value(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                            "WHERE n.nspname = current_schema() AND p.proname LIKE 'jixiao\\_%' AND NOT EXISTS "
                                            "(SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\\_path=pg\\_catalog, %')")).toInt(),
                 0);
        QCOMPARE(owner.exec(QStringLiteral("DROP OPERATOR public.= (text, text); DROP FUNCTION public.texteq_any(text, text); "
                                           "DROP FUNCTION public.starts_with(text, text); REVOKE CREATE ON SCHEMA public FROM PUBLIC")),
                 QString());
    }

    // Item 10: the smaller ones.
    void groupRolesOfDatabasesAreTheirOwn()
    {
        // Two databases whose names differ only in case get groups of their own: managing
        // one's users never changes the other's.
        const QString lower = m_owner.databaseName + QStringLiteral("_case");
        const QString upper = lower.toUpper();
        QString why;
        QVERIFY2(m_env.postgres().createDatabase(lower, &why), qPrintable(why));
        QVERIFY2(m_env.postgres().createDatabase(upper, &why), qPrintable(why));
        WorkspaceLocation first = m_owner, second = m_owner;
        first.databaseName = lower;
        second.databaseName = upper;
        QString prefixes[2];
        int i = 0;
        for (const WorkspaceLocation &l : {first, second}) {
            Workspace ws;
            QCOMPARE(ws.open(l).text(), QString());
            QVERIFY(!PostgresSecurity::rolePrefix(ws.connection(), &prefixes[i++]).isError());
        }
        QVERIFY2(prefixes[0] != prefixes[1], qPrintable(prefixes[0]));
        SqlClient inSecond(second, m_owner.userName, m_owner.password);
        QVERIFY(!inSecond.value(QStringLiteral("SELECT has_table_privilege('%1_clerk', 'jixiao_report', 'SELECT')").arg(prefixes[0])).toBool());
    }

    void clerksReadOnlyTheirOwnUserRow()
    {
        SqlClient sql(as(clerkA()), clerkA(), password);
        QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM jixiao_user")).toInt(), 1);
        QCOMPARE(sql.value(QStringLiteral("SELECT login FROM jixiao_user")).toString(), clerkA());
        SqlClient adminSql(as(admin()), admin(), password);
        QCOMPARE(adminSql.value(QStringLiteral("SELECT count(*) FROM jixiao_user")).toInt(), 4);
        // The program still knows who the clerk is; the administrator still lists everyone.
        Workspace clerk, adminWs;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        QCOMPARE(clerk.currentUser().department, QStringLiteral("局A"));
        QCOMPARE(adminWs.open(as(admin())).text(), QString());
        QList<WorkspaceUser> users;
        QVERIFY(!adminWs.users(&users).isError());
        QCOMPARE(users.size(), 4);
    }

    void clerksAddOnlyDrafts()
    {
        SqlClient sql(as(clerkA()), clerkA(), password);
        Report r = reportOf(QStringLiteral("局A"));
        r.year = 2030;
        const QString insert = QStringLiteral("INSERT INTO jixiao_report (department, year, revision, content, updated_at, status, "
                                              "status_note) VALUES ('局A', 2030, 1, %1, 0, '%2', '%3')");
        const QString content = quoted(ReportJsonWriter::write(r));
        QCOMPARE(sql.exec(insert.arg(content, QStringLiteral("submitted"), QString())), QStringLiteral("JXSTA"));
        QCOMPARE(sql.exec(insert.arg(content, QStringLiteral("returned"), QStringLiteral("请补充"))), QStringLiteral("JXSTA"));
        QCOMPARE(sql.exec(insert.arg(content, QStringLiteral("draft"), QStringLiteral("审核通过"))), QStringLiteral("JXSTA"));
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.value(QStringLiteral("SELECT count(*) FROM jixiao_report WHERE year = 2030")).toInt(), 0);
        QCOMPARE(sql.exec(insert.arg(content, QStringLiteral("draft"), QString())), QString());
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        const LoadResult added = review.load(QStringLiteral("局A"), 2030);
        QVERIFY(added.ok());
        QCOMPARE(added.stored->summary.status, ReportStatus::Draft);
        // A deleted report comes back through the program as a draft, without the note.
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        int rev = clerk.setStatus(m_a, 1, ReportStatus::Submitted).revision;
        rev = review.setStatus(m_a, rev, ReportStatus::Returned, QStringLiteral("请补充")).revision;
        QVERIFY(clerk.remove(m_a, rev).ok());
        QList<HistoryEntry> deleted;
        QVERIFY(!clerk.deletedReports(&deleted).isError());
        QVERIFY(clerk.restore(deleted.first().id, 0).ok());
        QCOMPARE(stored(m_a).status, ReportStatus::Draft);
        QCOMPARE(stored(m_a).statusNote, QString());
    }

    void reviewersChangeOnlyTheStatus()
    {
        Workspace clerk;
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        Report r = reportOf(QStringLiteral("局A"));
        r.preamble = QStringLiteral("甲局");
        const QString chain = QStringLiteral("clerk-chain-1");
        const SaveResult saved = clerk.save(m_a, 1, r, chain);
        const SaveResult submitted = clerk.setStatus(m_a, saved.revision, ReportStatus::Submitted);
        QVERIFY(submitted.ok());
        SqlClient sql(as(reviewer()), reviewer(), password);
        const QString where = QStringLiteral(" WHERE id = %1").arg(m_a);
        QVERIFY(!sql.exec(QStringLiteral("UPDATE jixiao_report SET revision = 999") + where).isEmpty());
        QVERIFY(!sql.exec(QStringLiteral("UPDATE jixiao_report SET updated_at = 0, last_save_id = '%1'").arg(chain) + where).isEmpty());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(sql.exec(QStringLiteral("UPDATE jixiao_report SET status = 'returned', status_note = '请补充', revision = 999, "
                                         "updated_at = 0, last_save_id = '%1'").arg(chain) + where),
                 QString());
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.value(QStringLiteral("SELECT revision FROM jixiao_report") + where).toInt(), submitted.revision + 1);
        QVERIFY(owner.value(QStringLiteral("SELECT updated_at FROM jixiao_report") + where).toLongLong() >= before - 60000);
        QVERIFY(owner.value(QStringLiteral("SELECT last_save_id FROM jixiao_report") + where).toString() != chain);
        // The clerk's next save is not taken for the reviewer's: it conflicts, as it should.
        r.preamble = QStringLiteral("甲局再改");
        QCOMPARE(clerk.save(m_a, saved.revision, r, chain).error.kind, WorkspaceError::Conflict);
        // The reviewer's program works as before.
        Workspace review;
        QCOMPARE(review.open(as(reviewer())).text(), QString());
        const int now = stored(m_a).revision;
        const int resubmitted = clerk.setStatus(m_a, now, ReportStatus::Submitted).revision;
        const SaveResult approved = review.setStatus(m_a, resubmitted, ReportStatus::Approved);
        QVERIFY2(approved.ok(), qPrintable(approved.error.text()));
        QCOMPARE(stored(m_a).revision, approved.revision);
    }

    void theCommandLineHasNoWindow()
    {
        // The server drops the connection in the middle of an import (here: a trigger of
        // this database ends its own session).
        SqlClient owner(m_owner, m_owner.userName, m_owner.password);
        QCOMPARE(owner.exec(QStringLiteral("CREATE FUNCTION test_drop() RETURNS trigger LANGUAGE plpgsql AS "
                                           "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$; "
                                           "CREATE TRIGGER test_drop BEFORE INSERT ON jixiao_report FOR EACH ROW "
                                           "EXECUTE FUNCTION test_drop()")),
                 QString());
        Report r = reportOf(QStringLiteral("局A"));
        r.year = 2031;
        const QString file = m_env.tempPath(m_owner.databaseName + QStringLiteral("-2031.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ReportJsonWriter::write(r));
        f.close();
        const Run imported = ownerRuns({QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode != 0, qPrintable(imported.out));
        QVERIFY2(!imported.err.isEmpty(), "no message");
        QVERIFY2(!imported.err.contains(QStringLiteral("窗口")), qPrintable(imported.err));
        QCOMPARE(owner.exec(QStringLiteral("DROP TRIGGER test_drop ON jixiao_report; DROP FUNCTION test_drop()")), QString());
    }

    void onlyAdministratorsManageUsers()
    {
        Workspace adminWs, clerk;
        QCOMPARE(adminWs.open(as(admin())).text(), QString());
        QCOMPARE(clerk.open(as(clerkA())).text(), QString());
        WorkspaceUser newcomer;
        newcomer.login = m_owner.databaseName + QStringLiteral("_clerk_c");
        newcomer.department = QStringLiteral("局C");
        newcomer.roles = WorkspaceRole::Clerk;
        QCOMPARE(clerk.setUser(newcomer, password).kind, WorkspaceError::PermissionDenied);
        SqlClient clerkSql(as(clerkA()), clerkA(), password);
        QCOMPARE(clerkSql.exec(QStringLiteral("SELECT jixiao_user_set('%1', '', '局C', true, false, false, 'x')").arg(newcomer.login)),
                 QStringLiteral("42501"));
        QCOMPARE(clerkSql.exec(QStringLiteral("UPDATE jixiao_user SET reviewer = 1")), QStringLiteral("42501"));
        QCOMPARE(adminWs.setUser(newcomer, password).text(), QString());
        Workspace c;
        QCOMPARE(c.open(as(newcomer.login)).text(), QString());
        QCOMPARE(c.currentUser().department, QStringLiteral("局C"));
        // An administrator cannot make themselves owner, or take over a login outside.
        WorkspaceUser owner;
        owner.login = m_owner.userName;
        owner.roles = WorkspaceRole::Reviewer;
        QCOMPARE(adminWs.setUser(owner, QStringLiteral("stolen")).kind, WorkspaceError::PermissionDenied);
        // A clerk needs a department.
        WorkspaceUser nowhere = newcomer;
        nowhere.department.clear();
        QCOMPARE(adminWs.setUser(nowhere).kind, WorkspaceError::NotAllowed);
        QCOMPARE(adminWs.removeUser(newcomer.login).text(), QString());
        Workspace gone;
        QCOMPARE(gone.open(as(newcomer.login)).kind, WorkspaceError::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(WorkspaceSecurityTest)
#include "tst_workspacesecurity.moc"
