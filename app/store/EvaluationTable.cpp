#include "EvaluationTable.h"

#include "IndicatorCatalog.h"
#include "ManualScoreTable.h"
#include "ReportJsonReader.h"
#include "ReportTable.h"

#include <QCryptographicHash>
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

// The report of a row, when its content can be read and names the row's department and
// year (one of another department's is not evaluated as this one).
std::optional<Report> readReportOf(const QByteArray &content, const QString &department, int year)
{
    std::optional<Report> r = readReport(content);
    return r && r->department == department && r->year == year ? r : std::nullopt;
}

// The overview's query: each report of a year with its stored line, the line's rates, and
// whether the line is of the content as it is now and trusted.
QString overviewSql(bool sqlite, const QStringList &rates)
{
    QString rateList;
    for (const QString &r : rates)
        rateList += QStringLiteral(", e.") + r;
    // On SQLite the one user's own lines are taken as they are; on PostgreSQL only the
    // owner's and the reviewers' lines of the content as it is now.
    const QString trust = sqlite
        ? QStringLiteral(", 1, 1")
        : QStringLiteral(", e.basis = b.basis, e.evaluated_by = ANY ((SELECT jixiao_trusted_evaluators())::text[])");
    const QString basis = sqlite ? QString() : QStringLiteral(" LEFT JOIN jixiao_report_basis b ON b.report_id = r.id");
    return QStringLiteral("SELECT r.id, r.department, r.year, r.revision, r.status, r.budget_fen, r.spent_fen, "
                          "r.carryover_out_fen, e.version, e.score_centi, e.grade, e.pending, e.error_count, "
                          "e.warning_count, e.table_total_centi, e.table_grade, e.table_provisional%1%2 FROM jixiao_report r LEFT JOIN jixiao_evaluation e ON e.report_id = r.id%3 "
                          "WHERE r.year = ? ORDER BY r.department")
        .arg(rateList, trust, basis);
}

constexpr int FirstRateColumn = 17; // of overviewSql: after the table's total, grade and provisional flag

// The report's side of an overview line (columns 0 to 7).
OverviewRecord reportOfLine(const QSqlQuery &q)
{
    auto money = [](const QVariant &v) { return v.isNull() ? OptionalMoney() : OptionalMoney(Money::fromFen(v.toLongLong())); };
    OverviewRecord r;
    r.id = q.value(0).toLongLong();
    r.department = q.value(1).toString();
    r.year = q.value(2).toInt();
    r.revision = q.value(3).toInt();
    r.status = reportStatusFromKey(q.value(4).toString());
    r.budget = money(q.value(5));
    r.spent = money(q.value(6));
    r.carryoverOut = money(q.value(7));
    return r;
}

// The stored evaluation of an overview line (columns 9 to 16, then the rates).
void readStoredEvaluation(const QSqlQuery &q, qsizetype rateCount, OverviewRecord &r)
{
    r.scoreCenti = q.value(9).toLongLong();
    r.grade = q.value(10).toString();
    r.pending = q.value(11).toInt();
    r.errors = q.value(12).toInt();
    r.warnings = q.value(13).toInt();
    r.tableTotalCenti = q.value(14).toLongLong();
    r.tableGrade = q.value(15).toString();
    r.tableProvisional = q.value(16).toInt() != 0;
    for (int i = 0; i < rateCount; ++i) {
        const QVariant v = q.value(FirstRateColumn + i);
        r.rates.append(v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()));
    }
    r.evaluated = true;
}

// Whether two evaluations of one report say the same.
bool sameEvaluation(const OverviewRecord &a, const OverviewRecord &b)
{
    return a.scoreCenti == b.scoreCenti && a.grade == b.grade && a.pending == b.pending && a.errors == b.errors
        && a.warnings == b.warnings && a.rates == b.rates && a.tableTotalCenti == b.tableTotalCenti
        && a.tableGrade == b.tableGrade && a.tableProvisional == b.tableProvisional;
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

QString EvaluationTable::basisOf(const QByteArray &content, const std::optional<QByteArray> &previousContent,
                                 const ManualScores &scores)
{
    const auto md5 = [](const QByteArray &bytes) {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    };
    QList<std::pair<QByteArray, QByteArray>> lines;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const QByteArray score = it->scoreCenti ? QByteArray::number(*it->scoreCenti) : QByteArray();
        lines.append({it.key().toUtf8(), it.key().toUtf8() + '\t' + score + '\t' + it->reason.toUtf8()});
    }
    std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray joined;
    for (const auto &line : lines)
        joined += (joined.isEmpty() ? QByteArray() : QByteArray("\n")) + line.second;
    return md5(content) + QLatin1Char(':') + (previousContent ? md5(*previousContent) : QString()) + QLatin1Char(':')
        + (lines.isEmpty() ? QString() : md5(joined));
}

