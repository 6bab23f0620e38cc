#include "ReportWriter.h"

#include "CopyName.h"
#include "EvaluationTable.h"
#include "ManualScoreTable.h"
#include "ReportChangeEffects.h"
#include "ReportChangeSummary.h"
#include "ReportJsonReader.h"

#include <QUuid>

ReportWriter::ReportWriter(WorkspaceConnection &connection, const WorkspaceUser &user, const QString &userName,
                           int historyMergeSeconds)
    : m_c(connection), m_person(user), m_user(userName), m_mergeSeconds(historyMergeSeconds)
{
}

QString ReportWriter::newSaveId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SaveResult ReportWriter::run(const std::function<WorkspaceError(SaveResult &)> &work)
{
    SaveResult result;
    const WorkspaceError e = m_c.write([&]() {
        result = SaveResult(); // the work may run twice (a dropped connection is retried once)
        return work(result);
    });
    if (e.isError()) {
        const std::optional<ReportSummary> current = result.current;
        result = SaveResult();
        result.error = e;
        result.current = current;
    }
    return result;
}

SaveResult ReportWriter::create(const Report &report, HistoryEntry::Action action, const QString &summary)
{
    return run([&](SaveResult &r) -> WorkspaceError {
        if (WorkspaceError e = mayEdit(report.department); e.isError())
            return e;
        std::optional<Row> existing;
        if (WorkspaceError e = ReportTable::findByKey(m_c, report.department, report.year, false, &existing); e.isError())
            return e;
        if (existing) {
            r.current = existing->summary;
            return duplicate(report.department, report.year);
        }
        return insert(ReportTable::rowFor(report), action, summary, r);
    });
}

SaveResult ReportWriter::save(qint64 id, int baseRevision, const Report *report, const ManualScores *scores,
                              const QString &saveId)
{
    std::optional<Row> given;
    if (report)
        given = ReportTable::rowFor(*report);
    const QString chain = saveId.isEmpty() ? newSaveId() : saveId;
    return run([&](SaveResult &r) -> WorkspaceError {
        std::optional<Row> stored;
        if (WorkspaceError e = ReportTable::find(m_c, id, true, &stored); e.isError())
            return e;
        if (!stored)
            return notFound();
        // The stored revision was written by this same chain of unconfirmed edits (an earlier
        // try whose answer was lost): it is ours, not someone else's, so go on from it.
        const bool ours = stored->lastSaveId == chain;
        if (stored->summary.revision != baseRevision && !ours)
            return conflict(*stored, baseRevision, r);
        if (WorkspaceError e = mayEdit(stored->summary.department); e.isError())
            return e;
        Row row = given ? *given : *stored;
        if (given) {
            if (WorkspaceError e = mayEdit(row.summary.department); e.isError())
                return e;
        }
        bool scoresChange = false;
        if (scores) {
            ManualScores current;
            if (WorkspaceError e = ManualScoreTable::load(m_c, id, &current); e.isError())
                return e;
            scoresChange = current != *scores;
        }
        if (stored->content == row.content && !scoresChange) {
            done(r, SaveResult::Outcome::Saved, stored->summary);
            return {};
        }
        if (WorkspaceError e = notLocked(*stored, stored->content != row.content ? Change::Content : Change::ManualScores);
            e.isError())
            return e;
        row.lastSaveId = chain;
        return replace(*stored, row, HistoryEntry::Action::Save, QString(), r, scoresChange ? scores : nullptr);
    });
}

SaveResult ReportWriter::saveAsCopy(const Report &report, const QString &summary)
{
    return run([&](SaveResult &r) -> WorkspaceError {
        Report copy = report;
        if (WorkspaceError e = copyName(report.department, report.year, &copy.department); e.isError())
            return e;
        if (WorkspaceError e = mayEdit(copy.department); e.isError())
            return e;
        return insert(ReportTable::rowFor(copy), HistoryEntry::Action::Copy, summary, r);
    });
}

