#include "ReportDocument.h"

#include "FieldNames.h"
#include "FieldPath.h"
#include "ManualScoreCommand.h"
#include "ReportEditCommand.h"
#include "ReportFields.h"

#include <QCoreApplication>

namespace {

bool concerns(const QString &findingField, const QString &path)
{
    if (findingField == path)
        return true;
    auto within = [](const QString &inner, const QString &outer) {
        return inner.size() > outer.size() && inner.startsWith(outer)
               && (inner[outer.size()] == QLatin1Char('.') || inner[outer.size()] == QLatin1Char('['));
    };
    return within(path, findingField) || within(findingField, path);
}

// A refused text in a row above the first row that a row change renumbers: still where it
// was (a row added at the end of a list moves none of the others).
bool aboveRowChange(const ReportChange &change, const QString &path)
{
    if (change.kind != ReportChange::Kind::RowsInserted && change.kind != ReportChange::Kind::RowsRemoved
        && change.kind != ReportChange::Kind::RowMoved)
        return false;
    int row = 0;
    if (!pathIsInList(path, change.path, &row))
        return false;
    const int first = change.kind == ReportChange::Kind::RowMoved ? qMin(change.row, change.to) : change.row;
    return row < first;
}

} // namespace

ReportDocument::ReportDocument(QObject *parent)
    : QObject(parent)
    , m_scheme(ScoringSchemeReader::builtIn())
{
    recompute();
}

void ReportDocument::load(const Report &report)
{
    m_undoStack.clear();
    apply(report, ReportChange::reset());
    m_undoStack.setClean();
}

QVariant ReportDocument::value(const QString &path) const
{
    return ReportFields::value(m_report, path);
}

int ReportDocument::rowCount(const QString &listPath) const
{
    return ReportFields::rowCount(m_report, listPath);
}

bool ReportDocument::setValue(const QString &path, const QVariant &value)
{
    if (m_readOnly)
        return false;
    Report after = m_report;
    if (!ReportFields::setValue(after, path, value))
        return false;
    if (ReportFields::value(after, path) == ReportFields::value(m_report, path))
        return false;
    return push(std::move(after), ReportChange::value(path),
                tr("修改%1").arg(FieldNames::nearest(path)));
}

int ReportDocument::setValues(const QList<QPair<QString, QVariant>> &values, const QString &text)
{
    if (m_readOnly)
        return 0;
    QList<QPair<QString, QVariant>> changes;
    for (const auto &[path, value] : values) {
        Report after = m_report;
        if (ReportFields::setValue(after, path, value) && ReportFields::value(after, path) != ReportFields::value(m_report, path))
            changes.append({path, value});
    }
    if (changes.isEmpty())
        return 0;
    endTypingSession();
    m_undoStack.beginMacro(text);
    for (const auto &[path, value] : std::as_const(changes)) {
        Report after = m_report;
        ReportFields::setValue(after, path, value);
        push(std::move(after), ReportChange::value(path), tr("修改%1").arg(FieldNames::label(path)));
        endTypingSession(); // each its own command inside the step
    }
    m_undoStack.endMacro();
    return int(changes.size());
}

void ReportDocument::beginEditGroup(const QString &text)
{
    endTypingSession();
    m_undoStack.beginMacro(text);
}

void ReportDocument::endEditGroup()
{
    m_undoStack.endMacro();
    endTypingSession();
}

bool ReportDocument::insertRow(const QString &listPath, int row)
{
    if (m_readOnly)
        return false;
    Report after = m_report;
    if (!ReportFields::insertRow(after, listPath, row))
        return false;
    return push(std::move(after), ReportChange::inserted(listPath, row),
                tr("添加%1").arg(FieldNames::label(listPath)));
}

bool ReportDocument::removeRow(const QString &listPath, int row)
{
    if (m_readOnly)
        return false;
    Report after = m_report;
    if (!ReportFields::removeRow(after, listPath, row))
        return false;
    return push(std::move(after), ReportChange::removed(listPath, row),
                tr("删除%1").arg(FieldNames::label(listPath)));
}

bool ReportDocument::moveRow(const QString &listPath, int from, int to)
{
    if (m_readOnly)
        return false;
    Report after = m_report;
    if (!ReportFields::moveRow(after, listPath, from, to))
        return false;
    return push(std::move(after), ReportChange::moved(listPath, from, to),
                tr("移动%1").arg(FieldNames::label(listPath)));
}

void ReportDocument::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (readOnly) {
        const bool clean = m_undoStack.isClean();
        m_undoStack.clear(); // nothing to undo into a report that may not change
        if (clean)
            m_undoStack.setClean();
    }
    Q_EMIT readOnlyChanged(readOnly);
}

bool ReportDocument::push(Report after, const ReportChange &change, const QString &text)
{
    if (change.kind != ReportChange::Kind::Value)
        endTypingSession(); // a structural edit is always its own step
    m_undoStack.push(new ReportEditCommand(this, m_report, std::move(after), change, text, m_typingSession));
    return true;
}

