#include "ReportJsonReader.h"

#include "FileProblem.h"
#include "JsonTree.h"
#include "JsonValueConversion.h"

#include <QFile>
#include <QRegularExpression>

namespace {

using Kind = JsonNode::Kind;

struct Refusal
{
    QString path;
    QString problem;
};

// Reads the members of one JSON object, remembering which keys it knew so that the rest
// can be kept as unknown keys. Throws Refusal on the first problem.
class ObjectReader
{
public:
    ObjectReader(const JsonNode &node, QString path) : m_node(node), m_path(std::move(path)) {}

    static ObjectReader of(const JsonNode &node, const QString &path)
    {
        if (node.kind != Kind::Object)
            wrongType(node, path, ReportJsonReader::tr("对象"));
        return ObjectReader(node, path);
    }

    QString pathOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    // The member, or null when it is absent or JSON null ("not given").
    const JsonNode *find(const QString &key)
    {
        m_known.append(key);
        const JsonNode *value = m_node.member(key);
        if (value && value->kind == Kind::Null)
            return nullptr;
        return value;
    }

    const JsonNode &require(const QString &key)
    {
        const JsonNode *value = find(key);
        if (!value)
            throw Refusal{pathOf(key), ReportJsonReader::tr("是必填项，但文件中没有")};
        return *value;
    }

    QString text(const QString &key)
    {
        const JsonNode *value = find(key);
        return value ? textOf(*value, pathOf(key)) : QString();
    }

    OptionalMoney amount(const QString &key)
    {
        const JsonNode *value = find(key);
        if (!value)
            return std::nullopt;
        return amountOf(*value, pathOf(key));
    }

    std::optional<Decimal> decimal(const QString &key)
    {
        const OptionalMoney m = amount(key); // same fixed point and syntax
        if (!m)
            return std::nullopt;
        return Decimal::fromMillionths(m->fen());
    }

    std::optional<int> count(const QString &key)
    {
        const JsonNode *value = find(key);
        if (!value)
            return std::nullopt;
        const int n = integerOf(*value, pathOf(key));
        if (n < 0)
            throw Refusal{pathOf(key), ReportJsonReader::tr("必须是 0 或更大的整数，而不是 %1").arg(n)};
        return n;
    }

    std::optional<bool> flag(const QString &key)
    {
        const JsonNode *value = find(key);
        if (!value)
            return std::nullopt;
        if (value->kind != Kind::Bool)
            wrongType(*value, pathOf(key), ReportJsonReader::tr("逻辑值 true 或 false"));
        return value->boolean;
    }

    QStringList texts(const QString &key)
    {
        QStringList list;
        const JsonNode *value = find(key);
        if (!value)
            return list;
        const QString path = pathOf(key);
        if (value->kind != Kind::Array)
            wrongType(*value, path, ReportJsonReader::tr("文本列表"));
        for (size_t i = 0; i < value->items.size(); ++i)
            list.append(textOf(value->items[i], itemPath(path, i)));
        return list;
    }

    template<typename T, typename F>
    QList<T> list(const QString &key, F readItem)
    {
        QList<T> result;
        const JsonNode *value = find(key);
        if (!value)
            return result;
        const QString path = pathOf(key);
        if (value->kind != Kind::Array)
            wrongType(*value, path, ReportJsonReader::tr("列表"));
        result.reserve(qsizetype(value->items.size()));
        for (size_t i = 0; i < value->items.size(); ++i) {
            const QString p = itemPath(path, i);
            ObjectReader item = of(value->items[i], p);
            result.append(readItem(item));
        }
        return result;
    }

    ObjectReader object(const QString &key)
    {
        const JsonNode *value = find(key);
        static const JsonNode empty = [] { JsonNode n; n.kind = Kind::Object; return n; }();
        return value ? of(*value, pathOf(key)) : ObjectReader(empty, pathOf(key));
    }

    QJsonObject unknown() const
    {
        QJsonObject extra;
        for (const auto &m : m_node.members) {
            if (!m_known.contains(m.first))
                extra.insert(m.first, JsonValueConversion::toJsonValue(m.second));
        }
        return extra;
    }