SaveResult ReportWriter::importReport(const Report &report)
{
    const Row row = ReportTable::rowFor(report);
    return run([&](SaveResult &r) -> WorkspaceError {
        if (WorkspaceError e = mayEdit(report.department); e.isError())
            return e;
        std::optional<Row> stored;
        if (WorkspaceError e = ReportTable::findByKey(m_c, report.department, report.year, true, &stored); e.isError())
            return e;
        if (!stored)
            return insert(row, HistoryEntry::Action::Import, tr("导入"), r);
        if (stored->content == row.content) {
            done(r, SaveResult::Outcome::Unchanged, stored->summary);
            return {};
        }
        if (WorkspaceError e = notLocked(*stored, Change::Content); e.isError())
            return e;
        const QString summary = tr("导入并替换：%1").arg(ReportChangeSummary::describe(stored->content, row.content));
        if (WorkspaceError e = replace(*stored, row, HistoryEntry::Action::Import, summary, r); e.isError())
            return e;
        r.outcome = SaveResult::Outcome::Replaced;
        return {};
    });
}

SaveResult ReportWriter::remove(qint64 id, int expectedRevision)
{
    return run([&](SaveResult &r) -> WorkspaceError {
        std::optional<Row> stored;
        if (WorkspaceError e = ReportTable::find(m_c, id, true, &stored); e.isError())
            return e;
        if (!stored)
            return notFound();
        if (stored->summary.revision != expectedRevision)
            return conflict(*stored, expectedRevision, r);
        if (WorkspaceError e = mayEdit(stored->summary.department); e.isError())
            return e;
        if (WorkspaceError e = notLocked(*stored, Change::Deletion); e.isError())
            return e;
        Row row = *stored;
        row.summary.revision += 1;
        stamp(row);
        if (WorkspaceError e = record(HistoryEntry::Action::Delete, row, stored->content, tr("删除报告")); e.isError())
            return e;
        if (WorkspaceError e = ReportTable::remove(m_c, id); e.isError())
            return e;
        if (WorkspaceError e = ReportChangeEffects(m_c, m_user).removed(*stored); e.isError())
            return e;
        done(r, SaveResult::Outcome::Removed, row.summary);
        return {};
    });
}

SaveResult ReportWriter::restore(qint64 historyId, int expectedRevision)
{
    return run([&](SaveResult &r) -> WorkspaceError {
        HistoryEntry h;
        Report report;
        if (WorkspaceError e = readHistory(historyId, &h, &report); e.isError())
            return e;
        const QString summary = tr("恢复为 %1 %2 保存的版本")
                                    .arg(h.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), h.savedBy);
        Row row = ReportTable::rowFor(report);
        if (WorkspaceError e = mayEdit(report.department); e.isError())
            return e;
        std::optional<Row> stored;
        if (WorkspaceError e = ReportTable::find(m_c, h.reportId, true, &stored); e.isError())
            return e;
        if (stored) {
            if (stored->summary.revision != expectedRevision)
                return conflict(*stored, expectedRevision, r);
            if (WorkspaceError e = mayEdit(stored->summary.department); e.isError())
                return e;
            if (stored->content == row.content) {
                done(r, SaveResult::Outcome::Unchanged, stored->summary);
                return {};
            }
            if (WorkspaceError e = notLocked(*stored, Change::Content); e.isError())
                return e;
            return replace(*stored, row, HistoryEntry::Action::Restore,
                           summary + tr("：") + ReportChangeSummary::describe(stored->content, row.content), r);
        }
        // Deleted: back under its old id, with the next revision of its history.
        int revision = 0;
        if (WorkspaceError e = HistoryTable::maxRevision(m_c, h.reportId, &revision); e.isError())
            return e;
        std::optional<Row> other;
        if (WorkspaceError e = ReportTable::findByKey(m_c, report.department, report.year, false, &other); e.isError())
            return e;
        if (other)
            return WorkspaceError(WorkspaceError::Duplicate,
                                  tr("工作区中已有“%1”%2年度的报告，不能把删除的报告恢复到原处；可以把它恢复为副本。")
                                      .arg(report.department)
                                      .arg(report.year));
        row.summary.id = h.reportId;
        row.summary.revision = revision + 1;
        // A deleted report comes back as a draft, whatever it was: its clerk submits it again
        // (PostgreSQL lets a clerk add a report only as a draft without a reviewer's note).
        row.summary.status = ReportStatus::Draft;
        row.summary.statusNote.clear();
        return insert(row, HistoryEntry::Action::Restore, summary, r);
    });
}

