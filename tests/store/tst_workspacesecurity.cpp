// Who may do what on a shared PostgreSQL workspace, against a real server the test starts
// itself: each person logs in with their own database login, and the database refuses what
// their role does not allow, whether they ask through the program (Workspace) or write SQL
// by hand (a plain QSqlQuery as that login, what psql would do).
#include "StoreTestEnvironment.h"

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
