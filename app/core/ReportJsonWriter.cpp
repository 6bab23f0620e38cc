#include "ReportJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// A small streaming writer: keeps the order we give, indents by two spaces.
class JsonOut
{
public:
    QByteArray bytes;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char *name) { key(QString::fromLatin1(name)); }
    void key(const QString &name)
    {
        separate();
        appendString(name);
        bytes += ": ";
        m_afterKey = true;
    }

    void string(const QString &s) { separate(); appendString(s); }
    void raw(const QByteArray &token) { separate(); bytes += token; }
    void null() { raw("null"); }
    void boolean(bool b) { raw(b ? "true" : "false"); }
    void integer(qint64 n) { raw(QByteArray::number(n)); }

    void value(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Object: {
            beginObject();
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                key(it.key());
                value(it.value());
            }
            endObject();
            break;
        }
        case QJsonValue::Array:
            beginArray();
            for (const QJsonValue &item : v.toArray())
                value(item);
            endArray();
            break;
        case QJsonValue::String:
            string(v.toString());
            break;
        case QJsonValue::Bool:
            boolean(v.toBool());
            break;
        case QJsonValue::Double: {
            // QJsonDocument prints numbers the way JSON expects.
            QByteArray n = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            raw(n.mid(1, n.size() - 2));
            break;
        }
        default:
            null();
        }
    }

    void unknownKeys(const QJsonObject &unknown)
    {
        for (auto it = unknown.begin(); it != unknown.end(); ++it) {
            key(it.key());
            value(it.value());
        }
    }

private:
    void open(char c)
    {
        separate();
        bytes += c;
        m_first.append(true);
    }
    void close(char c)
    {
        const bool empty = m_first.takeLast();
        if (!empty)
            newline();
        bytes += c;
    }
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_first.isEmpty())
            return;
        if (!m_first.last())
            bytes += ',';
        m_first.last() = false;
        newline();
    }
    void newline()
    {
        bytes += '\n';
        bytes += QByteArray(2 * m_first.size(), ' ');
    }
    void appendString(const QString &s)
    {
        QString escaped;
        escaped.reserve(s.size() + 2);
        escaped += QLatin1Char('"');
        for (QChar c : s) {
            const char16_t u = c.unicode();
            switch (u) {
            case '"': escaped += QLatin1String("\\\""); break;
            case '\\': escaped += QLatin1String("\\\\"); break;
            case '\n': escaped += QLatin1String("\\n"); break;
            case '\r': escaped += QLatin1String("\\r"); break;
            case '\t': escaped += QLatin1String("\\t"); break;
            default:
                if (u < 0x20)
                    escaped += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
                else
                    escaped += c;
            }
        }
        escaped += QLatin1Char('"');
        bytes += escaped.toUtf8();
    }

    QList<bool> m_first;
    bool m_afterKey = false;
};

void amount(JsonOut &out, const char *name, const OptionalMoney &value)
{
    out.key(name);
    if (value)
        out.string(value->toExactWan());
    else
        out.null();
}

void decimal(JsonOut &out, const char *name, const std::optional<Decimal> &value)
{
    out.key(name);
    if (value)
        out.string(value->toString());
    else
        out.null();
}

void count(JsonOut &out, const char *name, const std::optional<int> &value)
{
    out.key(name);
    if (value)
        out.integer(*value);
    else
        out.null();
}

void text(JsonOut &out, const char *name, const QString &value)
{
    out.key(name);
    out.string(value);
}

void basicProject(JsonOut &out, const char *name, const BasicProjectAmounts &a)
{
    out.key(name);
    out.beginObject();
    amount(out, "basic", a.basic);
    amount(out, "project", a.project);
    out.unknownKeys(a.unknown);
    out.endObject();
}

void threePublic(JsonOut &out, const char *name, const ThreePublicAmounts &a)
{
    out.key(name);
    out.beginObject();
    amount(out, "reception", a.reception);
    amount(out, "vehicles", a.vehicles);
    amount(out, "overseas", a.overseas);
    out.unknownKeys(a.unknown);
    out.endObject();
}