SaveResult ReportWriter::restoreAsCopy(qint64 historyId)
{
    return run([&](SaveResult &r) -> WorkspaceError {
        HistoryEntry h;
        Report report;
        if (WorkspaceError e = readHistory(historyId, &h, &report); e.isError())
            return e;
        const QString original = report.department;
        if (WorkspaceError e = copyName(original, report.year, &report.department); e.isError())
            return e;
        if (WorkspaceError e = mayEdit(report.department); e.isError())
            return e;
        return insert(ReportTable::rowFor(report), HistoryEntry::Action::Copy,
                      tr("由“%1”%2 保存的版本恢复为副本")
                          .arg(original, h.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                      r);
    });
}

SaveResult ReportWriter::setStatus(qint64 id, int expectedRevision, ReportStatus status, const QString &comment)
{
    return run([&](SaveResult &r) -> WorkspaceError {
        std::optional<Row> stored;
        if (WorkspaceError e = ReportTable::find(m_c, id, true, &stored); e.isError())
            return e;
        if (!stored)
            return notFound();
        if (stored->summary.revision != expectedRevision)
            return conflict(*stored, expectedRevision, r);
        const ReportStatus from = stored->summary.status;
        if (from == status) {
            done(r, SaveResult::Outcome::Unchanged, stored->summary);
            return {};
        }
        // Submitting and approving need a report without errors: its content is evaluated
        // now, never taken from a stored line (which a clerk could have written by hand).
        const bool needsEvaluation = status == ReportStatus::Submitted || status == ReportStatus::Approved;
        int errors = 0;
        if (needsEvaluation) {
            if (WorkspaceError e = ReportChangeEffects::errorsOf(m_c, *stored, &errors); e.isError())
                return e.kind == WorkspaceError::InvalidReport
                    ? WorkspaceError(e.kind, tr("这份报告无法读出，不能提交或审核。"), e.message)
                    : e;
        }
        const ReportWorkflow::Verdict verdict =
            ReportWorkflow::check(from, status, m_person.rolesFor(stored->summary.department), errors, comment);
        if (!verdict.allowed())
            return WorkspaceError(verdict.problem == ReportWorkflow::Problem::NotYourRole ? WorkspaceError::PermissionDenied
                                                                                           : WorkspaceError::NotAllowed,
                                  verdict.message);
        Row row = *stored;
        row.summary.status = status;
        row.summary.statusNote = comment.trimmed();
        row.summary.revision = stored->summary.revision + 1;
        row.lastSaveId = newSaveId();
        stamp(row);
        int base = expectedRevision;
        bool updated = false;
        if (needsEvaluation) {
            // The database checks the evaluation line of the content as it is (PostgreSQL):
            // written here, in this transaction. A clerk writes a line only with a write of
            // the report, so the row is stamped with the new revision first.
            if (m_person.mayEdit(stored->summary.department)) {
                if (WorkspaceError e = ReportTable::touch(m_c, row, expectedRevision, &updated); e.isError())
                    return e;
                if (!updated)
                    return conflict(*stored, expectedRevision, r);
                base = row.summary.revision;
            }
            if (WorkspaceError e = EvaluationTable::refresh(m_c, id); e.isError())
                return e;
        }
        if (WorkspaceError e = ReportTable::updateStatus(m_c, row, base, &updated); e.isError())
            return e;
        if (!updated)
            return conflict(*stored, expectedRevision, r);
        QString summary = tr("状态由“%1”改为“%2”").arg(reportStatusText(from), reportStatusText(status));
        if (!row.summary.statusNote.isEmpty())
            summary += tr("：%1").arg(row.summary.statusNote);
        if (WorkspaceError e = record(HistoryEntry::Action::Status, row, stored->content, summary); e.isError())
            return e;
        if (WorkspaceError e = ReportChangeEffects(m_c, m_user).statusChanged(row, from); e.isError())
            return e;
        done(r, SaveResult::Outcome::Saved, row.summary);
        return {};
    });
}

WorkspaceError ReportWriter::insert(Row row, HistoryEntry::Action action, const QString &summary, SaveResult &r)
{
    if (row.summary.revision <= 0)
        row.summary.revision = 1;
    if (row.lastSaveId.isEmpty())
        row.lastSaveId = newSaveId();
    stamp(row);
    qint64 id = 0;
    if (WorkspaceError e = ReportTable::insert(m_c, row, &id); e.isError())
        return e.kind == WorkspaceError::Duplicate ? duplicate(row.summary.department, row.summary.year) : e;
    row.summary.id = id;
    if (WorkspaceError e = record(action, row, QByteArray(), summary); e.isError())
        return e;
    if (WorkspaceError e = ReportChangeEffects(m_c, m_user).created(row); e.isError())
        return e;
    done(r, SaveResult::Outcome::Added, row.summary);
    return {};
}

WorkspaceError ReportWriter::replace(const Row &stored, Row row, HistoryEntry::Action action, const QString &summary,
                                     SaveResult &r, const ManualScores *scores)
{
    row.summary.id = stored.summary.id;
    row.summary.revision = stored.summary.revision + 1;
    const bool moved = row.summary.department != stored.summary.department || row.summary.year != stored.summary.year;
    if (moved) {
        // Look first: a failed statement would spoil the transaction on PostgreSQL.
        std::optional<Row> other;
        if (WorkspaceError e = ReportTable::findByKey(m_c, row.summary.department, row.summary.year, false, &other); e.isError())
            return e;
        if (other)
            return duplicate(row.summary.department, row.summary.year);
    }
    row.summary.status = stored.summary.status; // only setStatus changes it
    row.summary.statusNote = stored.summary.statusNote;
    if (action != HistoryEntry::Action::Save || row.lastSaveId.isEmpty())
        row.lastSaveId = newSaveId(); // only a save continues a chain of edits
    stamp(row);
    const bool contentChanges = row.content != stored.content;
    bool updated = false;
    const WorkspaceError written = contentChanges ? ReportTable::update(m_c, row, stored.summary.revision, &updated)
                                                  : ReportTable::touch(m_c, row, stored.summary.revision, &updated);
    if (written.isError())
        return written.kind == WorkspaceError::Duplicate ? duplicate(row.summary.department, row.summary.year) : written;
    if (!updated) // cannot happen while the row is locked, but never write history for nothing
        return conflict(stored, stored.summary.revision, r);
    if (contentChanges) {
        if (WorkspaceError e = record(action, row, stored.content, summary); e.isError())
            return e;
    }
    QList<AuditEntry::Change> scoreChanges;
    if (scores) {
        if (WorkspaceError e = ManualScoreTable::save(m_c, row.summary.id, *scores, m_user, &scoreChanges); e.isError())
            return e;
    }
    if (WorkspaceError e = ReportChangeEffects(m_c, m_user).edited(stored, row, scoreChanges); e.isError())
        return e;
    done(r, SaveResult::Outcome::Saved, row.summary);
    return {};
}

WorkspaceError ReportWriter::mayEdit(const QString &department) const
{
    if (m_person.mayEdit(department))
        return {};
    if (m_person.roles.testFlag(WorkspaceRole::Clerk))
        return WorkspaceError(WorkspaceError::PermissionDenied,
                              tr("您没有修改这份报告的权限：它属于“%1”，您是“%2”的填报人员。").arg(department, m_person.department));
    return WorkspaceError(WorkspaceError::PermissionDenied,
                          tr("您没有修改报告的权限：只有本部门的填报人员可以修改报告。"));
}

WorkspaceError ReportWriter::notLocked(const Row &stored, Change change) const
{
    // Submitted: what the reviewer reads is what was submitted, its manual scores included,
    // and it stays there to be read (the database refuses the same, JXSUB).
    if (ReportWorkflow::isUnderReview(stored.summary.status)) {
        QString message;
        switch (change) {
        case Change::Content:
            message = tr("“%1”%2年度的报告已提交，正在等待审核，内容不能修改。如需修改，请审核人员先将它“退回”。");
            break;
        case Change::ManualScores:
            message = tr("“%1”%2年度的报告已提交，正在等待审核，人工评分不能修改。如需修改，请审核人员先将它“退回”。");
            break;
        case Change::Deletion:
            message = tr("“%1”%2年度的报告已提交，正在等待审核，不能删除。如需删除，请审核人员先将它“退回”。");
            break;
        }
        return WorkspaceError(WorkspaceError::ReportUnderReview, message.arg(stored.summary.department).arg(stored.summary.year));
    }
    if (!ReportWorkflow::isReadOnly(stored.summary.status))
        return {};
    return WorkspaceError(WorkspaceError::ReportLocked,
                          tr("“%1”%2年度的报告已审核，不能再修改。如需修改，请审核人员先“重新打开”它。")
                              .arg(stored.summary.department)
                              .arg(stored.summary.year));
}

WorkspaceError ReportWriter::record(HistoryEntry::Action action, const Row &row, const QByteArray &before,
                                    const QString &summary)
{
    HistoryEntry h;
    h.reportId = row.summary.id;
    h.department = row.summary.department;
    h.year = row.summary.year;
    h.revision = row.summary.revision;
    h.action = action;
    h.status = row.summary.status;
    h.startedAt = h.savedAt = row.summary.updatedAt;
    h.savedBy = m_user;
    h.summary = summary.isEmpty() ? ReportChangeSummary::describe(before, row.content) : summary;
    if (action == HistoryEntry::Action::Save && m_mergeSeconds > 0) {
        std::optional<HistoryEntry> last;
        if (WorkspaceError e = HistoryTable::latest(m_c, h.reportId, &last); e.isError())
            return e;
        if (last && last->action == HistoryEntry::Action::Save && last->savedBy == m_user
            && last->revision == h.revision - 1 && last->startedAt.secsTo(h.savedAt) < m_mergeSeconds) {
            std::optional<QByteArray> prior;
            if (WorkspaceError e = HistoryTable::contentBefore(m_c, h.reportId, last->id, &prior); e.isError())
                return e;
            h.id = last->id;
            h.startedAt = last->startedAt;
            h.summary = ReportChangeSummary::describe(prior.value_or(before), row.content);
            return HistoryTable::merge(m_c, h, row.content);
        }
    }
    return HistoryTable::append(m_c, h, row.content);
}

WorkspaceError ReportWriter::copyName(const QString &department, int year, QString *name)
{
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = CopyName::of(department, n); // data, the same in every language
        std::optional<Row> existing;
        if (WorkspaceError e = ReportTable::findByKey(m_c, candidate, year, false, &existing); e.isError())
            return e;
        if (!existing) {
            *name = candidate;
            return {};
        }
    }
    return duplicate(department, year);
}