WorkspaceError EvaluationTable::store(WorkspaceConnection &c, qint64 reportId, const OverviewRecord &r,
                                      const std::optional<QString> &basis)
{
    const QStringList rates = rateColumns();
    QString columns = QStringLiteral("report_id, version, score_centi, grade, pending, error_count, warning_count, "
                                     "table_total_centi, table_grade, table_provisional");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    QString updates = QStringLiteral("version = excluded.version, score_centi = excluded.score_centi, "
                                     "grade = excluded.grade, pending = excluded.pending, "
                                     "error_count = excluded.error_count, warning_count = excluded.warning_count, "
                                     "table_total_centi = excluded.table_total_centi, table_grade = excluded.table_grade, "
                                     "table_provisional = excluded.table_provisional");
    QVariantList values{reportId, OverviewRecord::EvaluationVersion, r.scoreCenti, r.grade, r.pending, r.errors, r.warnings,
                        r.tableTotalCenti, r.tableGrade, r.tableProvisional ? 1 : 0};
    for (int i = 0; i < rates.size(); ++i) {
        columns += QStringLiteral(", ") + rates.at(i);
        marks += QStringLiteral(", ?");
        updates += QStringLiteral(", %1 = excluded.%1").arg(rates.at(i));
        values.append(nullable(r.rates.value(i)));
    }
    if (basis) {
        columns += QStringLiteral(", basis");
        marks += QStringLiteral(", ?");
        updates += QStringLiteral(", basis = excluded.basis");
        values.append(*basis);
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
    const std::optional<Report> report = readReportOf(row->content, row->summary.department, row->summary.year);
    if (!report)
        return remove(c, reportId); // read as "not evaluated"
    std::optional<ReportTable::Row> previousRow;
    if (WorkspaceError e = ReportTable::findByKey(c, row->summary.department, row->summary.year - 1, false, &previousRow);
        e.isError())
        return e;
    const std::optional<Report> previous = previousRow ? readReport(previousRow->content) : std::nullopt;
    ManualScores scores;
    if (WorkspaceError e = ManualScoreTable::load(c, reportId, &scores); e.isError())
        return e;
    OverviewRecord record;
    record.setEvaluation(evaluate(*report, previous ? &*previous : nullptr, scores));
    return store(c, reportId, record,
                 basisOf(row->content, previousRow ? std::optional(previousRow->content) : std::nullopt, scores));
}

WorkspaceError EvaluationTable::refreshFollowing(WorkspaceConnection &c, const QString &department, int year)
{
    std::optional<ReportTable::Row> next;
    if (WorkspaceError e = ReportTable::findByKey(c, department, year + 1, false, &next); e.isError())
        return e;
    return next ? refresh(c, next->summary.id) : WorkspaceError();
}

WorkspaceError EvaluationTable::clearFollowing(WorkspaceConnection &c, const QString &department, int year)
{
    std::optional<ReportTable::Row> next;
    if (WorkspaceError e = ReportTable::findByKey(c, department, year + 1, false, &next); e.isError())
        return e;
    return next ? remove(c, next->summary.id) : WorkspaceError();
}

WorkspaceError EvaluationTable::remove(WorkspaceConnection &c, qint64 reportId)
{
    QSqlQuery q;
    return c.run(q, QStringLiteral("DELETE FROM jixiao_evaluation WHERE report_id = ?"), {reportId});
}

WorkspaceError EvaluationTable::evaluateAgain(WorkspaceConnection &c, QList<OverviewRecord> *records,
                                              const QList<qsizetype> &which, QList<QString> *bases)
{
    // One query for the contents (and their previous years), one for the manual scores.
    QStringList ids;
    for (qsizetype i : which)
        ids.append(QString::number(records->at(i).id));
    const QString idList = ids.join(QLatin1Char(','));
    struct Contents { QByteArray content; std::optional<QByteArray> previous; };
    QHash<qint64, Contents> contents;
    QHash<qint64, ManualScores> scores;
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT r.id, r.content, p.content FROM jixiao_report r "
                                                   "LEFT JOIN jixiao_report p ON p.department = r.department "
                                                   "AND p.year = r.year - 1 WHERE r.id IN (%1)").arg(idList));
        e.isError())
        return e;
    while (q.next())
        contents.insert(q.value(0).toLongLong(),
                        {q.value(1).toString().toUtf8(),
                         q.value(2).isNull() ? std::nullopt : std::optional(q.value(2).toString().toUtf8())});
    if (WorkspaceError e = c.run(q, QStringLiteral("SELECT report_id, item_id, score_centi, reason FROM jixiao_manual_score "
                                                   "WHERE report_id IN (%1)").arg(idList));
        e.isError())
        return e;
    while (q.next()) {
        ManualScore score;
        if (!q.value(2).isNull())
            score.scoreCenti = q.value(2).toLongLong();
        score.reason = q.value(3).toString();
        scores[q.value(0).toLongLong()].insert(q.value(1).toString(), score);
    }
    bases->clear();
    for (qsizetype i : which) {
        OverviewRecord &record = (*records)[i];
        const auto found = contents.constFind(record.id);
        const std::optional<Report> report =
            found != contents.cend() ? readReportOf(found->content, record.department, record.year) : std::nullopt;
        if (!report) {
            record.evaluated = false;
            bases->append(QString());
            continue;
        }
        const std::optional<Report> previous = found->previous ? readReport(*found->previous) : std::nullopt;
        const ManualScores itsScores = scores.value(record.id);
        record.setEvaluation(evaluate(*report, previous ? &*previous : nullptr, itsScores));
        bases->append(basisOf(found->content, found->previous, itsScores));
    }
    return {};
}

