#pragma once

#include "Report.h"
#include "ReportChange.h"
#include "ReportEvaluation.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QUndoStack>
#include <QVariant>
#include <optional>

// One report being edited: the data, its live evaluation (figures, indicators, findings,
// score) and the undo stack. Every edit goes through an undo command; after it the
// evaluation is recomputed and only what changed is signalled. Views never compute.
class ReportDocument : public QObject
{
    Q_OBJECT
public:
    explicit ReportDocument(QObject *parent = nullptr);

    const Report &report() const { return m_report; }
    const ReportEvaluation &evaluation() const { return m_evaluation; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Replaces the whole report (opening a file); clears the undo history.
    void load(const Report &report);

    // Edits, each one undo step. They return false (and change nothing) when the path is
    // unknown, the value is invalid for it, or nothing would change.
    bool setValue(const QString &path, const QVariant &value);
    bool insertRow(const QString &listPath, int row);
    bool removeRow(const QString &listPath, int row);
    bool moveRow(const QString &listPath, int from, int to);
    // Several fields changed as one undo step named `text` (figures filled from the
    // department's tables). Values that are invalid or unchanged are left out; returns how
    // many fields changed (0: nothing was pushed).
    int setValues(const QList<QPair<QString, QVariant>> &values, const QString &text);
    QVariant value(const QString &path) const;
    int rowCount(const QString &listPath) const;
    // The edits between these two are one undo step named `text` (rows pasted from Excel).
    void beginEditGroup(const QString &text);
    void endEditGroup();

    // Text a field refused (1.1234567 in an amount): kept here, not in the report, as an
    // invalid_input error of the evaluation until the field is corrected or reverted (or the
    // field's value, its list or the whole report changes). `reason` is for the field's note.
    struct Refusal
    {
        QString text;
        QString reason;
    };
    bool setRefusedInput(const QString &path, const QString &text, const QString &reason);
    bool clearRefusedInput(const QString &path);
    std::optional<Refusal> refusedInput(const QString &path) const;
    bool hasRefusedInput() const { return !m_refused.isEmpty(); }

    // A read-only report (approved) refuses every edit; its undo history is dropped.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Ends the current typing session: the next edit of the same field is a new undo step.
    void endTypingSession() { ++m_typingSession; }

    // Inputs of the evaluation (pointing into this document).
    ReportEvaluation::Inputs evaluationInputs() const;
    void setPreviousYear(const std::optional<Report> &previous);
    const std::optional<Report> &previousYear() const { return m_previousYear; }
    void setEvaluationSettings(const IndicatorSettings &settings);
    void setScheme(const ScoringScheme &scheme);
    const ScoringScheme &scheme() const { return m_scheme; }
    // Manual scores (by score item id) come with the workspace; each change is an undo step.
    void setManualScores(const ManualScores &scores);
    const ManualScores &manualScores() const { return m_manualScores; }
    bool setManualScore(const QString &itemId, const std::optional<ManualScore> &score);
    void applyManualScore(const QString &itemId, const std::optional<ManualScore> &score); // undo commands only

    // The findings that concern a field: those naming it, a part of it, or a whole that
    // contains it ("budget.three_public_budget" concerns its "…reception").
    QList<const Finding *> findingsFor(const QString &path) const;

    // Applies a report state; used by the undo commands only.
    void apply(const Report &report, const ReportChange &change);

Q_SIGNALS:
    void aboutToChange(const ReportChange &change);
    void changed(const ReportChange &change);
    void figuresChanged();
    void indicatorsChanged(const QList<int> &rows); // rows of evaluation().indicators
    void findingsChanged();
    void scoreChanged();
    void tableChanged(); // the self-evaluation table (evaluation().table)
    void manualScoresChanged();
    void readOnlyChanged(bool readOnly);
    void refusedInputChanged(const QString &path);

private:
    bool push(Report after, const ReportChange &change, const QString &text);
    void recompute();
    QStringList dropRefusedInputs(const ReportChange &change); // the paths dropped

    Report m_report;
    ReportEvaluation m_evaluation;
    QUndoStack m_undoStack;
    int m_typingSession = 0;
    bool m_readOnly = false;
    std::optional<Report> m_previousYear;
    IndicatorSettings m_settings;
    ScoringScheme m_scheme;
    ManualScores m_manualScores;
    QMap<QString, Refusal> m_refused; // by path: findings in a stable order
};
