#pragma once

#include "Decimal.h"
#include "Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One department's self-evaluation report for one year: every field of the exchange
// format (report-format.md). "Not given" is an empty optional, never zero. Each object
// keeps the keys it did not know (`unknown`) so that they survive a round trip.

using OptionalMoney = std::optional<Money>;

struct StaffCounts
{
    std::optional<int> active;     // 在职
    std::optional<int> retired;    // 退休
    std::optional<int> authorized; // 编制数
    QJsonObject unknown;
    bool operator==(const StaffCounts &) const = default;
};

struct DepartmentProfile
{
    QString overview;
    StaffCounts staff;
    QStringList functions;
    QJsonObject unknown;
    bool operator==(const DepartmentProfile &) const = default;
};

// An amount split into basic (基本支出) and project (项目支出) parts.
struct BasicProjectAmounts
{
    OptionalMoney basic;
    OptionalMoney project;
    QJsonObject unknown;
    bool operator==(const BasicProjectAmounts &) const = default;
};

// “三公经费”: 公务接待, 公务用车购置及运行维护, 因公出国（境）.
struct ThreePublicAmounts
{
    OptionalMoney reception;
    OptionalMoney vehicles;
    OptionalMoney overseas;
    QJsonObject unknown;
    bool operator==(const ThreePublicAmounts &) const = default;
};

enum class AdjustmentCategory { Basic, Project, Transfer };

struct BudgetAdjustment
{
    QString item;
    OptionalMoney amount; // + 调增, − 调减; for a transfer + moves basic → project
    AdjustmentCategory category = AdjustmentCategory::Project;
    bool excluded = false; // 除外调整
    QString reason;
    QJsonObject unknown;
    bool operator==(const BudgetAdjustment &) const = default;
};

struct Budget
{
    BasicProjectAmounts carryoverIn; // 上年结转
    BasicProjectAmounts initial;     // 年初预算
    QString initialNote;
    ThreePublicAmounts threePublicBudget;
    QList<BudgetAdjustment> adjustments;
    QJsonObject unknown;
    bool operator==(const Budget &) const = default;
};

struct Procurement
{
    OptionalMoney budget;
    OptionalMoney actual;
    QString note;
    QJsonObject unknown;
    bool operator==(const Procurement &) const = default;
};

struct Execution
{
    BasicProjectAmounts spent;
    OptionalMoney recovered;    // 财政收回/上缴
    OptionalMoney carryoverOut; // 年末结转
    QString carryoverOutNote;
    ThreePublicAmounts threePublicActual;
    std::optional<int> receptionBatches;
    std::optional<int> receptionPersons;
    QString threePublicNote;
    Procurement procurement;
    QJsonObject unknown;
    bool operator==(const Execution &) const = default;
};

struct ManagementItem
{
    QString indicator;
    std::optional<bool> compliant;
    QString text;
    QJsonObject unknown;
    bool operator==(const ManagementItem &) const = default;
};

struct TargetGroup
{
    QString title;
    QStringList points;
    QJsonObject unknown;
    bool operator==(const TargetGroup &) const = default;
};

// 指标性质: ≥ (正向), ≤ (反向), = and 定性 (scored by the evaluator within a tier).
enum class TargetDirection { Higher, Lower, Exact, Qualitative };

// The tiers of a qualitative row (self-evaluation-table.md): 达成年度指标, 部分达成并具有一定
// 效果, 未达成且效果较差.
enum class QualitativeTier { Achieved, Partial, NotAchieved };

struct TargetIndicator
{
    QString level1;
    QString level2;
    QString name;
    QString unit;
    TargetDirection direction = TargetDirection::Higher;
    std::optional<Decimal> target; // quantitative rows, in the row's unit
    std::optional<Decimal> actual;
    QString targetText;            // qualitative rows: free text
    QString actualText;
    std::optional<Decimal> weight; // ≥ 0, at most two decimals
    std::optional<QualitativeTier> tier; // qualitative rows: the evaluator's tier …
    std::optional<qint64> scoreCenti;    // … and score in it, in hundredths of a point
    QString deviation;             // 偏差原因分析及改进措施
    QString note;                  // a free remark
    QJsonObject unknown;

    bool isQualitative() const { return direction == TargetDirection::Qualitative; }
    // Uses something only format version 2 can say.
    bool needsVersion2() const;
    bool operator==(const TargetIndicator &) const = default;
};

// 年度总体目标: 预期目标 and 实际完成情况.
struct OverallGoal
{
    QString expected;
    QString achieved;
    QJsonObject unknown;
    bool isEmpty() const { return expected.isEmpty() && achieved.isEmpty() && unknown.isEmpty(); }
    bool operator==(const OverallGoal &) const = default;
};

// 填报人 / 联系电话 / 填报日期 at the foot of the table.
struct Preparer
{
    QString name;
    QString phone;
    std::optional<QDate> date;
    QJsonObject unknown;
    bool isEmpty() const { return name.isEmpty() && phone.isEmpty() && !date && unknown.isEmpty(); }
    bool operator==(const Preparer &) const = default;
};

// One 其中 row of the table's execution block: 年初预算数, 全年预算数, 全年执行数.
struct SourceAmounts
{
    OptionalMoney initial;
    OptionalMoney full;
    OptionalMoney spent;
    QJsonObject unknown;
    bool isEmpty() const { return !initial && !full && !spent && unknown.isEmpty(); }
    bool operator==(const SourceAmounts &) const = default;
};

// The optional 其中 rows: 当年财政拨款, 上年结转资金, 其他资金.
struct FundsBySource
{
    SourceAmounts appropriation;
    SourceAmounts carryover;
    SourceAmounts other;
    QJsonObject unknown;
    bool isEmpty() const
    {
        return appropriation.isEmpty() && carryover.isEmpty() && other.isEmpty() && unknown.isEmpty();
    }
    bool operator==(const FundsBySource &) const = default;
};

// A titled paragraph: a problem (存在的问题) or a measure (改进措施).
struct TitledText
{
    QString title;
    QString text;
    QJsonObject unknown;
    bool operator==(const TitledText &) const = default;
};

struct Signature
{
    QString name;
    std::optional<QDate> date;
    QJsonObject unknown;
    bool operator==(const Signature &) const = default;
};

struct Report
{
    QString department;
    int year = 0;
    QString title;
    QString preamble;
    DepartmentProfile profile;
    Budget budget;
    Execution execution;
    QList<ManagementItem> management;
    QList<TargetGroup> targets;
    QList<TargetIndicator> targetIndicators;
    OverallGoal overallGoal;
    Preparer preparer;
    FundsBySource fundsBySource;
    QString problemsIntro;
    QList<TitledText> problems;
    QList<TitledText> measures;
    Signature signature;
    QJsonObject unknown;

    // 1, or 2 when the report uses an addition of format version 2 (report-format.md).
    int formatVersion() const;
    bool operator==(const Report &) const = default;
};

QString adjustmentCategoryKey(AdjustmentCategory category); // "basic" | "project" | "transfer"
QString targetDirectionKey(TargetDirection direction);      // "higher" | "lower" | "exact" | "qualitative"
QString qualitativeTierKey(QualitativeTier tier);           // "achieved" | "partial" | "not_achieved"
std::optional<TargetDirection> targetDirectionFromKey(const QString &key);
std::optional<QualitativeTier> qualitativeTierFromKey(const QString &key);