void ReportDocument::apply(const Report &report, const ReportChange &change)
{
    Q_EMIT aboutToChange(change);
    m_report = report;
    const QStringList dropped = dropRefusedInputs(change);
    Q_EMIT changed(change);
    for (const QString &path : dropped)
        Q_EMIT refusedInputChanged(path);
    recompute();
}

QStringList ReportDocument::dropRefusedInputs(const ReportChange &change)
{
    // The value under a refused text changed (or its row moved): the text no longer stands
    // for anything on screen.
    QStringList dropped;
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it) {
        if (change.kind == ReportChange::Kind::Reset || (concerns(change.path, it.key()) && !aboveRowChange(change, it.key())))
            dropped.append(it.key());
    }
    for (const QString &path : std::as_const(dropped))
        m_refused.remove(path);
    return dropped;
}

bool ReportDocument::setRefusedInput(const QString &path, const QString &text, const QString &reason)
{
    if (m_readOnly)
        return false;
    const auto it = m_refused.constFind(path);
    if (it != m_refused.constEnd() && it->text == text && it->reason == reason)
        return false;
    m_refused.insert(path, {text, reason});
    Q_EMIT refusedInputChanged(path);
    recompute();
    return true;
}

bool ReportDocument::clearRefusedInput(const QString &path)
{
    if (m_refused.remove(path) == 0)
        return false;
    Q_EMIT refusedInputChanged(path);
    recompute();
    return true;
}

std::optional<ReportDocument::Refusal> ReportDocument::refusedInput(const QString &path) const
{
    const auto it = m_refused.constFind(path);
    return it != m_refused.constEnd() ? std::optional<Refusal>(*it) : std::nullopt;
}

void ReportDocument::setPreviousYear(const std::optional<Report> &previous)
{
    m_previousYear = previous;
    recompute();
}

void ReportDocument::setEvaluationSettings(const IndicatorSettings &settings)
{
    m_settings = settings;
    recompute();
}

void ReportDocument::setScheme(const ScoringScheme &scheme)
{
    m_scheme = scheme;
    recompute();
}

void ReportDocument::setManualScores(const ManualScores &scores)
{
    m_manualScores = scores;
    recompute();
    Q_EMIT manualScoresChanged();
}

bool ReportDocument::setManualScore(const QString &itemId, const std::optional<ManualScore> &score)
{
    const auto it = m_manualScores.constFind(itemId);
    const std::optional<ManualScore> before = it != m_manualScores.constEnd() ? std::optional<ManualScore>(*it) : std::nullopt;
    if (before == score || m_readOnly)
        return false;
    endTypingSession();
    m_undoStack.push(new ManualScoreCommand(this, itemId, before, score));
    return true;
}

void ReportDocument::applyManualScore(const QString &itemId, const std::optional<ManualScore> &score)
{
    if (score)
        m_manualScores.insert(itemId, *score);
    else
        m_manualScores.remove(itemId);
    recompute();
    Q_EMIT manualScoresChanged();
}

ReportEvaluation::Inputs ReportDocument::evaluationInputs() const
{
    ReportEvaluation::Inputs inputs;
    inputs.previousYear = m_previousYear ? &*m_previousYear : nullptr;
    inputs.settings = m_settings;
    inputs.scheme = &m_scheme;
    inputs.manualScores = m_manualScores;
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it)
        inputs.refusedInputs.append({it.key(), it->text});
    return inputs;
}

void ReportDocument::recompute()
{
    ReportEvaluation next = ReportEvaluation::of(m_report, evaluationInputs());

    const bool figures = !(next.figures == m_evaluation.figures);
    QList<int> indicatorRows;
    for (int i = 0; i < next.indicators.size(); ++i) {
        if (i >= m_evaluation.indicators.size() || !(next.indicators[i] == m_evaluation.indicators[i]))
            indicatorRows.append(i);
    }
    const bool findings = next.findings != m_evaluation.findings;
    const bool score = !(next.score == m_evaluation.score);
    const bool table = !(next.table == m_evaluation.table);
    m_evaluation = std::move(next);

    if (figures)
        Q_EMIT figuresChanged();
    if (!indicatorRows.isEmpty())
        Q_EMIT indicatorsChanged(indicatorRows);
    if (findings)
        Q_EMIT findingsChanged();
    if (score)
        Q_EMIT scoreChanged();
    if (table)
        Q_EMIT tableChanged();
}

QList<const Finding *> ReportDocument::findingsFor(const QString &path) const
{
    QList<const Finding *> result;
    for (const Finding &f : m_evaluation.findings) {
        for (const QString &field : f.fields) {
            if (concerns(field, path)) {
                result.append(&f);
                break;
            }
        }
    }
    return result;
}