WorkspaceError EvaluationTable::overview(WorkspaceConnection &c, int year, QList<OverviewRecord> *out,
                                         QList<Checked> *checked)
{
    const QStringList rates = rateColumns();
    QSqlQuery q;
    if (WorkspaceError e = c.run(q, overviewSql(c.dialect().isSqlite(), rates), {year}); e.isError())
        return e;
    out->clear();
    QList<qsizetype> again;           // lines to evaluate again …
    QHash<qsizetype, OverviewRecord> claimed; // … of which these said something of the content as it is
    const int currentColumn = FirstRateColumn + int(rates.size());
    while (q.next()) {
        OverviewRecord r = reportOfLine(q);
        if (q.value(8).isNull() || q.value(8).toInt() != OverviewRecord::EvaluationVersion) {
            again.append(out->size());
        } else {
            readStoredEvaluation(q, rates.size(), r);
            const bool current = q.value(currentColumn).toBool();
            const bool trusted = q.value(currentColumn + 1).toBool();
            if (!current || !trusted) {
                if (current)
                    claimed.insert(out->size(), r);
                again.append(out->size());
            }
        }
        out->append(r);
    }
    if (again.isEmpty())
        return {};
    QList<QString> bases;
    if (WorkspaceError e = evaluateAgain(c, out, again, &bases); e.isError())
        return e;
    for (qsizetype n = 0; n < again.size(); ++n) {
        OverviewRecord &r = (*out)[again.at(n)];
        if (const auto said = claimed.constFind(again.at(n)); said != claimed.cend() && r.evaluated)
            r.storedMismatch = !sameEvaluation(*said, r);
        // A line that disagrees with its content stays, to be seen as such until the
        // content is saved again.
        if (checked && r.evaluated && !r.storedMismatch)
            checked->append({r.id, r, bases.at(n)});
    }
    return {};
}

WorkspaceError EvaluationTable::storeChecked(WorkspaceConnection &c, const QList<Checked> &lines)
{
    // Many lines at once (an overview whose every report was saved since): a hundred rows a
    // statement instead of a round trip each.
    const QStringList rates = rateColumns();
    QString columns = QStringLiteral("report_id, version, score_centi, grade, pending, error_count, warning_count");
    QString updates = QStringLiteral("version = excluded.version, score_centi = excluded.score_centi, "
                                     "grade = excluded.grade, pending = excluded.pending, "
                                     "error_count = excluded.error_count, warning_count = excluded.warning_count, "
                                     "basis = excluded.basis");
    for (const QString &rate : rates) {
        columns += QStringLiteral(", ") + rate;
        updates += QStringLiteral(", %1 = excluded.%1").arg(rate);
    }
    columns += QStringLiteral(", basis");
    const QString marks = QStringLiteral("(") + QStringLiteral("?, ").repeated(8 + int(rates.size()) - 1) + QStringLiteral("?)");
    constexpr qsizetype chunk = 100;
    for (qsizetype from = 0; from < lines.size(); from += chunk) {
        QStringList rows;
        QVariantList values;
        for (qsizetype i = from; i < qMin(lines.size(), from + chunk); ++i) {
            const Checked &line = lines.at(i);
            const OverviewRecord &r = line.record;
            rows.append(marks);
            values << line.reportId << OverviewRecord::EvaluationVersion << r.scoreCenti << r.grade << r.pending << r.errors
                   << r.warnings;
            for (int k = 0; k < rates.size(); ++k)
                values.append(nullable(r.rates.value(k)));
            values.append(line.basis);
        }
        QSqlQuery q;
        if (WorkspaceError e = c.run(q,
                                     QStringLiteral("INSERT INTO jixiao_evaluation (%1) VALUES %2 ON CONFLICT (report_id) "
                                                    "DO UPDATE SET %3")
                                         .arg(columns, rows.join(QStringLiteral(", ")), updates),
                                     values);
            e.isError())
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