void titledTexts(JsonOut &out, const char *name, const QList<TitledText> &list)
{
    out.key(name);
    out.beginArray();
    for (const TitledText &t : list) {
        out.beginObject();
        text(out, "title", t.title);
        text(out, "text", t.text);
        out.unknownKeys(t.unknown);
        out.endObject();
    }
    out.endArray();
}

void profile(JsonOut &out, const DepartmentProfile &p)
{
    out.key("profile");
    out.beginObject();
    text(out, "overview", p.overview);
    out.key("staff");
    out.beginObject();
    count(out, "active", p.staff.active);
    count(out, "retired", p.staff.retired);
    count(out, "authorized", p.staff.authorized);
    out.unknownKeys(p.staff.unknown);
    out.endObject();
    out.key("functions");
    out.beginArray();
    for (const QString &f : p.functions)
        out.string(f);
    out.endArray();
    out.unknownKeys(p.unknown);
    out.endObject();
}

void budget(JsonOut &out, const Budget &b)
{
    out.key("budget");
    out.beginObject();
    basicProject(out, "carryover_in", b.carryoverIn);
    basicProject(out, "initial", b.initial);
    text(out, "initial_note", b.initialNote);
    threePublic(out, "three_public_budget", b.threePublicBudget);
    out.key("adjustments");
    out.beginArray();
    for (const BudgetAdjustment &a : b.adjustments) {
        out.beginObject();
        text(out, "item", a.item);
        amount(out, "amount", a.amount);
        text(out, "category", adjustmentCategoryKey(a.category));
        out.key("excluded");
        out.boolean(a.excluded);
        text(out, "reason", a.reason);
        out.unknownKeys(a.unknown);
        out.endObject();
    }
    out.endArray();
    out.unknownKeys(b.unknown);
    out.endObject();
}

void execution(JsonOut &out, const Execution &e)
{
    out.key("execution");
    out.beginObject();
    basicProject(out, "spent", e.spent);
    amount(out, "recovered", e.recovered);
    amount(out, "carryover_out", e.carryoverOut);
    text(out, "carryover_out_note", e.carryoverOutNote);
    threePublic(out, "three_public_actual", e.threePublicActual);
    count(out, "reception_batches", e.receptionBatches);
    count(out, "reception_persons", e.receptionPersons);
    text(out, "three_public_note", e.threePublicNote);
    out.key("procurement");
    out.beginObject();
    amount(out, "budget", e.procurement.budget);
    amount(out, "actual", e.procurement.actual);
    text(out, "note", e.procurement.note);
    out.unknownKeys(e.procurement.unknown);
    out.endObject();
    out.unknownKeys(e.unknown);
    out.endObject();
}

void management(JsonOut &out, const QList<ManagementItem> &items)
{
    out.key("management");
    out.beginArray();
    for (const ManagementItem &m : items) {
        out.beginObject();
        text(out, "indicator", m.indicator);
        out.key("compliant");
        if (m.compliant)
            out.boolean(*m.compliant);
        else
            out.null();
        text(out, "text", m.text);
        out.unknownKeys(m.unknown);
        out.endObject();
    }
    out.endArray();
}

void targets(JsonOut &out, const QList<TargetGroup> &groups)
{
    out.key("targets");
    out.beginArray();
    for (const TargetGroup &g : groups) {
        out.beginObject();
        text(out, "title", g.title);
        out.key("points");
        out.beginArray();
        for (const QString &p : g.points)
            out.string(p);
        out.endArray();
        out.unknownKeys(g.unknown);
        out.endObject();
    }
    out.endArray();
}

void points(JsonOut &out, const char *name, qint64 centi)
{
    out.key(name);
    out.string(Decimal::fromMillionths(centi * (Decimal::Scale / 100)).toString());
}

