#pragma once

#include "Report.h"
#include "ReportEvaluation.h"

#include <QJsonObject>

// The machine-readable result of `jixiao check --json` (a contract: keep the keys).
namespace EvaluationJson {
QJsonObject toJson(const Report &report, const ReportEvaluation &evaluation);
}
