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

enum class TargetDirection { Higher, Lower, Exact };

struct TargetIndicator
{
    QString level1;
    QString level2;
    QString name;
    QString unit;
    TargetDirection direction = TargetDirection::Higher;
    std::optional<Decimal> target;
    std::optional<Decimal> actual;
    std::optional<Decimal> weight;
    QString note;
    QJsonObject unknown;
    bool operator==(const TargetIndicator &) const = default;
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
    QString problemsIntro;
    QList<TitledText> problems;
    QList<TitledText> measures;
    Signature signature;
    QJsonObject unknown;
    bool operator==(const Report &) const = default;
};

QString adjustmentCategoryKey(AdjustmentCategory category); // "basic" | "project" | "transfer"
QString targetDirectionKey(TargetDirection direction);      // "higher" | "lower" | "exact"