void targetIndicators(JsonOut &out, const QList<TargetIndicator> &rows)
{
    out.key("target_indicators");
    out.beginArray();
    for (const TargetIndicator &t : rows) {
        out.beginObject();
        text(out, "level1", t.level1);
        text(out, "level2", t.level2);
        text(out, "name", t.name);
        text(out, "unit", t.unit);
        text(out, "direction", targetDirectionKey(t.direction));
        if (t.isQualitative()) {
            text(out, "target", t.targetText);
            text(out, "actual", t.actualText);
        } else {
            decimal(out, "target", t.target);
            decimal(out, "actual", t.actual);
        }
        decimal(out, "weight", t.weight);
        // Version 2's keys only where used, so that a version-1 report is written as before.
        if (t.tier)
            text(out, "tier", qualitativeTierKey(*t.tier));
        if (t.scoreCenti)
            points(out, "score", *t.scoreCenti);
        if (!t.deviation.isEmpty())
            text(out, "deviation", t.deviation);
        text(out, "note", t.note);
        out.unknownKeys(t.unknown);
        out.endObject();
    }
    out.endArray();
}

void date(JsonOut &out, const char *name, const std::optional<QDate> &value)
{
    out.key(name);
    if (value)
        out.string(value->toString(QStringLiteral("yyyy-MM-dd")));
    else
        out.null();
}

void overallGoal(JsonOut &out, const OverallGoal &g)
{
    if (g.isEmpty())
        return;
    out.key("overall_goal");
    out.beginObject();
    text(out, "expected", g.expected);
    text(out, "achieved", g.achieved);
    out.unknownKeys(g.unknown);
    out.endObject();
}

void preparer(JsonOut &out, const Preparer &p)
{
    if (p.isEmpty())
        return;
    out.key("preparer");
    out.beginObject();
    text(out, "name", p.name);
    text(out, "phone", p.phone);
    date(out, "date", p.date);
    out.unknownKeys(p.unknown);
    out.endObject();
}

void sourceAmounts(JsonOut &out, const char *name, const SourceAmounts &a)
{
    out.key(name);
    out.beginObject();
    amount(out, "initial", a.initial);
    amount(out, "full", a.full);
    amount(out, "spent", a.spent);
    out.unknownKeys(a.unknown);
    out.endObject();
}

void fundsBySource(JsonOut &out, const FundsBySource &f)
{
    if (f.isEmpty())
        return;
    out.key("funds_by_source");
    out.beginObject();
    sourceAmounts(out, "appropriation", f.appropriation);
    sourceAmounts(out, "carryover", f.carryover);
    sourceAmounts(out, "other", f.other);
    out.unknownKeys(f.unknown);
    out.endObject();
}

} // namespace

QByteArray ReportJsonWriter::write(const Report &r)
{
    JsonOut out;
    out.beginObject();
    text(out, "format", QStringLiteral("jixiao.report"));
    out.key("version");
    out.integer(r.formatVersion());
    text(out, "department", r.department);
    out.key("year");
    out.integer(r.year);
    text(out, "title", r.title);
    text(out, "preamble", r.preamble);
    profile(out, r.profile);
    budget(out, r.budget);
    execution(out, r.execution);
    management(out, r.management);
    targets(out, r.targets);
    targetIndicators(out, r.targetIndicators);
    overallGoal(out, r.overallGoal);
    preparer(out, r.preparer);
    fundsBySource(out, r.fundsBySource);
    text(out, "problems_intro", r.problemsIntro);
    titledTexts(out, "problems", r.problems);
    titledTexts(out, "measures", r.measures);
    out.key("signature");
    out.beginObject();
    text(out, "name", r.signature.name);
    date(out, "date", r.signature.date);
    out.unknownKeys(r.signature.unknown);
    out.endObject();
    out.unknownKeys(r.unknown);
    out.endObject();
    out.bytes += '\n';
    return out.bytes;
}
