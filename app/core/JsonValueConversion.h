#pragma once

#include "JsonTree.h"

#include <QJsonValue>

// Unknown keys of a report are kept as QJsonValue (numbers as double; they are carried,
// never computed with).
namespace JsonValueConversion {
QJsonValue toJsonValue(const JsonNode &node);
}
