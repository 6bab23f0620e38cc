#include "ReportFields.h"

#include <QHash>

namespace {

using Indices = QList<int>;

QVariant toVariant(const QString &v) { return v; }
QVariant toVariant(int v) { return v; }
QVariant toVariant(bool v) { return v; }
QVariant toVariant(const OptionalMoney &v) { return v ? QVariant::fromValue(*v) : QVariant(); }
QVariant toVariant(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant toVariant(const std::optional<bool> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant toVariant(const std::optional<QDate> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant toVariant(const std::optional<Decimal> &v) { return v ? QVariant::fromValue(*v) : QVariant(); }
QVariant toVariant(AdjustmentCategory v) { return adjustmentCategoryKey(v); }
QVariant toVariant(TargetDirection v) { return targetDirectionKey(v); }
QVariant toVariant(const std::optional<QualitativeTier> &v) { return v ? QVariant(qualitativeTierKey(*v)) : QVariant(); }
QVariant toVariant(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }

bool fromVariant(const QVariant &v, QString *out)
{
    if (v.isValid() && v.typeId() != QMetaType::QString)
        return false;
    *out = v.toString();
    return true;
}
bool fromVariant(const QVariant &v, int *out)
{
    bool ok = false;
    const int i = v.toInt(&ok);
    if (ok)
        *out = i;
    return ok;
}
bool fromVariant(const QVariant &v, bool *out)
{
    if (v.typeId() != QMetaType::Bool)
        return false;
    *out = v.toBool();
    return true;
}
bool fromVariant(const QVariant &v, OptionalMoney *out)
{
    if (!v.isValid()) {
        out->reset();
        return true;
    }
    if (!v.canConvert<Money>() || v.typeId() != qMetaTypeId<Money>())
        return false;
    *out = v.value<Money>();
    return true;
}
bool fromVariant(const QVariant &v, std::optional<int> *out)
{
    if (!v.isValid()) {
        out->reset();
        return true;
    }
    bool ok = false;
    const int i = v.toInt(&ok);
    if (!ok || i < 0)
        return false;
    *out = i;
    return true;
}
bool fromVariant(const QVariant &v, std::optional<bool> *out)
{
    if (!v.isValid()) {
        out->reset();
        return true;
    }
    if (v.typeId() != QMetaType::Bool)
        return false;
    *out = v.toBool();
    return true;
}
bool fromVariant(const QVariant &v, std::optional<QDate> *out)
{
    if (!v.isValid()) {
        out->reset();
        return true;
    }
    const QDate d = v.toDate();
    if (!d.isValid())
        return false;
    *out = d;
    return true;
}
bool fromVariant(const QVariant &v, std::optional<Decimal> *out)
{
    if (!v.isValid()) {
        out->reset();
        return true;
    }
    if (v.typeId() != qMetaTypeId<Decimal>())
        return false;
    *out = v.value<Decimal>();
    return true;
}
bool fromVariant(const QVariant &v, AdjustmentCategory *out)
{
    const QString key = v.toString();
    for (AdjustmentCategory c : {AdjustmentCategory::Basic, AdjustmentCategory::Project, AdjustmentCategory::Transfer}) {
        if (adjustmentCategoryKey(c) == key) {
            *out = c;
            return true;
        }
    }
    return false;
}
bool fromVariant(const QVariant &v, TargetDirection *out)
{
    const std::optional<TargetDirection> d = targetDirectionFromKey(v.toString());
    if (d)
        *out = *d;
    return d.has_value();
}

bool fromVariant(const QVariant &v, std::optional<QualitativeTier> *out)
{
    if (!v.isValid() || v.toString().isEmpty()) {
        out->reset();
        return true;
    }
    const std::optional<QualitativeTier> t = qualitativeTierFromKey(v.toString());
    if (t)
        *out = t;
    return t.has_value();
}
bool fromVariant(const QVariant &v, std::optional<qint64> *out)
{
    if (!v.isValid()) {
        out->reset();
        return true;
    }
    if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Int)
        return false;
    *out = v.toLongLong();
    return true;
}

// A weight: none, or ≥ 0 with at most two decimals (as the format reads it).
bool validWeight(const std::optional<Decimal> &w)
{
    return !w || (!w->isNegative() && w->millionths() % (Decimal::Scale / 100) == 0);
}

struct ScalarAccess
{
    ReportFields::Type type;
    std::function<QVariant(const Report &, const Indices &)> get;
    std::function<bool(Report &, const Indices &, const QVariant &)> set;
};

struct ListAccess
{
    std::function<int(const Report &, const Indices &)> count;
    std::function<void(Report &, const Indices &, int)> insert;
    std::function<void(Report &, const Indices &, int)> remove;
    std::function<void(Report &, const Indices &, int, int)> move;
};

class Registry
{
public:
    QHash<QString, ScalarAccess> scalars;
    QHash<QString, ListAccess> lists;
    QStringList scalarOrder;
    QStringList listOrder;

    // ref: (Report&, const Indices&) -> T&; the indices have been checked before it runs.
    // `valid`, when given, refuses values the type allows but the field does not.
    template<typename Ref, typename Valid = std::nullptr_t>
    void field(const char *pattern, ReportFields::Type type, Ref ref, Valid valid = nullptr)
    {
        ScalarAccess a;
        a.type = type;
        a.get = [ref](const Report &r, const Indices &i) { return toVariant(ref(const_cast<Report &>(r), i)); };
        a.set = [ref, valid](Report &r, const Indices &i, const QVariant &v) {
            auto value = ref(r, i);
            if (!fromVariant(v, &value))
                return false;
            if constexpr (!std::is_same_v<Valid, std::nullptr_t>) {
                if (!valid(value))
                    return false;
            }
            ref(r, i) = value;
            return true;
        };
        scalars.insert(QString::fromLatin1(pattern), a);
        scalarOrder.append(QString::fromLatin1(pattern));
    }

    template<typename Ref>
    void list(const char *pattern, Ref ref)
    {
        ListAccess a;
        a.count = [ref](const Report &r, const Indices &i) { return int(ref(const_cast<Report &>(r), i).size()); };
        a.insert = [ref](Report &r, const Indices &i, int row) {
            auto &l = ref(r, i);
            l.insert(row, typename std::decay_t<decltype(l)>::value_type());
        };
        a.remove = [ref](Report &r, const Indices &i, int row) { ref(r, i).removeAt(row); };
        a.move = [ref](Report &r, const Indices &i, int from, int to) { ref(r, i).move(from, to); };
        lists.insert(QString::fromLatin1(pattern), a);
        listOrder.append(QString::fromLatin1(pattern));
    }

    Registry();

    // Checks every index of the path against the list it indexes.
    bool indicesValid(const Report &r, const FieldPath &p) const
    {
        qsizetype from = 0;
        for (int level = 0; level < p.indices.size(); ++level) {
            const qsizetype bracket = p.pattern.indexOf(QStringLiteral("[]"), from);
            if (bracket < 0)
                return false;
            const auto it = lists.constFind(p.pattern.left(bracket));
            if (it == lists.constEnd())
                return false;
            const int index = p.indices[level];
            if (index < 0 || index >= it->count(r, p.indices.mid(0, level)))
                return false;
            from = bracket + 2;
        }
        return true;
    }
};

using T = ReportFields::Type;

Registry::Registry()
{
    field("department", T::Text, [](Report &r, const Indices &) -> auto & { return r.department; });
    field("year", T::Integer, [](Report &r, const Indices &) -> auto & { return r.year; });
    field("title", T::Text, [](Report &r, const Indices &) -> auto & { return r.title; });
    field("preamble", T::Text, [](Report &r, const Indices &) -> auto & { return r.preamble; });
    field("profile.overview", T::Text, [](Report &r, const Indices &) -> auto & { return r.profile.overview; });
    field("profile.staff.active", T::Count, [](Report &r, const Indices &) -> auto & { return r.profile.staff.active; });
    field("profile.staff.retired", T::Count, [](Report &r, const Indices &) -> auto & { return r.profile.staff.retired; });
    field("profile.staff.authorized", T::Count, [](Report &r, const Indices &) -> auto & { return r.profile.staff.authorized; });
    list("profile.functions", [](Report &r, const Indices &) -> auto & { return r.profile.functions; });
    field("profile.functions[]", T::Text, [](Report &r, const Indices &i) -> auto & { return r.profile.functions[i[0]]; });

    field("budget.carryover_in.basic", T::Money, [](Report &r, const Indices &) -> auto & { return r.budget.carryoverIn.basic; });
    field("budget.carryover_in.project", T::Money, [](Report &r, const Indices &) -> auto & { return r.budget.carryoverIn.project; });
    field("budget.initial.basic", T::Money, [](Report &r, const Indices &) -> auto & { return r.budget.initial.basic; });
    field("budget.initial.project", T::Money, [](Report &r, const Indices &) -> auto & { return r.budget.initial.project; });
    field("budget.initial_note", T::Text, [](Report &r, const Indices &) -> auto & { return r.budget.initialNote; });
    field("budget.three_public_budget.reception", T::Money, [](Report &r, const Indices &) -> auto & { return r.budget.threePublicBudget.reception; });
    field("budget.three_public_budget.vehicles", T::Money, [](Report &r, const Indices &) -> auto & { return r.budget.threePublicBudget.vehicles; });
    field("budget.three_public_budget.overseas", T::Money, [](Report &r, const Indices &) -> auto & { return r.budget.threePublicBudget.overseas; });
    list("budget.adjustments", [](Report &r, const Indices &) -> auto & { return r.budget.adjustments; });
    field("budget.adjustments[].item", T::Text, [](Report &r, const Indices &i) -> auto & { return r.budget.adjustments[i[0]].item; });
    field("budget.adjustments[].amount", T::Money, [](Report &r, const Indices &i) -> auto & { return r.budget.adjustments[i[0]].amount; });
    field("budget.adjustments[].category", T::Category, [](Report &r, const Indices &i) -> auto & { return r.budget.adjustments[i[0]].category; });
    field("budget.adjustments[].excluded", T::Flag, [](Report &r, const Indices &i) -> auto & { return r.budget.adjustments[i[0]].excluded; });
    field("budget.adjustments[].reason", T::Text, [](Report &r, const Indices &i) -> auto & { return r.budget.adjustments[i[0]].reason; });

    field("execution.spent.basic", T::Money, [](Report &r, const Indices &) -> auto & { return r.execution.spent.basic; });
    field("execution.spent.project", T::Money, [](Report &r, const Indices &) -> auto & { return r.execution.spent.project; });
    field("execution.recovered", T::Money, [](Report &r, const Indices &) -> auto & { return r.execution.recovered; });
    field("execution.carryover_out", T::Money, [](Report &r, const Indices &) -> auto & { return r.execution.carryoverOut; });
    field("execution.carryover_out_note", T::Text, [](Report &r, const Indices &) -> auto & { return r.execution.carryoverOutNote; });
    field("execution.three_public_actual.reception", T::Money, [](Report &r, const Indices &) -> auto & { return r.execution.threePublicActual.reception; });
    field("execution.three_public_actual.vehicles", T::Money, [](Report &r, const Indices &) -> auto & { return r.execution.threePublicActual.vehicles; });
    field("execution.three_public_actual.overseas", T::Money, [](Report &r, const Indices &) -> auto & { return r.execution.threePublicActual.overseas; });
    field("execution.reception_batches", T::Count, [](Report &r, const Indices &) -> auto & { return r.execution.receptionBatches; });
    field("execution.reception_persons", T::Count, [](Report &r, const Indices &) -> auto & { return r.execution.receptionPersons; });
    field("execution.three_public_note", T::Text, [](Report &r, const Indices &) -> auto & { return r.execution.threePublicNote; });
    field("execution.procurement.budget", T::Money, [](Report &r, const Indices &) -> auto & { return r.execution.procurement.budget; });
    field("execution.procurement.actual", T::Money, [](Report &r, const Indices &) -> auto & { return r.execution.procurement.actual; });
    field("execution.procurement.note", T::Text, [](Report &r, const Indices &) -> auto & { return r.execution.procurement.note; });

    list("management", [](Report &r, const Indices &) -> auto & { return r.management; });
    field("management[].indicator", T::Text, [](Report &r, const Indices &i) -> auto & { return r.management[i[0]].indicator; });
    field("management[].compliant", T::OptionalFlag, [](Report &r, const Indices &i) -> auto & { return r.management[i[0]].compliant; });
    field("management[].text", T::Text, [](Report &r, const Indices &i) -> auto & { return r.management[i[0]].text; });

    list("targets", [](Report &r, const Indices &) -> auto & { return r.targets; });
    field("targets[].title", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targets[i[0]].title; });
    list("targets[].points", [](Report &r, const Indices &i) -> auto & { return r.targets[i[0]].points; });
    field("targets[].points[]", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targets[i[0]].points[i[1]]; });

    list("target_indicators", [](Report &r, const Indices &) -> auto & { return r.targetIndicators; });
    field("target_indicators[].level1", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].level1; });
    field("target_indicators[].level2", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].level2; });
    field("target_indicators[].name", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].name; });
    field("target_indicators[].unit", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].unit; });
    field("target_indicators[].direction", T::Direction, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].direction; });
    field("target_indicators[].target", T::Decimal, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].target; });
    field("target_indicators[].actual", T::Decimal, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].actual; });
    field("target_indicators[].weight", T::Decimal, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].weight; },
          [](const std::optional<Decimal> &w) { return validWeight(w); });
    field("target_indicators[].note", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].note; });
    field("target_indicators[].target_text", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].targetText; });
    field("target_indicators[].actual_text", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].actualText; });
    field("target_indicators[].tier", T::Tier, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].tier; });
    field("target_indicators[].score", T::Points, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].scoreCenti; });
    field("target_indicators[].deviation", T::Text, [](Report &r, const Indices &i) -> auto & { return r.targetIndicators[i[0]].deviation; });

    field("overall_goal.expected", T::Text, [](Report &r, const Indices &) -> auto & { return r.overallGoal.expected; });
    field("overall_goal.achieved", T::Text, [](Report &r, const Indices &) -> auto & { return r.overallGoal.achieved; });
    field("preparer.name", T::Text, [](Report &r, const Indices &) -> auto & { return r.preparer.name; });
    field("preparer.phone", T::Text, [](Report &r, const Indices &) -> auto & { return r.preparer.phone; });
    field("preparer.date", T::Date, [](Report &r, const Indices &) -> auto & { return r.preparer.date; });
    field("funds_by_source.appropriation.initial", T::Money, [](Report &r, const Indices &) -> auto & { return r.fundsBySource.appropriation.initial; });
    field("funds_by_source.appropriation.full", T::Money, [](Report &r, const Indices &) -> auto & { return r.fundsBySource.appropriation.full; });
    field("funds_by_source.appropriation.spent", T::Money, [](Report &r, const Indices &) -> auto & { return r.fundsBySource.appropriation.spent; });
    field("funds_by_source.carryover.initial", T::Money, [](Report &r, const Indices &) -> auto & { return r.fundsBySource.carryover.initial; });
    field("funds_by_source.carryover.full", T::Money, [](Report &r, const Indices &) -> auto & { return r.fundsBySource.carryover.full; });
    field("funds_by_source.carryover.spent", T::Money, [](Report &r, const Indices &) -> auto & { return r.fundsBySource.carryover.spent; });
    field("funds_by_source.other.initial", T::Money, [](Report &r, const Indices &) -> auto & { return r.fundsBySource.other.initial; });
    field("funds_by_source.other.full", T::Money, [](Report &r, const Indices &) -> auto & { return r.fundsBySource.other.full; });
    field("funds_by_source.other.spent", T::Money, [](Report &r, const Indices &) -> auto & { return r.fundsBySource.other.spent; });

    field("problems_intro", T::Text, [](Report &r, const Indices &) -> auto & { return r.problemsIntro; });
    list("problems", [](Report &r, const Indices &) -> auto & { return r.problems; });
    field("problems[].title", T::Text, [](Report &r, const Indices &i) -> auto & { return r.problems[i[0]].title; });
    field("problems[].text", T::Text, [](Report &r, const Indices &i) -> auto & { return r.problems[i[0]].text; });
    list("measures", [](Report &r, const Indices &) -> auto & { return r.measures; });
    field("measures[].title", T::Text, [](Report &r, const Indices &i) -> auto & { return r.measures[i[0]].title; });
    field("measures[].text", T::Text, [](Report &r, const Indices &i) -> auto & { return r.measures[i[0]].text; });

    field("signature.name", T::Text, [](Report &r, const Indices &) -> auto & { return r.signature.name; });
    field("signature.date", T::Date, [](Report &r, const Indices &) -> auto & { return r.signature.date; });
}