    [[noreturn]] static void wrongType(const JsonNode &value, const QString &path, const QString &expected)
    {
        throw Refusal{path, ReportJsonReader::tr("应为%1，实际是%2")
                                .arg(expected, JsonTree::kindName(value.kind))};
    }

    static QString itemPath(const QString &path, size_t i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    static QString textOf(const JsonNode &value, const QString &path)
    {
        if (value.kind != Kind::String)
            wrongType(value, path, ReportJsonReader::tr("文本"));
        return value.text;
    }

    static int integerOf(const JsonNode &value, const QString &path)
    {
        static const QRegularExpression integer(QStringLiteral("^-?(0|[1-9][0-9]{0,8})$"));
        if (value.kind != Kind::Number)
            wrongType(value, path, ReportJsonReader::tr("整数"));
        if (!integer.match(value.text).hasMatch())
            throw Refusal{path, ReportJsonReader::tr("“%1”不是 ±999999999 以内的整数").arg(JsonTree::excerpt(value.text))};
        return value.text.toInt();
    }

    static Money amountOf(const JsonNode &value, const QString &path)
    {
        QString why;
        std::optional<Money> m;
        if (value.kind == Kind::String)
            m = ReportJsonReader::amountFromString(value.text, &why);
        else if (value.kind == Kind::Number)
            m = ReportJsonReader::amountFromNumber(value.text, &why);
        else
            wrongType(value, path, ReportJsonReader::tr("金额（如 \"30.55\"）"));
        if (!m)
            throw Refusal{path, why};
        return *m;
    }

private:
    const JsonNode &m_node;
    QString m_path;
    QStringList m_known;
};

AdjustmentCategory categoryOf(ObjectReader &row)
{
    const QString key = QStringLiteral("category");
    const QString value = ObjectReader::textOf(row.require(key), row.pathOf(key));
    if (value == QLatin1String("basic"))
        return AdjustmentCategory::Basic;
    if (value == QLatin1String("project"))
        return AdjustmentCategory::Project;
    if (value == QLatin1String("transfer"))
        return AdjustmentCategory::Transfer;
    throw Refusal{row.pathOf(key), ReportJsonReader::tr("“%1”不是有效的类别：应为 basic（基本支出）、project（项目支出）或 transfer（结构调整）").arg(JsonTree::excerpt(value))};
}

TargetDirection directionOf(ObjectReader &row)
{
    const QString key = QStringLiteral("direction");
    const QString value = row.text(key);
    if (value.isEmpty())
        return TargetDirection::Higher;
    if (const std::optional<TargetDirection> d = targetDirectionFromKey(value))
        return *d;
    throw Refusal{row.pathOf(key), ReportJsonReader::tr("“%1”不是有效的指标性质：应为 higher（≥）、lower（≤）、exact（=）或 qualitative（定性）").arg(JsonTree::excerpt(value))};
}

std::optional<QualitativeTier> tierOf(ObjectReader &row)
{
    const QString key = QStringLiteral("tier");
    const JsonNode *node = row.find(key);
    if (!node)
        return std::nullopt;
    const QString value = ObjectReader::textOf(*node, row.pathOf(key));
    if (const std::optional<QualitativeTier> t = qualitativeTierFromKey(value))
        return t;
    throw Refusal{row.pathOf(key), ReportJsonReader::tr("“%1”不是有效的档次：应为 achieved（达成年度指标）、partial（部分达成并具有一定效果）或 not_achieved（未达成且效果较差）").arg(JsonTree::excerpt(value))};
}

// A number of points with at most two decimals (a weight, an evaluator's score), in
// hundredths; `negativeAllowed` false refuses a negative one.
std::optional<qint64> pointsOf(ObjectReader &row, const QString &key, bool negativeAllowed)
{
    const JsonNode *node = row.find(key);
    if (!node)
        return std::nullopt;
    const QString path = row.pathOf(key);
    QString why;
    std::optional<Money> m;
    if (node->kind == JsonNode::Kind::String)
        m = ReportJsonReader::amountFromString(node->text, &why);
    else if (node->kind == JsonNode::Kind::Number)
        m = ReportJsonReader::amountFromNumber(node->text, &why);
    else
        ObjectReader::wrongType(*node, path, ReportJsonReader::tr("分数（如 \"9.5\"）"));
    const QString shown = JsonTree::excerpt(node->text);
    constexpr qint64 MillionthsPerCenti = Decimal::Scale / 100;
    if (!m || m->fen() % MillionthsPerCenti != 0)
        throw Refusal{path, ReportJsonReader::tr("“%1”不是最多两位小数的分数（如 \"9.5\"）").arg(shown)};
    if (m->isNegative() && !negativeAllowed)
        throw Refusal{path, ReportJsonReader::tr("分值不能为负数（%1）").arg(shown)};
    if (m->abs().fen() > qint64(1000000) * Decimal::Scale)
        throw Refusal{path, ReportJsonReader::tr("“%1”过大：分数不能超过1000000").arg(shown)};
    return m->fen() / MillionthsPerCenti;
}

TargetIndicator readTargetIndicator(ObjectReader &row)
{
    TargetIndicator t;
    t.level1 = row.text(QStringLiteral("level1"));
    t.level2 = row.text(QStringLiteral("level2"));
    t.name = row.text(QStringLiteral("name"));
    t.unit = row.text(QStringLiteral("unit"));
    t.direction = directionOf(row);
    if (t.isQualitative()) { // free texts: 年度指标值 and 实际完成值 in words
        t.targetText = row.text(QStringLiteral("target"));
        t.actualText = row.text(QStringLiteral("actual"));
    } else {
        t.target = row.decimal(QStringLiteral("target"));
        t.actual = row.decimal(QStringLiteral("actual"));
    }
    if (const std::optional<qint64> w = pointsOf(row, QStringLiteral("weight"), false))
        t.weight = Decimal::fromMillionths(*w * (Decimal::Scale / 100));
    t.tier = tierOf(row);
    t.scoreCenti = pointsOf(row, QStringLiteral("score"), true);
    t.deviation = row.text(QStringLiteral("deviation"));
    t.note = row.text(QStringLiteral("note"));
    t.unknown = row.unknown();
    return t;
}

SourceAmounts readSourceAmounts(ObjectReader o)
{
    SourceAmounts a;
    a.initial = o.amount(QStringLiteral("initial"));
    a.full = o.amount(QStringLiteral("full"));
    a.spent = o.amount(QStringLiteral("spent"));
    a.unknown = o.unknown();
    return a;
}

FundsBySource readFundsBySource(ObjectReader o)
{
    FundsBySource f;
    f.appropriation = readSourceAmounts(o.object(QStringLiteral("appropriation")));
    f.carryover = readSourceAmounts(o.object(QStringLiteral("carryover")));
    f.other = readSourceAmounts(o.object(QStringLiteral("other")));
    f.unknown = o.unknown();
    return f;
}

OverallGoal readOverallGoal(ObjectReader o)
{
    OverallGoal g;
    g.expected = o.text(QStringLiteral("expected"));
    g.achieved = o.text(QStringLiteral("achieved"));
    g.unknown = o.unknown();
    return g;
}

std::optional<QDate> dateOf(ObjectReader &o, const QString &key)
{
    const QString dateText = o.text(key);
    if (dateText.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid() || dateText.size() != 10)
        throw Refusal{o.pathOf(key), ReportJsonReader::tr("“%1”不是 YYYY-MM-DD 格式的日期").arg(JsonTree::excerpt(dateText))};
    return date;
}

Preparer readPreparer(ObjectReader o)
{
    Preparer p;
    p.name = o.text(QStringLiteral("name"));
    p.phone = o.text(QStringLiteral("phone"));
    p.date = dateOf(o, QStringLiteral("date"));
    p.unknown = o.unknown();
    return p;
}

BasicProjectAmounts readBasicProject(ObjectReader o)
{
    BasicProjectAmounts a;
    a.basic = o.amount(QStringLiteral("basic"));
    a.project = o.amount(QStringLiteral("project"));
    a.unknown = o.unknown();
    return a;
}

ThreePublicAmounts readThreePublic(ObjectReader o)
{
    ThreePublicAmounts a;
    a.reception = o.amount(QStringLiteral("reception"));
    a.vehicles = o.amount(QStringLiteral("vehicles"));
    a.overseas = o.amount(QStringLiteral("overseas"));
    a.unknown = o.unknown();
    return a;
}

TitledText readTitledText(ObjectReader &o)
{
    TitledText t;
    t.title = o.text(QStringLiteral("title"));
    t.text = o.text(QStringLiteral("text"));
    t.unknown = o.unknown();
    return t;
}

DepartmentProfile readProfile(ObjectReader o)
{
    DepartmentProfile p;
    p.overview = o.text(QStringLiteral("overview"));
    ObjectReader staff = o.object(QStringLiteral("staff"));
    p.staff.active = staff.count(QStringLiteral("active"));
    p.staff.retired = staff.count(QStringLiteral("retired"));
    p.staff.authorized = staff.count(QStringLiteral("authorized"));
    p.staff.unknown = staff.unknown();
    p.functions = o.texts(QStringLiteral("functions"));
    p.unknown = o.unknown();
    return p;
}

Budget readBudget(ObjectReader o)
{
    Budget b;
    b.carryoverIn = readBasicProject(o.object(QStringLiteral("carryover_in")));
    b.initial = readBasicProject(o.object(QStringLiteral("initial")));
    b.initialNote = o.text(QStringLiteral("initial_note"));
    b.threePublicBudget = readThreePublic(o.object(QStringLiteral("three_public_budget")));
    b.adjustments = o.list<BudgetAdjustment>(QStringLiteral("adjustments"), [](ObjectReader &row) {
        BudgetAdjustment a;
        a.item = row.text(QStringLiteral("item"));
        a.amount = row.amount(QStringLiteral("amount"));
        a.category = categoryOf(row);
        a.excluded = row.flag(QStringLiteral("excluded")).value_or(false);
        a.reason = row.text(QStringLiteral("reason"));
        a.unknown = row.unknown();
        return a;
    });
    b.unknown = o.unknown();
    return b;
}

Execution readExecution(ObjectReader o)
{
    Execution e;
    e.spent = readBasicProject(o.object(QStringLiteral("spent")));
    e.recovered = o.amount(QStringLiteral("recovered"));
    e.carryoverOut = o.amount(QStringLiteral("carryover_out"));
    e.carryoverOutNote = o.text(QStringLiteral("carryover_out_note"));
    e.threePublicActual = readThreePublic(o.object(QStringLiteral("three_public_actual")));
    e.receptionBatches = o.count(QStringLiteral("reception_batches"));
    e.receptionPersons = o.count(QStringLiteral("reception_persons"));
    e.threePublicNote = o.text(QStringLiteral("three_public_note"));
    ObjectReader p = o.object(QStringLiteral("procurement"));
    e.procurement.budget = p.amount(QStringLiteral("budget"));
    e.procurement.actual = p.amount(QStringLiteral("actual"));
    e.procurement.note = p.text(QStringLiteral("note"));
    e.procurement.unknown = p.unknown();
    e.unknown = o.unknown();
    return e;
}

Signature readSignature(ObjectReader o)
{
    Signature s;
    s.name = o.text(QStringLiteral("name"));
    s.date = dateOf(o, QStringLiteral("date"));
    s.unknown = o.unknown();
    return s;
}

Report readReport(const JsonNode &root)
{
    ObjectReader o = ObjectReader::of(root, QString());
    const QString format = ObjectReader::textOf(o.require(QStringLiteral("format")), QStringLiteral("format"));
    if (format != QLatin1String("jixiao.report"))
        throw Refusal{QStringLiteral("format"), ReportJsonReader::tr("“%1”不是绩效自评报告文件（应为 \"jixiao.report\"）").arg(JsonTree::excerpt(format))};
    const int version = ObjectReader::integerOf(o.require(QStringLiteral("version")), QStringLiteral("version"));
    if (version > ReportJsonReader::FormatVersion)
        throw Refusal{QStringLiteral("version"), ReportJsonReader::tr("版本 %1 由较新的绩效自评程序写出，本程序最高只能读取版本 %2，请升级程序。").arg(version).arg(ReportJsonReader::FormatVersion)};
    if (version < 1)
        throw Refusal{QStringLiteral("version"), ReportJsonReader::tr("不存在版本 %1").arg(version)};

    Report r;
    r.department = ObjectReader::textOf(o.require(QStringLiteral("department")), QStringLiteral("department"));
    r.year = ObjectReader::integerOf(o.require(QStringLiteral("year")), QStringLiteral("year"));
    r.title = o.text(QStringLiteral("title"));
    r.preamble = o.text(QStringLiteral("preamble"));
    r.profile = readProfile(o.object(QStringLiteral("profile")));
    r.budget = readBudget(o.object(QStringLiteral("budget")));
    r.execution = readExecution(o.object(QStringLiteral("execution")));
    r.management = o.list<ManagementItem>(QStringLiteral("management"), [](ObjectReader &row) {
        ManagementItem m;
        m.indicator = row.text(QStringLiteral("indicator"));
        m.compliant = row.flag(QStringLiteral("compliant"));
        m.text = row.text(QStringLiteral("text"));
        m.unknown = row.unknown();
        return m;
    });
    r.targets = o.list<TargetGroup>(QStringLiteral("targets"), [](ObjectReader &row) {
        TargetGroup g;
        g.title = row.text(QStringLiteral("title"));
        g.points = row.texts(QStringLiteral("points"));
        g.unknown = row.unknown();
        return g;
    });
    r.targetIndicators = o.list<TargetIndicator>(QStringLiteral("target_indicators"), readTargetIndicator);
    r.overallGoal = readOverallGoal(o.object(QStringLiteral("overall_goal")));
    r.preparer = readPreparer(o.object(QStringLiteral("preparer")));
    r.fundsBySource = readFundsBySource(o.object(QStringLiteral("funds_by_source")));
    r.problemsIntro = o.text(QStringLiteral("problems_intro"));
    r.problems = o.list<TitledText>(QStringLiteral("problems"), readTitledText);
    r.measures = o.list<TitledText>(QStringLiteral("measures"), readTitledText);
    r.signature = readSignature(o.object(QStringLiteral("signature")));
    QJsonObject extra = o.unknown();
    extra.remove(QStringLiteral("format"));
    extra.remove(QStringLiteral("version"));
    r.unknown = extra;
    return r;
}

} // namespace

QString ReportJsonReader::Result::message() const
{
    return path.isEmpty() ? problem : path + QStringLiteral(": ") + problem;
}

ReportJsonReader::Result ReportJsonReader::read(const QByteArray &utf8)
{
    Result result;
    const JsonTree::Result tree = JsonTree::parse(utf8);
    if (!tree.ok) {
        result.path = tree.path;
        result.problem = tree.error;
        return result;
    }
    try {
        result.report = readReport(tree.root);
    } catch (const Refusal &refusal) {
        result.path = refusal.path;
        result.problem = refusal.problem;
    }
    return result;
}

ReportJsonReader::Result ReportJsonReader::readFile(const QString &fileName)
{
    Result result;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = tr("无法打开 %1：%2").arg(fileName, FileProblem::whyNotOpened(file));
        return result;
    }
    if (file.size() > JsonTree::MaxBytes) {
        result.problem = tr("%1 大小为 %2 MB，超过了报告文件的上限 %3 MB")
                             .arg(fileName).arg(file.size() / (1024 * 1024)).arg(JsonTree::MaxBytes / (1024 * 1024));
        return result;
    }
    // Never readAll(): a device or a pipe (/dev/zero, a FIFO) reports size 0 and never ends.
    const QByteArray bytes = file.read(JsonTree::MaxBytes + 1);
    if (bytes.size() > JsonTree::MaxBytes) {
        result.problem = tr("%1 超过了报告文件的上限 %2 MB").arg(fileName).arg(JsonTree::MaxBytes / (1024 * 1024));
        return result;
    }
    return read(bytes);
}

