#include "ReportChangeSummary.h"

#include "FieldNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

QString parentOf(const QString &path)
{
    const int dot = int(path.lastIndexOf(QLatin1Char('.')));
    const int bracket = int(path.lastIndexOf(QLatin1Char('[')));
    const int cut = qMax(dot, bracket);
    return cut > 0 ? path.left(cut) : QString();
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
    struct Entry { const char *path; const char *label; };
    static const Entry sections[] = {
        {"title", QT_TR_NOOP("标题")},
        {"preamble", QT_TR_NOOP("开头语")},
        {"profile.overview", QT_TR_NOOP("基本情况")},
        {"profile.staff", QT_TR_NOOP("人员情况")},
        {"profile.functions", QT_TR_NOOP("主要职能")},
        {"profile", QT_TR_NOOP("部门概况")},
        {"budget.initial_note", QT_TR_NOOP("年初预算说明")},
        {"budget", QT_TR_NOOP("预算情况")},
        {"execution.carryover_out_note", QT_TR_NOOP("年末结转说明")},
        {"execution.three_public_note", QT_TR_NOOP("“三公经费”说明")},
        {"execution.procurement", QT_TR_NOOP("政府采购")},
        {"execution", QT_TR_NOOP("预算执行情况")},
        {"management", QT_TR_NOOP("预算管理")},
        {"targets", QT_TR_NOOP("绩效目标完成情况")},
        {"target_indicators", QT_TR_NOOP("绩效目标表")},
        {"problems_intro", QT_TR_NOOP("存在问题的概述")},
        {"problems", QT_TR_NOOP("存在的主要问题")},
        {"measures", QT_TR_NOOP("改进的措施和建议")},
        {"signature", QT_TR_NOOP("落款")},
    };
    for (QString p = path; !p.isEmpty(); p = parentOf(p)) {
        const QString known = FieldNames::label(p);
        if (known != p)
            return known;
        static const QRegularExpression rowIndex(QStringLiteral("\\[\\d+\\]"));
        const QString generic = QString(p).remove(rowIndex);
        for (const Entry &e : sections) {
            if (generic == QLatin1String(e.path))
                return tr(e.label);
        }
    }
    return tr("其他内容");
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
