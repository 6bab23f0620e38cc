#pragma once

#include "SelfEvaluationRules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A self-evaluation score table (自评表) as data: weights and rules differ between
// provinces, so they live in a scheme file users can edit (resources/schemes/*.json).
// Points and percentages are kept in hundredths (centi) to stay exact.
struct ScoreRule
{
    enum class Kind {
        Bands,       // the indicator's value against ascending upper bounds
        Linear,      // full weight up to a threshold, minus so much per percentage point over
        Ratio,       // weight × value ÷ target (higher is better), capped at the weight
        FundBalance, // 资金结余: none / within 上年结转 / over
        Checklist,   // so many points per compliant management item
        Targets,     // the performance-target table (绩效目标表), rescaled to the weight
        Manual       // a person scores it, with a reason
    };
    struct Band
    {
        std::optional<qint64> maxCentiPercent; // inclusive upper bound; none = the rest
        qint64 scoreCenti = 0;
        bool operator==(const Band &) const = default;
    };

    Kind kind = Kind::Manual;
    QString indicator;           // Bands, Linear, Ratio
    QList<Band> bands;           // Bands
    qint64 thresholdCentiPercent = 0; // Linear: where deductions start; Ratio: the target
    qint64 perPointCenti = 0;    // Linear: points deducted per percentage point over
    qint64 noneCenti = 0, withinCenti = 0, overCenti = 0; // FundBalance
    QStringList checklist;       // Checklist: management indicator names
    qint64 eachCenti = 100;      // Checklist: points per compliant item

    bool operator==(const ScoreRule &) const = default;
};

struct ScoreItemDefinition
{
    QString id;
    QString level1, level2, name; // 一级/二级/三级指标
    qint64 weightCenti = 0;
    QString description; // 评分标准, as printed in the table
    ScoreRule rule;
    bool operator==(const ScoreItemDefinition &) const = default;
};

struct GradeBand
{
    qint64 minCenti = 0; // total ≥ min
    QString grade;
    bool operator==(const GradeBand &) const = default;
};

struct ScoringScheme
{
    QString name;
    QList<ScoreItemDefinition> items;
    QList<GradeBand> grades; // highest first
    SelfEvaluationRules selfEvaluation; // the standard table's numbers ("self_evaluation")

    QString gradeFor(qint64 totalCenti) const;
    bool operator==(const ScoringScheme &) const = default;
};

class ScoringSchemeReader
{
    Q_DECLARE_TR_FUNCTIONS(ScoringSchemeReader)
public:
    struct Result
    {
        std::optional<ScoringScheme> scheme;
        QString message; // the path and the problem when refused
    };
    static Result read(const QByteArray &utf8);
    static Result readFile(const QString &fileName);
    // The default Hunan-style scheme, built into the program (:/schemes/hunan.json).
    static ScoringScheme builtIn();

    // The scheme a user chose (a file), or the built-in one when none is chosen or the file
    // is missing or broken: the program always starts and scores, and says why it fell back.
    struct Loaded
    {
        ScoringScheme scheme;
        bool builtIn = true;
        QString problem; // for the user: what is wrong with the file and that the default is used
    };
    static Loaded loadOrBuiltIn(const QString &fileName);
};
