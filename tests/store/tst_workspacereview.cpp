// The review features of the workspace (issue 6) through its API, on SQLite and on a real
// PostgreSQL server (as its owner, who has every role): the approval workflow, the
// read-only approved report, comments, manual scores, the audit trail and the overview.
// What other logins may and may not do is tst_workspacesecurity.
#include "ReportEvaluation.h"
#include "ReportJsonWriter.h"
#include "StoreTestEnvironment.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class WorkspaceReviewTest : public QObject
{
    Q_OBJECT

    StoreTestEnvironment m_env;
    QString m_engine;
    WorkspaceLocation m_location;

    static Workspace::Options options()
    {
        Workspace::Options o;
        o.userName = QStringLiteral("甲");
        return o;
    }
    // A report that does not balance: an error (balance_mismatch), so it cannot be submitted.
    static Report withError()
    {
        Report r = StoreTestEnvironment::sampleReport();
        r.execution.carryoverOut = Money::fromWan(99);
        return r;
    }
    static Report previousYear()
    {
        Report r = StoreTestEnvironment::sampleReport();
        r.year = 2022;
        r.budget.threePublicBudget.reception = Money::fromWan(6);
        r.budget.threePublicBudget.vehicles = Money::fromWan(3);
        r.execution.carryoverOut = Money::fromWan(30, 55); // = 2023's 上年结转
        return r;
    }

private Q_SLOTS:
    void initTestCase_data() { StoreTestEnvironment::addEngineRows(); }
    void initTestCase() { QVERIFY2(m_env.start(), qPrintable(m_env.postgresProblem())); }
    void init()
    {
        STORE_INIT_ENGINE(m_env);
        m_engine = engine;
        m_location = m_env.freshLocation(engine);
    }

    void ownerHasEveryRole()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        QVERIFY(ws.currentUser().owner);
        QVERIFY(ws.currentUser().mayReview() && ws.currentUser().mayManageUsers());
        QVERIFY(ws.currentUser().mayEdit(QStringLiteral("任何部门")));
    }

    void workflowFromDraftToApprovedAndBack()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        QVERIFY(created.ok());
        int rev = created.revision;
        ReportSummary summary = ws.load(created.id).stored->summary;
        QCOMPARE(summary.status, ReportStatus::Draft);
        QCOMPARE(ws.availableActions(summary), QList<ReportWorkflow::Action>{ReportWorkflow::Action::Submit});

        // Not a step of the workflow.
        const SaveResult skip = ws.setStatus(created.id, rev, ReportStatus::Approved);
        QCOMPARE(skip.error.kind, WorkspaceError::NotAllowed);
        QVERIFY2(skip.error.message.contains(QStringLiteral("草稿")), qPrintable(skip.error.message));

        rev = ws.setStatus(created.id, rev, ReportStatus::Submitted).revision;
        QCOMPARE(ws.load(created.id).stored->summary.status, ReportStatus::Submitted);
        // Returning needs the reviewer's reason.
        const SaveResult silent = ws.setStatus(created.id, rev, ReportStatus::Returned, QStringLiteral("  "));
        QCOMPARE(silent.error.kind, WorkspaceError::NotAllowed);
        QVERIFY2(silent.error.message.contains(QStringLiteral("原因")), qPrintable(silent.error.message));
        const SaveResult returned = ws.setStatus(created.id, rev, ReportStatus::Returned, QStringLiteral("请补充调整原因"));
        QVERIFY2(returned.ok(), qPrintable(returned.error.text()));
        rev = returned.revision;
        summary = ws.load(created.id).stored->summary;
        QCOMPARE(summary.status, ReportStatus::Returned);
        QCOMPARE(summary.statusNote, QStringLiteral("请补充调整原因"));
        // The clerk edits and submits again; the reviewer approves.
        report.preamble = QStringLiteral("补充后");
        rev = ws.save(created.id, rev, report).revision;
        rev = ws.setStatus(created.id, rev, ReportStatus::Submitted).revision;
        const SaveResult approved = ws.setStatus(created.id, rev, ReportStatus::Approved);
        QVERIFY2(approved.ok(), qPrintable(approved.error.text()));
        rev = approved.revision;

        // Approved: read-only, whatever the way of writing.
        report.preamble = QStringLiteral("审核后偷偷改");
        const SaveResult locked = ws.save(created.id, rev, report);
        QCOMPARE(locked.error.kind, WorkspaceError::ReportLocked);
        QVERIFY2(locked.error.message.contains(QStringLiteral("重新打开")), qPrintable(locked.error.message));
        QCOMPARE(ws.importReport(report).error.kind, WorkspaceError::ReportLocked);
        QCOMPARE(ws.remove(created.id, rev).error.kind, WorkspaceError::ReportLocked);
        ManualScores scores{{QStringLiteral("x"), ManualScore{100, QStringLiteral("r")}}};
        QCOMPARE(ws.saveManualScores(created.id, rev, scores).error.kind, WorkspaceError::ReportLocked);
        QCOMPARE(ws.load(created.id).stored->report.preamble, QStringLiteral("补充后"));
        QCOMPARE(ws.load(created.id).stored->summary.revision, rev);
        // …also below the program: the database refuses to change its content.
        {
            QSqlQuery q(ws.connection().database());
            QVERIFY(!q.exec(QStringLiteral("UPDATE jixiao_report SET content = '{}' WHERE id = %1").arg(created.id)));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("approved")), qPrintable(q.lastError().text()));
        }
        // Reopened: a draft again, editable.
        const SaveResult reopened = ws.setStatus(created.id, rev, ReportStatus::Draft);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error.text()));
        const SaveResult saved = ws.save(created.id, reopened.revision, report);
        QVERIFY2(saved.ok(), qPrintable(saved.error.text()));
        QCOMPARE(ws.load(created.id).stored->report.preamble, QStringLiteral("审核后偷偷改"));

        QList<HistoryEntry> history;
        QVERIFY(!ws.history(created.id, &history).isError());
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const HistoryEntry &h) {
            return h.action == HistoryEntry::Action::Status && h.summary.contains(QStringLiteral("请补充调整原因"));
        }));
    }

    // A submitted report is what its reviewer reads, as it was submitted, until the reviewer
    // returns it (or approves it and reopens it): the store and the database refuse to change
    // its content, title, department or year, however it is written.
    void aSubmittedReportIsReadOnlyUntilReturned()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        const SaveResult submitted = ws.setStatus(created.id, created.revision, ReportStatus::Submitted);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.text()));
        const int rev = submitted.revision;
        Report edit = report;
        edit.title = QStringLiteral("提交后改的标题");
        edit.preamble = QStringLiteral("提交后偷偷改");

        const SaveResult refused = ws.save(created.id, rev, edit);
        QCOMPARE(refused.error.kind, WorkspaceError::ReportUnderReview);
        // Which report, why, and what to do.
        const QString message = refused.error.message;
        QVERIFY2(message.contains(report.department) && message.contains(QStringLiteral("2023"))
                     && message.contains(QStringLiteral("已提交")) && message.contains(QStringLiteral("退回")),
                 qPrintable(message));
        QCOMPARE(ws.importReport(edit).error.kind, WorkspaceError::ReportUnderReview);
        QCOMPARE(ws.load(created.id).stored->report.preamble, report.preamble);
        QCOMPARE(ws.load(created.id).stored->summary.revision, rev);

        // …also below the program: the database refuses it too.
        {
            QSqlQuery q(ws.connection().database());
            const QString json = QString::fromUtf8(ReportJsonWriter::write(edit)).replace(QLatin1Char('\''), QStringLiteral("''"));
            for (const QString &set : {QStringLiteral("content = '%1'").arg(json), QStringLiteral("year = 2024"),
                                       QStringLiteral("department = '另一个部门'")}) {
                QVERIFY2(!q.exec(QStringLiteral("UPDATE jixiao_report SET %1 WHERE id = %2").arg(set).arg(created.id)),
                         qPrintable(set));
                QVERIFY2(q.lastError().text().contains(QStringLiteral("submitted")), qPrintable(q.lastError().text()));
            }
            // The listed title: refused on SQLite; on PostgreSQL the server takes it from the
            // content whatever is written.
            const bool titleWritten = q.exec(QStringLiteral("UPDATE jixiao_report SET title = '伪造' WHERE id = %1").arg(created.id));
            QCOMPARE(titleWritten, m_engine != QLatin1String("sqlite"));
        }
        const LoadResult kept = ws.load(created.id);
        QCOMPARE(kept.stored->report.preamble, report.preamble);
        QCOMPARE(kept.stored->summary.title, report.title);
        QCOMPARE(kept.stored->summary.department, report.department);
        QCOMPARE(kept.stored->summary.year, report.year);
        QCOMPARE(kept.stored->summary.status, ReportStatus::Submitted);

        // Returned by the reviewer, it is the clerk's to change again.
        const SaveResult returned = ws.setStatus(created.id, kept.stored->summary.revision, ReportStatus::Returned,
                                                 QStringLiteral("请改标题"));
        QVERIFY2(returned.ok(), qPrintable(returned.error.text()));
        const SaveResult saved = ws.save(created.id, returned.revision, edit);
        QVERIFY2(saved.ok(), qPrintable(saved.error.text()));
        QCOMPARE(ws.load(created.id).stored->summary.title, edit.title);
    }

    // A report waiting for its reviewer does not vanish under the reviewer and its manual
    // scores do not change (schema step 12): the store and the database refuse deleting it and
    // writing its scores, however it is done, until the reviewer returns it. Approved, its
    // scores are fixed as well, a score moved out of it to another report included.
    void aSubmittedReportIsNeitherDeletedNorScoredUntilReturned()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        const ManualScores scores{{QStringLiteral("item"), ManualScore{200, QStringLiteral("好")}}};
        const SaveResult scored = ws.saveManualScores(created.id, created.revision, scores);
        QVERIFY2(scored.ok(), qPrintable(scored.error.text()));
        const SaveResult submitted = ws.setStatus(created.id, scored.revision, ReportStatus::Submitted);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error.text()));
        const int rev = submitted.revision;

        // Which report, why, and what to do.
        const SaveResult removed = ws.remove(created.id, rev);
        QCOMPARE(removed.error.kind, WorkspaceError::ReportUnderReview);
        for (const QString &word : {report.department, QStringLiteral("2023"), QStringLiteral("已提交"), QStringLiteral("删除"),
                                    QStringLiteral("退回")})
            QVERIFY2(removed.error.message.contains(word), qPrintable(removed.error.message));
        const ManualScores changed{{QStringLiteral("item"), ManualScore{100, QStringLiteral("改分")}}};
        const SaveResult rescored = ws.saveManualScores(created.id, rev, changed);
        QCOMPARE(rescored.error.kind, WorkspaceError::ReportUnderReview);
        for (const QString &word : {report.department, QStringLiteral("2023"), QStringLiteral("已提交"), QStringLiteral("人工评分"),
                                    QStringLiteral("退回")})
            QVERIFY2(rescored.error.message.contains(word), qPrintable(rescored.error.message));
        QCOMPARE(ws.saveManualScores(created.id, rev, {}).error.kind, WorkspaceError::ReportUnderReview);
        QCOMPARE(ws.save(created.id, rev, report, changed).error.kind, WorkspaceError::ReportUnderReview);

        // …also below the program.
        const QStringList byHand{
            QStringLiteral("DELETE FROM jixiao_report WHERE id = %1"),
            QStringLiteral("UPDATE jixiao_report SET id = %1 + 1000 WHERE id = %1"), // its scores left behind
            QStringLiteral("UPDATE jixiao_manual_score SET score_centi = 0 WHERE report_id = %1"),
            QStringLiteral("DELETE FROM jixiao_manual_score WHERE report_id = %1"),
            QStringLiteral("INSERT INTO jixiao_manual_score (report_id, item_id, score_centi, reason, updated_at) "
                           "VALUES (%1, 'other', 100, 'r', 0)"),
            QStringLiteral("UPDATE jixiao_manual_score SET report_id = %1 + 1000 WHERE report_id = %1"),
        };
        auto refusedByHand = [&](const QString &why) {
            QSqlQuery q(ws.connection().database());
            for (const QString &sql : byHand) {
                if (sql.startsWith(QLatin1String("DELETE FROM jixiao_report")) && why == QLatin1String("approved"))
                    continue; // refused since schema step 4 (workflowFromDraftToApprovedAndBack)
                if (q.exec(sql.arg(created.id)))
                    return QStringLiteral("went through: ") + sql;
                if (!q.lastError().text().contains(why))
                    return sql + QStringLiteral(": ") + q.lastError().text();
            }
            return QString();
        };
        QCOMPARE(refusedByHand(QStringLiteral("submitted")), QString());
        ManualScores kept;
        QVERIFY(!ws.manualScores(created.id, &kept).isError());
        QCOMPARE(kept, scores);
        QCOMPARE(ws.load(created.id).stored->summary.revision, rev);

        // Returned by the reviewer, it is the clerk's to score (and delete) again.
        const SaveResult returned = ws.setStatus(created.id, rev, ReportStatus::Returned, QStringLiteral("请补评分"));
        QVERIFY2(returned.ok(), qPrintable(returned.error.text()));
        const SaveResult again = ws.saveManualScores(created.id, returned.revision, changed);
        QVERIFY2(again.ok(), qPrintable(again.error.text()));
        // Approved: the scores are fixed too, by hand as through the program.
        const SaveResult resubmitted = ws.setStatus(created.id, again.revision, ReportStatus::Submitted);
        QVERIFY2(resubmitted.ok(), qPrintable(resubmitted.error.text()));
        const SaveResult approved = ws.setStatus(created.id, resubmitted.revision, ReportStatus::Approved);
        QVERIFY2(approved.ok(), qPrintable(approved.error.text()));
        QCOMPARE(ws.saveManualScores(created.id, approved.revision, scores).error.kind, WorkspaceError::ReportLocked);
        QCOMPARE(refusedByHand(QStringLiteral("approved")), QString());
        QVERIFY(!ws.manualScores(created.id, &kept).isError());
        QCOMPARE(kept, changed);
        const SaveResult reopened = ws.setStatus(created.id, approved.revision, ReportStatus::Draft);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error.text()));
        const SaveResult deleted = ws.remove(created.id, reopened.revision);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.text()));
    }

    void submittingWithErrorsIsRefused()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const SaveResult created = ws.create(withError());
        const SaveResult refused = ws.setStatus(created.id, created.revision, ReportStatus::Submitted);
        QCOMPARE(refused.error.kind, WorkspaceError::NotAllowed);
        QVERIFY2(refused.error.message.contains(QStringLiteral("错误")), qPrintable(refused.error.message));
        QCOMPARE(ws.load(created.id).stored->summary.status, ReportStatus::Draft);
        // Corrected, it goes through.
        const SaveResult fixed = ws.save(created.id, created.revision, StoreTestEnvironment::sampleReport());
        QVERIFY(ws.setStatus(created.id, fixed.revision, ReportStatus::Submitted).ok());
    }

    void commentsOnSectionsAndFields()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const SaveResult created = ws.create(StoreTestEnvironment::sampleReport());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        qint64 onField = 0, onSection = 0;
        QCOMPARE(ws.addComment(created.id, QStringLiteral("budget.adjustments[2].reason"), QStringLiteral("原因太简略"), &onField).text(),
                 QString());
        QCOMPARE(ws.addComment(created.id, QStringLiteral("budget"), QStringLiteral("预算部分请复核"), &onSection).text(), QString());
        QVERIFY(!ws.setCommentResolved(onField, true).isError());
        QList<ReportComment> comments;
        QVERIFY(!ws.comments(created.id, &comments).isError());
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments.at(0).fieldPath, QStringLiteral("budget.adjustments[2].reason"));
        QCOMPARE(comments.at(0).author, QStringLiteral("甲"));
        QVERIFY(comments.at(0).createdAt >= before && comments.at(0).createdAt <= QDateTime::currentDateTimeUtc());
        QVERIFY(comments.at(0).resolved);
        QCOMPARE(comments.at(0).resolvedBy, QStringLiteral("甲"));
        QVERIFY(comments.at(0).resolvedAt.isValid());
        QCOMPARE(comments.at(1).fieldPath, QStringLiteral("budget"));
        QVERIFY(!comments.at(1).resolved && !comments.at(1).resolvedAt.isValid());
        QVERIFY(!ws.setCommentResolved(onField, false).isError());
        QVERIFY(!ws.comments(created.id, &comments).isError());
        QVERIFY(!comments.at(0).resolved && comments.at(0).resolvedBy.isEmpty());
    }

    void manualScoresAreKeptWithTheReport()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        const Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        const ReportEvaluation plain = ReportEvaluation::of(report);
        QVERIFY(plain.score.pending > 0); // the built-in scheme has items scored by a person
        QString item;
        for (const ScoreItem &i : plain.score.items) {
            if (i.manual && !i.scoreCenti) {
                item = i.id;
                break;
            }
        }
        ManualScores scores{{item, ManualScore{150, QStringLiteral("资料齐全")}}};
        const SaveResult saved = ws.saveManualScores(created.id, created.revision, scores);
        QVERIFY2(saved.ok(), qPrintable(saved.error.text()));
        QCOMPARE(saved.revision, created.revision + 1);
        const LoadResult loaded = ws.load(created.id);
        QCOMPARE(loaded.stored->manualScores, scores);
        ManualScores read;
        QVERIFY(!ws.manualScores(created.id, &read).isError());
        QCOMPARE(read, scores);
        // Like an edit: a stale revision conflicts; the same scores again change nothing.
        QVERIFY(ws.saveManualScores(created.id, created.revision, {}).isConflict());
        QCOMPARE(ws.saveManualScores(created.id, saved.revision, scores).revision, saved.revision);
        // With the report in one save.
        Report edited = report;
        edited.preamble = QStringLiteral("同时修改");
        scores[item].reason = QStringLiteral("资料齐全，程序规范");
        const SaveResult both = ws.save(created.id, saved.revision, edited, scores);
        QVERIFY2(both.ok(), qPrintable(both.error.text()));
        QCOMPARE(both.revision, saved.revision + 1);
        QCOMPARE(ws.load(created.id).stored->manualScores, scores);
        QCOMPARE(ws.load(created.id).stored->report.preamble, QStringLiteral("同时修改"));
        // The overview's score counts it.
        QList<OverviewRecord> overview;
        QVERIFY(!ws.overview(2023, &overview).isError());
        ReportEvaluation::Inputs inputs;
        inputs.manualScores = scores;
        const ReportEvaluation scored = ReportEvaluation::of(edited, inputs);
        QCOMPARE(overview.first().pending, plain.score.pending - 1);
        QCOMPARE(overview.first().scoreCenti, scored.score.totalCenti);
        // Removing a score.
        QVERIFY(ws.saveManualScores(created.id, both.revision, {}).ok());
        QVERIFY(ws.load(created.id).stored->manualScores.isEmpty());
    }

    void auditTrailRecordsEveryChange()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        Report report = StoreTestEnvironment::sampleReport();
        const SaveResult created = ws.create(report);
        report.budget.initial.basic = Money::fromWan(600);
        report.execution.spent.basic = Money::fromWan(619, 53); // still balances: it can be submitted
        report.preamble = QStringLiteral("新的开头");
        int rev = ws.save(created.id, created.revision, report).revision;
        rev = ws.saveManualScores(created.id, rev, {{QStringLiteral("item"), ManualScore{200, QStringLiteral("好")}}}).revision;
        rev = ws.setStatus(created.id, rev, ReportStatus::Submitted).revision;
        rev = ws.setStatus(created.id, rev, ReportStatus::Returned, QStringLiteral("请核对年初预算")).revision;
        const SaveResult removed = ws.remove(created.id, rev);
        QVERIFY2(removed.ok(), qPrintable(removed.error.text()));

        QList<AuditEntry> trail;
        QVERIFY(!ws.auditTrail(created.id, &trail).isError());
        QList<AuditEntry::Action> actions;
        for (const AuditEntry &a : trail)
            actions.append(a.action);
        using A = AuditEntry::Action;
        QCOMPARE(actions, (QList<A>{A::Create, A::Edit, A::ManualScore, A::Status, A::Status, A::Delete}));
        const QString who = m_engine == QLatin1String("sqlite") ? QStringLiteral("甲") : PostgresTestServer::userName();
        for (const AuditEntry &a : trail) {
            QCOMPARE(a.actor, who); // PostgreSQL: the login, as the database knows it
            QCOMPARE(a.department, report.department);
            QVERIFY(a.at.isValid() && qAbs(a.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        }
        const AuditEntry &edit = trail.at(1);
        QCOMPARE(edit.revision, 2);
        QCOMPARE(edit.changes.size(), 3);
        QCOMPARE(edit.changes.at(0).path, QStringLiteral("budget.initial.basic"));
        QCOMPARE(edit.changes.at(0).before.toString(), QStringLiteral("603.56"));
        QCOMPARE(edit.changes.at(0).after.toString(), QStringLiteral("600"));
        QCOMPARE(edit.changes.at(1).path, QStringLiteral("execution.spent.basic"));
        QCOMPARE(edit.changes.at(1).after.toString(), QStringLiteral("619.53"));
        QCOMPARE(edit.changes.at(2).path, QStringLiteral("preamble"));
        QCOMPARE(edit.changes.at(2).after.toString(), QStringLiteral("新的开头"));
        const AuditEntry &score = trail.at(2);
        QCOMPARE(score.changes.size(), 1);
        QCOMPARE(score.changes.first().path, QStringLiteral("manual_scores.item"));
        QVERIFY(score.changes.first().before.isNull());
        QCOMPARE(score.changes.first().after.toObject().value(QStringLiteral("score_centi")).toInt(), 200);
        QCOMPARE(score.changes.first().after.toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("好"));
        QCOMPARE(trail.at(3).fromStatus, ReportStatus::Draft);
        QCOMPARE(trail.at(3).toStatus, ReportStatus::Submitted);
        QCOMPARE(trail.at(4).toStatus, ReportStatus::Returned);
        QCOMPARE(trail.at(4).note, QStringLiteral("请核对年初预算"));
        QCOMPARE(trail.at(5).fromStatus, ReportStatus::Returned);

        // Nobody rewrites it, not even with SQL on the owner's connection.
        QSqlQuery q(ws.connection().database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE jixiao_audit SET actor = 'someone else'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM jixiao_audit")));
        QVERIFY(!ws.auditTrail(created.id, &trail).isError());
        QCOMPARE(trail.size(), 6);
        QCOMPARE(trail.first().actor, who);
    }

    void overviewOfAYear()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_location, options()).text(), QString());
        QVERIFY(ws.create(previousYear()).ok());
        const Report sample = StoreTestEnvironment::sampleReport();
        const SaveResult a = ws.create(sample);
        Report other = sample;
        other.department = QStringLiteral("湘潭市财政局");
        other.budget.initial.basic = Money::fromWan(500);
        other.execution.spent.basic = Money::fromWan(500);
        const SaveResult b = ws.create(other);
        Report broken = withError();
        broken.department = QStringLiteral("湘潭市审计局");
        const SaveResult c = ws.create(broken);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(ws.setStatus(a.id, a.revision, ReportStatus::Submitted).ok());

        QList<OverviewRecord> overview;
        QVERIFY(!ws.overview(2023, &overview).isError());
        QCOMPARE(overview.size(), 3);
        QList<int> years;
        QVERIFY(!ws.overviewYears(&years).isError());
        QCOMPARE(years, (QList<int>{2023, 2022}));
        const auto find = [&overview](const QString &department) {
            for (const OverviewRecord &r : overview) {
                if (r.department == department)
                    return r;
            }
            return OverviewRecord();
        };
        const OverviewRecord x = find(sample.department);
        QCOMPARE(x.id, a.id);
        QCOMPARE(x.status, ReportStatus::Submitted);
        QVERIFY(x.evaluated);
        // The example's published rates (domain.md), and the year-on-year two from 2022.
        QCOMPARE(x.rate(QStringLiteral("budget_adjustment_rate")), std::optional<qint64>(0));
        QCOMPARE(x.rate(QStringLiteral("basic_control_rate")), std::optional<qint64>(10000));
        QCOMPARE(x.rate(QStringLiteral("project_control_rate")), std::optional<qint64>(9910));
        QCOMPARE(x.rate(QStringLiteral("three_public_control_rate")), std::optional<qint64>(9877));
        QCOMPARE(x.rate(QStringLiteral("execution_rate")), std::optional<qint64>(9940));
        QCOMPARE(x.rate(QStringLiteral("carryover_rate")), std::optional<qint64>(60));
        QCOMPARE(x.rate(QStringLiteral("procurement_execution_rate")), std::nullopt); // 不适用
        QCOMPARE(x.rate(QStringLiteral("staff_control_rate")), std::nullopt);
        QCOMPARE(x.rate(QStringLiteral("three_public_change_rate")), std::optional<qint64>(800)); // 9.72 vs 9.00
        QCOMPARE(x.rate(QStringLiteral("carryover_change_rate")), std::optional<qint64>(-6324)); // 11.23 vs 30.55
        QCOMPARE(x.budget, Money::fromWan(1843, 29));
        QCOMPARE(x.spent, Money::fromWan(1862, 61));
        QCOMPARE(x.carryoverOut, Money::fromWan(11, 23));
        const Report prior = previousYear();
        ReportEvaluation::Inputs inputs;
        inputs.previousYear = &prior;
        const ReportEvaluation e = ReportEvaluation::of(sample, inputs);
        QCOMPARE(x.scoreCenti, e.score.totalCenti);
        QCOMPARE(x.grade, e.score.grade);
        QCOMPARE(x.pending, e.score.pending);
        QCOMPARE(x.errors, 0);
        QCOMPARE(x.warnings, e.warningCount());

        const OverviewRecord y = find(QStringLiteral("湘潭市财政局"));
        QCOMPARE(y.rate(QStringLiteral("three_public_change_rate")), std::nullopt); // no 2022 report
        QVERIFY(y.errors > 0); // 500 + 1006.91 … no longer balances
        QVERIFY(find(QStringLiteral("湘潭市审计局")).errors > 0);

        // Saving last year's report changes this year's year-on-year figures at once.
        Report changed = previousYear();
        changed.budget.threePublicBudget.reception = Money::fromWan(6, 72); // total 9.72: no change
        const LoadResult stored2022 = ws.load(sample.department, 2022);
        QVERIFY(ws.save(stored2022.stored->summary.id, stored2022.stored->summary.revision, changed).ok());
        QVERIFY(!ws.overview(2023, &overview).isError());
        QCOMPARE(find(sample.department).rate(QStringLiteral("three_public_change_rate")), std::optional<qint64>(0));

        // A line missing (written by an older program) is evaluated when read.
        QSqlQuery q(ws.connection().database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM jixiao_evaluation")));
        QList<OverviewRecord> again;
        QVERIFY(!ws.overview(2023, &again).isError());
        QCOMPARE(again, overview);
    }
};

QTEST_GUILESS_MAIN(WorkspaceReviewTest)
#include "tst_workspacereview.moc"
