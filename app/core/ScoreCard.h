#pragma once

#include "Reason.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// A score given by a person for an item that cannot be computed, with the required reason.
struct ManualScore
{
    std::optional<qint64> scoreCenti; // none while only the reason has been written
    QString reason;
    // Counts only when both the score and the reason are given.
    bool isComplete() const { return scoreCenti.has_value() && !reason.trimmed().isEmpty(); }
    bool operator==(const ManualScore &) const = default;
};
using ManualScores = QHash<QString, ManualScore>; // by score item id

struct ScoreItem
{
    QString id;
    QString level1, level2, name;
    qint64 weightCenti = 0;
    std::optional<qint64> scoreCenti; // none while waiting for a manual score
    // Why points were deducted, or what it waits for: a code of ScoringEngine::reasonCodes()
    // and its values, worded at the edge (ScoreText); empty for full marks.
    Reason reason;
    QString indicator;              // the indicator the item's rule reads (its name is in the reason)
    Reason indicatorNotApplicable;  // with reason indicator_not_applicable: why the indicator is 不适用
    QString givenReason;            // a manual score's reason as the person wrote it (it counts)
    bool manual = false;            // scored (or to be scored) by a person
    bool operator==(const ScoreItem &) const = default;
};

struct ScoreCard
{
    QList<ScoreItem> items;
    qint64 totalCenti = 0; // waiting items count as 0
    QString grade;         // always given, from the total
    int pending = 0;       // items still waiting for a manual score

    bool provisional() const { return pending > 0; }
    bool operator==(const ScoreCard &) const = default;

    static QString pointsText(qint64 centi); // 178 → "1.78"
};
