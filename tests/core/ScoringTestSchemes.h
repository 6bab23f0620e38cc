#pragma once

// Small scoring schemes for the scoring tests: one item "x" with the rule under test and a
// manual item "rest" that makes the weights add up to 100.

#include "ScoringScheme.h"

#include <QByteArray>

namespace ScoringTestSchemes {

inline QByteArray json(const QByteArray &rule, int weight, const QByteArray &grades = QByteArray())
{
    const QByteArray gradeList = grades.isEmpty()
        ? QByteArray(R"([{"min":90,"grade":"优"},{"min":80,"grade":"良"},{"min":60,"grade":"中"},{"min":0,"grade":"差"}])")
        : grades;
    return R"({"format":"jixiao.scheme","version":1,"name":"测试方案","grades":)" + gradeList
           + R"(,"items":[{"id":"x","level1":"过程","level2":"预算执行","name":"测试项","weight":)"
           + QByteArray::number(weight) + R"(,"rule":)" + rule
           + R"(},{"id":"rest","name":"其余","weight":)" + QByteArray::number(100 - weight)
           + R"(,"rule":{"kind":"manual"}}]})";
}

inline ScoringScheme scheme(const QByteArray &rule, int weight)
{
    const ScoringSchemeReader::Result r = ScoringSchemeReader::read(json(rule, weight));
    if (!r.scheme)
        qFatal("test scheme refused: %s", qPrintable(r.message));
    return *r.scheme;
}

} // namespace ScoringTestSchemes