const Registry &registry()
{
    static const Registry r;
    return r;
}

} // namespace

QVariant ReportFields::value(const Report &report, const QString &path)
{
    const FieldPath p = FieldPath::parse(path);
    const auto it = registry().scalars.constFind(p.pattern);
    if (it == registry().scalars.constEnd() || !registry().indicesValid(report, p))
        return QVariant();
    return it->get(report, p.indices);
}

bool ReportFields::setValue(Report &report, const QString &path, const QVariant &value)
{
    const FieldPath p = FieldPath::parse(path);
    const auto it = registry().scalars.constFind(p.pattern);
    if (it == registry().scalars.constEnd() || !registry().indicesValid(report, p))
        return false;
    return it->set(report, p.indices, value);
}

bool ReportFields::isField(const QString &path)
{
    return registry().scalars.contains(FieldPath::parse(path).pattern);
}

ReportFields::Type ReportFields::type(const QString &path)
{
    return registry().scalars.value(FieldPath::parse(path).pattern).type;
}

bool ReportFields::isList(const QString &listPath)
{
    return registry().lists.contains(FieldPath::parse(listPath).pattern);
}

namespace {

const ListAccess *listFor(const Report &report, const FieldPath &p)
{
    const auto it = registry().lists.constFind(p.pattern);
    if (it == registry().lists.constEnd() || !registry().indicesValid(report, p))
        return nullptr;
    return &*it;
}

} // namespace

