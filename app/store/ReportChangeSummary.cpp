#include "ReportChangeSummary.h"

#include "FieldNames.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using FieldChange = ReportChangeSummary::FieldChange;

QJsonValue nullIfMissing(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

void compare(const QString &path, const QJsonValue &a, const QJsonValue &b, QList<FieldChange> *out)
{
    if (nullIfMissing(a) == nullIfMissing(b))
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString &k : ob.keys()) {
            if (!oa.contains(k))
                keys.append(k);
        }
        keys.sort(); // the order of jixiao_json_diff (byte order of the UTF-8 keys)
        for (const QString &k : keys)
            compare(path.isEmpty() ? k : path + QLatin1Char('.') + k, oa.value(k), ob.value(k), out);
        return;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ab = b.toArray();
        for (qsizetype i = 0; i < aa.size(); ++i)
            compare(path + QStringLiteral("[%1]").arg(i), aa.at(i), ab.at(i), out);
        return;
    }
    out->append(FieldChange{path, nullIfMissing(a), nullIfMissing(b)});
}

} // namespace

QStringList ReportChangeSummary::changedPaths(const QJsonObject &before, const QJsonObject &after)
{
    QStringList out;
    for (const FieldChange &c : fieldChanges(before, after))
        out.append(c.path);
    return out;
}

QList<ReportChangeSummary::FieldChange> ReportChangeSummary::fieldChanges(const QJsonObject &before,
                                                                          const QJsonObject &after)
{
    QList<FieldChange> out;
    compare(QString(), before, after, &out);
    return out;
}

QList<ReportChangeSummary::FieldChange> ReportChangeSummary::fieldChanges(const QByteArray &beforeJson,
                                                                          const QByteArray &afterJson)
{
    return fieldChanges(QJsonDocument::fromJson(beforeJson).object(), QJsonDocument::fromJson(afterJson).object());
}

QString ReportChangeSummary::label(const QString &path)
{
    const QString name = FieldNames::nearest(path);
    return name.isEmpty() ? tr("其他内容") : name;
}

QString ReportChangeSummary::describe(const QByteArray &beforeJson, const QByteArray &afterJson)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson).object();
    QStringList labels;
    for (const QString &path : changedPaths(before, after)) {
        const QString l = label(path);
        if (!labels.contains(l))
            labels.append(l);
    }
    if (labels.isEmpty())
        return tr("无内容变化");
    constexpr int shown = 3;
    if (labels.size() <= shown)
        return tr("修改了%1").arg(labels.join(tr("、")));
    return tr("修改了%1等 %2 处").arg(labels.mid(0, shown).join(tr("、"))).arg(labels.size());
}
