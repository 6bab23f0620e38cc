#include "JsonValueConversion.h"

#include <QJsonArray>
#include <QJsonObject>

QJsonValue JsonValueConversion::toJsonValue(const JsonNode &node)
{
    switch (node.kind) {
    case JsonNode::Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case JsonNode::Kind::Bool:
        return node.boolean;
    case JsonNode::Kind::Number:
        return node.text.toDouble();
    case JsonNode::Kind::String:
        return node.text;
    case JsonNode::Kind::Array: {
        QJsonArray array;
        for (const JsonNode &item : node.items)
            array.append(toJsonValue(item));
        return array;
    }
    case JsonNode::Kind::Object: {
        QJsonObject object;
        for (const auto &member : node.members)
            object.insert(member.first, toJsonValue(member.second));
        return object;
    }
    }
    return QJsonValue();
}
