#include "EvaluationTable.h"

#include "IndicatorCatalog.h"
#include "ManualScoreTable.h"
#include "ReportJsonReader.h"
#include "ReportTable.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<Report> readReport(const QByteArray &content)
{
    ReportJsonReader::Result r = ReportJsonReader::read(content);
    return r.ok() ? std::optional<Report>(*r.report) : std::nullopt;
}

// The stored report of (department, year), if there is one and it can be read.
WorkspaceError findReport(WorkspaceConnection &c, const QString &department, int year, std::optional<Report> *out)
{
    std::optional<ReportTable::Row> row;
    if (WorkspaceError e = ReportTable::findByKey(c, department, year, false, &row); e.isError())
        return e;
    *out = row ? readReport(row->content) : std::nullopt;
    return {};
}

} // namespace

QStringList EvaluationTable::rateColumns()
{
    return IndicatorCatalog::ids();
}

ReportEvaluation EvaluationTable::evaluate(const Report &report, const Report *previousYear, const ManualScores &scores)
{
    ReportEvaluation::Inputs inputs;
    inputs.previousYear = previousYear;
    inputs.manualScores = scores;
    return ReportEvaluation::of(report, inputs);
}

WorkspaceError EvaluationTable::store(WorkspaceConnection &c, qint64 reportId, const OverviewRecord &r)
{
    const QStringList rates = rateColumns();
    QString columns = QStringLiteral("report_id, version, score_centi, grade, pending, error_count, warning_count");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?");
    QString updates = QStringLiteral("version = excluded.version, score_centi = excluded.score_centi, "
                                     "grade = excluded.grade, pending = excluded.pending, "
                                     "error_count = excluded.error_count, warning_count = excluded.warning_count");
    QVariantList values{reportId, OverviewRecord::EvaluationVersion, r.scoreCenti, r.grade, r.pending, r.errors, r.warnings};
    for (int i = 0; i < rates.size(); ++i) {
        columns += QStringLiteral(", ") + rates.at(i);
        marks += QStringLiteral(", ?");
        updates += QStringLiteral(", %1 = excluded.%1").arg(rates.at(i));
        values.append(nullable(r.rates.value(i)));
    }
    QSqlQuery q;
    return c.run(q,
                 QStringLiteral("INSERT INTO jixiao_evaluation (%1) VALUES (%2) ON CONFLICT (report_id) DO UPDATE SET %3")
                     .arg(columns, marks, updates),
                 values);
}

WorkspaceError EvaluationTable::refresh(WorkspaceConnection &c, qint64 reportId)
{
    std::optional<ReportTable::Row> row;
    if (WorkspaceError e = ReportTable::find(c, reportId, false, &row); e.isError())
        return e;
    if (!row)
        return {};
    const std::optional<Report> report = readReport(row->content);
    if (!report)
        return remove(c, reportId); // read as "not evaluated"
    std::optional<Report> previous;
    if (WorkspaceError e = findReport(c, row->summary.department, row->summary.year - 1, &previous); e.isError())
        return e;
    ManualScores scores;
    if (WorkspaceError e = ManualScoreTable::load(c, reportId, &scores); e.isError())
        return e;
    OverviewRecord record;
    record.setEvaluation(evaluate(*report, previous ? &*previous : nullptr, scores));
    return store(c, reportId, record);
}

WorkspaceError EvaluationTable::refreshFollowing(WorkspaceConnection &c, const QString &department, int year)
{
    std::optional<ReportTable::Row> next;
    if (WorkspaceError e = ReportTable::findByKey(c, department, year + 1, false, &next); e.isError())
        return e;
    return next ? refresh(c, next->summary.id) : WorkspaceError();
}

WorkspaceError EvaluationTable::remove(WorkspaceConnection &c, qint64 reportId)
{
    QSqlQuery q;
    return c.run(q, QStringLiteral("DELETE FROM jixiao_evaluation WHERE report_id = ?"), {reportId});
}