std::optional<Money> ReportJsonReader::amountFromString(const QString &text, QString *why)
{
    // \\z, not $: PCRE's $ also matches before a final newline ("30.55\\n").
    static const QRegularExpression syntax(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]{1,6}))?\\z"));
    const QRegularExpressionMatch m = syntax.match(text);
    if (!m.hasMatch()) {
        static const QRegularExpression tooPrecise(QStringLiteral("^-?[0-9]+\\.[0-9]{7,}\\z"));
        *why = tooPrecise.match(text).hasMatch()
                   ? tr("“%1”的小数超过六位（万元金额最多精确到分）").arg(JsonTree::excerpt(text))
                   : tr("“%1”不是有效的金额：文件中的金额须以万元为单位，写成不带分隔符和单位、最多六位小数的数字，例如 \"30.55\"").arg(JsonTree::excerpt(text));
        return std::nullopt;
    }
    const std::optional<Money> value = Money::fromDecimalDigits(!m.captured(1).isEmpty(), m.capturedView(2), m.capturedView(3));
    if (!value)
        *why = tr("“%1”过大：金额必须小于 10^12 万元").arg(JsonTree::excerpt(text));
    return value;
}

std::optional<Money> ReportJsonReader::amountFromNumber(const QString &numberText, QString *why)
{
    // JSON number grammar (already checked by the parser): -?int(.frac)?([eE][+-]?exp)?
    static const QRegularExpression parts(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$"));
    const QRegularExpressionMatch m = parts.match(numberText);
    const QString digits = m.captured(2) + m.captured(3);
    bool exponentOk = true;
    const QString exponentText = m.captured(4);
    const qlonglong exponent = exponentText.isEmpty() ? 0 : exponentText.toLongLong(&exponentOk);
    // The value is digits × 10^(exponent − decimals written).
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == QLatin1Char('0'))
        ++first;
    if (first == digits.size())
        return Money(); // zero, whatever its exponent ("-0", "0e999")
    qsizetype last = digits.size() - 1;
    while (digits[last] == QLatin1Char('0'))
        --last;
    if (last - first + 1 > 15) {
        *why = tr("%1 的有效数字超过 15 位；请把金额写成文本，例如 \"30.55\"").arg(JsonTree::excerpt(numberText));
        return std::nullopt;
    }
    if (!exponentOk || exponent > 40 || exponent < -40) {
        *why = tr("%1 超出了金额的范围").arg(JsonTree::excerpt(numberText));
        return std::nullopt;
    }
    // Position of the decimal point, counted in digits from the left.
    const qlonglong point = m.captured(2).size() + exponent;
    const qlonglong decimals = qMax<qlonglong>(0, last + 1 - point);
    if (decimals > 6) {
        *why = tr("%1 的小数超过六位（万元金额最多精确到分）").arg(JsonTree::excerpt(numberText));
        return std::nullopt;
    }
    QString integerPart;
    QString fraction;
    for (qlonglong i = 0; i < qMax<qlonglong>(point, last + 1); ++i) {
        const QChar c = i < digits.size() ? digits[i] : QLatin1Char('0');
        if (i < point)
            integerPart += c;
        else
            fraction += c;
    }
    if (point < 0)
        fraction.prepend(QString(int(-point), QLatin1Char('0')));
    if (integerPart.isEmpty())
        integerPart = QStringLiteral("0");
    const std::optional<Money> value = Money::fromDecimalDigits(!m.captured(1).isEmpty(), integerPart, fraction);
    if (!value)
        *why = tr("%1 过大：金额必须小于 10^12 万元").arg(JsonTree::excerpt(numberText));
    return value;
}