WorkspaceError ReportWriter::readHistory(qint64 historyId, HistoryEntry *entry, Report *report)
{
    std::optional<HistoryEntry> h;
    QByteArray content;
    if (WorkspaceError e = HistoryTable::entry(m_c, historyId, &h, &content); e.isError())
        return e;
    if (!h)
        return WorkspaceError(WorkspaceError::NotFound, tr("历史记录中没有这个版本。"));
    const ReportJsonReader::Result read = ReportJsonReader::read(content);
    if (!read.ok())
        return WorkspaceError(WorkspaceError::InvalidReport, tr("历史记录中的这个版本无法读出。"), read.message());
    *entry = *h;
    *report = *read.report;
    return {};
}

WorkspaceError ReportWriter::conflict(const Row &stored, int baseRevision, SaveResult &r) const
{
    r.current = stored.summary;
    const ReportSummary &s = stored.summary;
    return WorkspaceError(
        WorkspaceError::Conflict,
        tr("“%1”%2年度的报告已被 %3 于 %4 修改并保存（现在是第 %5 版，您的修改是在第 %6 版上做的）。"
           "您的修改没有保存，也没有覆盖对方的内容。\n"
           "您可以重新载入对方保存的版本，或者把您的版本另存为副本（部门名称后加“（副本）”），以后再对照合并。")
            .arg(s.department)
            .arg(s.year)
            .arg(s.updatedBy, s.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            .arg(s.revision)
            .arg(baseRevision));
}

WorkspaceError ReportWriter::duplicate(const QString &department, int year) const
{
    return WorkspaceError(WorkspaceError::Duplicate,
                          tr("工作区中已有“%1”%2年度的报告，一个部门每年只能有一份报告。").arg(department).arg(year));
}

WorkspaceError ReportWriter::notFound() const
{
    return WorkspaceError(WorkspaceError::NotFound,
                          tr("工作区中已没有这份报告（可能刚被别人删除，可从“已删除的报告”中恢复）。"
                             "如需保留您的修改，请把它另存为副本。"));
}

void ReportWriter::stamp(Row &row) const
{
    row.summary.updatedAt = QDateTime::currentDateTimeUtc();
    row.summary.updatedBy = m_user;
}

void ReportWriter::done(SaveResult &r, SaveResult::Outcome outcome, const ReportSummary &summary)
{
    r.outcome = outcome;
    r.id = summary.id;
    r.revision = summary.revision;
    r.department = summary.department;
}