WorkspaceError EvaluationTable::refreshAll(WorkspaceConnection &c)
{
    // Each report is read once; the previous years come from the same map.
    struct Stored { qint64 id; std::optional<Report> report; };
    QHash<QPair<QString, int>, Stored> reports;
    {
        QSqlQuery q;
        if (WorkspaceError e = c.run(q, QStringLiteral("SELECT id, department, year, content FROM jixiao_report")); e.isError())
            return e;
        while (q.next())
            reports.insert({q.value(1).toString(), q.value(2).toInt()},
                           Stored{q.value(0).toLongLong(), readReport(q.value(3).toString().toUtf8())});
    }
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
        if (!it->report)
            continue;
        const auto previous = reports.constFind({it.key().first, it.key().second - 1});
        const Report *prior = previous != reports.cend() && previous->report ? &*previous->report : nullptr;
        ManualScores scores;
        if (WorkspaceError e = ManualScoreTable::load(c, it->id, &scores); e.isError())
            return e;
        OverviewRecord record;
        record.setEvaluation(evaluate(*it->report, prior, scores));
        if (WorkspaceError e = store(c, it->id, record); e.isError())
            return e;
    }
    return {};
}

WorkspaceError EvaluationTable::evaluateStored(WorkspaceConnection &c, OverviewRecord *record)
{
    std::optional<ReportTable::Row> row;
    if (WorkspaceError e = ReportTable::find(c, record->id, false, &row); e.isError())
        return e;
    const std::optional<Report> report = row ? readReport(row->content) : std::nullopt;
    if (!report) {
        record->evaluated = false;
        return {};
    }
    std::optional<Report> previous;
    if (WorkspaceError e = findReport(c, record->department, record->year - 1, &previous); e.isError())
        return e;
    ManualScores scores;
    if (WorkspaceError e = ManualScoreTable::load(c, record->id, &scores); e.isError())
        return e;
    record->setEvaluation(evaluate(*report, previous ? &*previous : nullptr, scores));
    return {};
}

WorkspaceError EvaluationTable::overview(WorkspaceConnection &c, int year, QList<OverviewRecord> *out)
{
    const QStringList rates = rateColumns();
    QString rateList;
    for (const QString &r : rates)
        rateList += QStringLiteral(", e.") + r;
    QSqlQuery q;
    if (WorkspaceError e = c.run(
            q,
            QStringLiteral("SELECT r.id, r.department, r.year, r.revision, r.status, r.budget_fen, r.spent_fen, "
                           "r.carryover_out_fen, e.version, e.score_centi, e.grade, e.pending, e.error_count, "
                           "e.warning_count%1 FROM jixiao_report r LEFT JOIN jixiao_evaluation e ON e.report_id = r.id "
                           "WHERE r.year = ? ORDER BY r.department")
                .arg(rateList),
            {year});
        e.isError())
        return e;
    out->clear();
    QList<qsizetype> stale;
    auto money = [](const QVariant &v) { return v.isNull() ? OptionalMoney() : OptionalMoney(Money::fromFen(v.toLongLong())); };
    while (q.next()) {
        OverviewRecord r;
        r.id = q.value(0).toLongLong();
        r.department = q.value(1).toString();
        r.year = q.value(2).toInt();
        r.revision = q.value(3).toInt();
        r.status = reportStatusFromKey(q.value(4).toString());
        r.budget = money(q.value(5));
        r.spent = money(q.value(6));
        r.carryoverOut = money(q.value(7));
        if (q.value(8).isNull() || q.value(8).toInt() != OverviewRecord::EvaluationVersion) {
            stale.append(out->size());
        } else {
            r.scoreCenti = q.value(9).toLongLong();
            r.grade = q.value(10).toString();
            r.pending = q.value(11).toInt();
            r.errors = q.value(12).toInt();
            r.warnings = q.value(13).toInt();
            for (int i = 0; i < rates.size(); ++i) {
                const QVariant v = q.value(14 + i);
                r.rates.append(v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()));
            }
            r.evaluated = true;
        }
        out->append(r);
    }
    for (qsizetype i : stale) {
        if (WorkspaceError e = evaluateStored(c, &(*out)[i]); e.isError())
            return e;
    }
    return {};
}

WorkspaceError EvaluationTable::years(WorkspaceConnection &c, QList<int> *out)
{
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT DISTINCT year FROM jixiao_report ORDER BY year DESC")); e.isError())
        return e;
    out->clear();
    while (q.next())
        out->append(q.value(0).toInt());
    return {};
}