int ReportFields::rowCount(const Report &report, const QString &listPath)
{
    const FieldPath p = FieldPath::parse(listPath);
    const ListAccess *list = listFor(report, p);
    return list ? list->count(report, p.indices) : 0;
}

bool ReportFields::insertRow(Report &report, const QString &listPath, int row)
{
    const FieldPath p = FieldPath::parse(listPath);
    const ListAccess *list = listFor(report, p);
    if (!list || row < 0 || row > list->count(report, p.indices))
        return false;
    list->insert(report, p.indices, row);
    return true;
}

bool ReportFields::removeRow(Report &report, const QString &listPath, int row)
{
    const FieldPath p = FieldPath::parse(listPath);
    const ListAccess *list = listFor(report, p);
    if (!list || row < 0 || row >= list->count(report, p.indices))
        return false;
    list->remove(report, p.indices, row);
    return true;
}

bool ReportFields::moveRow(Report &report, const QString &listPath, int from, int to)
{
    const FieldPath p = FieldPath::parse(listPath);
    const ListAccess *list = listFor(report, p);
    if (!list)
        return false;
    const int n = list->count(report, p.indices);
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return false;
    list->move(report, p.indices, from, to);
    return true;
}

QStringList ReportFields::fieldPatterns()
{
    return registry().scalarOrder;
}

QStringList ReportFields::listPatterns()
{
    return registry().listOrder;
}
