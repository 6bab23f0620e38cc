#include "ReportWorkflow.h"

#include <QTest>

// The approval workflow as a table: every pair of statuses, for a clerk (of the report's
// department), a reviewer, and someone with both roles; errors and the return comment.
class TestReportWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data()
    {
        using S = ReportStatus;
        using P = ReportWorkflow::Problem;
        QTest::addColumn<ReportStatus>("from");
        QTest::addColumn<ReportStatus>("to");
        QTest::addColumn<int>("roles");
        QTest::addColumn<int>("errors");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<ReportWorkflow::Problem>("problem");
        const int clerk = int(WorkspaceRole::Clerk), reviewer = int(WorkspaceRole::Reviewer);
        const int both = clerk | reviewer, admin = int(WorkspaceRole::Admin);
        QTest::newRow("clerk submits") << S::Draft << S::Submitted << clerk << 0 << QString() << P::None;
        QTest::newRow("with errors") << S::Draft << S::Submitted << clerk << 2 << QString() << P::HasErrors;
        QTest::newRow("reviewer cannot submit") << S::Draft << S::Submitted << reviewer << 0 << QString() << P::NotYourRole;
        QTest::newRow("admin cannot submit") << S::Draft << S::Submitted << admin << 0 << QString() << P::NotYourRole;
        QTest::newRow("resubmit") << S::Returned << S::Submitted << clerk << 0 << QString() << P::None;
        QTest::newRow("return") << S::Submitted << S::Returned << reviewer << 0 << QStringLiteral("改") << P::None;
        QTest::newRow("return, no comment") << S::Submitted << S::Returned << reviewer << 0 << QStringLiteral(" \n") << P::CommentRequired;
        QTest::newRow("return with errors") << S::Submitted << S::Returned << reviewer << 3 << QStringLiteral("改") << P::None;
        QTest::newRow("clerk cannot return") << S::Submitted << S::Returned << clerk << 0 << QStringLiteral("改") << P::NotYourRole;
        QTest::newRow("approve") << S::Submitted << S::Approved << reviewer << 0 << QString() << P::None;
        QTest::newRow("approve with errors") << S::Submitted << S::Approved << reviewer << 1 << QString() << P::HasErrors;
        QTest::newRow("clerk cannot approve") << S::Submitted << S::Approved << clerk << 0 << QString() << P::NotYourRole;
        QTest::newRow("reopen") << S::Approved << S::Draft << reviewer << 0 << QString() << P::None;
        QTest::newRow("clerk cannot reopen") << S::Approved << S::Draft << clerk << 0 << QString() << P::NotYourRole;
        QTest::newRow("draft → approved") << S::Draft << S::Approved << both << 0 << QString() << P::NotATransition;
        QTest::newRow("returned → approved") << S::Returned << S::Approved << both << 0 << QString() << P::NotATransition;
        QTest::newRow("submitted → draft") << S::Submitted << S::Draft << both << 0 << QString() << P::NotATransition;
        QTest::newRow("approved → submitted") << S::Approved << S::Submitted << both << 0 << QString() << P::NotATransition;
        QTest::newRow("returned → draft") << S::Returned << S::Draft << both << 0 << QString() << P::NotATransition;
        QTest::newRow("draft → returned") << S::Draft << S::Returned << both << 0 << QStringLiteral("x") << P::NotATransition;
    }
    void check()
    {
        QFETCH(ReportStatus, from);
        QFETCH(ReportStatus, to);
        QFETCH(int, roles);
        QFETCH(int, errors);
        QFETCH(QString, comment);
        QFETCH(ReportWorkflow::Problem, problem);
        const ReportWorkflow::Verdict v = ReportWorkflow::check(from, to, WorkspaceRoles::fromInt(roles), errors, comment);
        QCOMPARE(v.problem, problem);
        QCOMPARE(v.allowed(), problem == ReportWorkflow::Problem::None);
        QCOMPARE(v.message.isEmpty(), v.allowed()); // every refusal says why
    }

    void availableActions()
    {
        using A = ReportWorkflow::Action;
        const WorkspaceRoles clerk = WorkspaceRole::Clerk, reviewer = WorkspaceRole::Reviewer;
        QCOMPARE(ReportWorkflow::available(ReportStatus::Draft, clerk), QList<A>{A::Submit});
        QCOMPARE(ReportWorkflow::available(ReportStatus::Draft, reviewer), QList<A>{});
        QCOMPARE(ReportWorkflow::available(ReportStatus::Submitted, reviewer), (QList<A>{A::Return, A::Approve}));
        QCOMPARE(ReportWorkflow::available(ReportStatus::Submitted, clerk), QList<A>{});
        QCOMPARE(ReportWorkflow::available(ReportStatus::Returned, clerk | reviewer), QList<A>{A::Submit});
        QCOMPARE(ReportWorkflow::available(ReportStatus::Approved, reviewer), QList<A>{A::Reopen});
        QVERIFY(ReportWorkflow::isReadOnly(ReportStatus::Approved));
        QVERIFY(!ReportWorkflow::isReadOnly(ReportStatus::Submitted));
    }

    void statusKeysAndOldWorkspaces()
    {
        for (ReportStatus s : allReportStatuses())
            QCOMPARE(reportStatusFromKey(reportStatusKey(s)), s);
        QCOMPARE(reportStatusFromKey(QStringLiteral("review")), ReportStatus::Submitted);
        QCOMPARE(reportStatusFromKey(QStringLiteral("final")), ReportStatus::Approved);
        QCOMPARE(reportStatusText(ReportStatus::Returned), QStringLiteral("已退回"));
        QCOMPARE(reportStatusText(ReportStatus::Approved), QStringLiteral("已审核"));
        QCOMPARE(workspaceRoleFromKey(QStringLiteral("Reviewer")), WorkspaceRole::Reviewer);
        QVERIFY(!workspaceRoleFromKey(QStringLiteral("boss")));
    }
};

QTEST_GUILESS_MAIN(TestReportWorkflow)
#include "tst_reportworkflow.moc"
