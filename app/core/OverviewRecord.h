#pragma once

#include "Money.h"
#include "ReportEvaluation.h"
#include "ReportStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// One department's line in a year's overview (the finance bureau's view of all reports):
// status, score, one value per indicator, finding counts and the main amounts. Plain data,
// so that the store can keep it per report (computed when the report is saved) and the
// overview of 1,000 departments never evaluates 1,000 reports.
struct OverviewRecord
{
    // Bump when what `fromEvaluation` computes changes: stored lines of an older version are
    // evaluated again when read.
    static constexpr int EvaluationVersion = 2; // 2: the self-evaluation table's total and grade

    qint64 id = 0; // the report in the workspace
    QString department;
    int year = 0;
    int revision = 0;
    ReportStatus status = ReportStatus::Draft;
    qint64 scoreCenti = 0; // waiting manual items count as 0 (ScoreCard)
    QString grade;
    int pending = 0; // manual score items still waiting
    qint64 tableTotalCenti = 0; // the standard self-evaluation table (SelfEvaluation), capped
    QString tableGrade;
    bool tableProvisional = false; // something of the table is still pending
    // Hundredths of a percent (9910 = 99.10%), one per IndicatorCatalog::ids(), in that
    // order; none when the indicator is 不适用.
    QList<std::optional<qint64>> rates;
    int errors = 0;
    int warnings = 0;
    OptionalMoney budget;       // 全年预算 B
    OptionalMoney spent;        // 全年支出 E
    OptionalMoney carryoverOut; // 年末结转 C1
    bool evaluated = false;     // false: the stored report could not be read
    // The evaluation stored with the report disagreed with its content (written by hand, or
    // forged): what is shown here is the content's, evaluated again when read.
    bool storedMismatch = false;

    // The evaluated part (score, grade, pending, the table's total and grade, rates, counts,
    // amounts) from an evaluation.
    void setEvaluation(const ReportEvaluation &evaluation);
    std::optional<qint64> rate(const QString &indicatorId) const;
    bool operator==(const OverviewRecord &) const = default;
};

// The columns of the overview, shared by the table, the chart and the exports so that they
// always agree: what each shows and how a number is written (their headers: OverviewText,
// app/wording).
class OverviewColumns
{
public:
    enum class Kind { Text, Status, Grade, Score, Count, Rate, Amount };
    struct Column
    {
        QString key; // department, status, score, …, an indicator id, budget, spent, carryover_out
        Kind kind = Kind::Text;
    };
    // A cell: text for Text/Status/Grade; for the numbers `number` in units of 10^-decimals
    // (9910 with 2 decimals is 99.10), or none when not applicable (then `text` is empty).
    struct Cell
    {
        QString text;
        std::optional<qint64> number;
        int decimals = 0;
    };

    static QList<Column> columns();
    static int count();
    static int indexOf(const QString &key);
    static Cell cell(const OverviewRecord &record, int column);
    // Hundredths of 万元, rounded half away from zero as the documents print them.
    static qint64 wanHundredths(Money amount);
    // "99.10", "-0.05", "12" (decimals 0).
    static QString numberText(qint64 number, int decimals);
};
