#include "ScoringScheme.h"

#include "FileProblem.h"
#include "JsonTree.h"
#include "ReportJsonReader.h"

#include <QFile>

namespace {

using Kind = JsonNode::Kind;

struct Refusal
{
    QString path;
    QString problem;
};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

const JsonNode &member(const JsonNode &object, const QString &path, const QString &key, Kind kind)
{
    const JsonNode *value = object.member(key);
    if (!value || value->kind == Kind::Null)
        throw Refusal{join(path, key), ScoringSchemeReader::tr("是必填项，但文件中没有")};
    if (value->kind != kind)
        throw Refusal{join(path, key), ScoringSchemeReader::tr("应为%1，实际是%2")
                                           .arg(JsonTree::kindName(kind), JsonTree::kindName(value->kind))};
    return *value;
}

QString text(const JsonNode &object, const QString &path, const QString &key, bool required = false)
{
    const JsonNode *value = object.member(key);
    if (!required && (!value || value->kind == Kind::Null))
        return QString();
    return member(object, path, key, Kind::String).text;
}

// A number with at most two decimals (points or percentages), in hundredths.
qint64 centiOf(const JsonNode &node, const QString &path)
{
    if (node.kind != Kind::Number)
        throw Refusal{path, ScoringSchemeReader::tr("应为数字，实际是%1").arg(JsonTree::kindName(node.kind))};
    QString why;
    const std::optional<Money> m = ReportJsonReader::amountFromNumber(node.text, &why);
    if (!m || m->fen() % 10000 != 0 || m->abs().fen() > qint64(100000) * Money::FenPerWan)
        throw Refusal{path, ScoringSchemeReader::tr("“%1”不是最多两位小数、绝对值不超过100000的数").arg(JsonTree::excerpt(node.text))};
    return m->fen() / 10000;
}

qint64 centi(const JsonNode &object, const QString &path, const QString &key)
{
    const JsonNode *value = object.member(key);
    if (!value || value->kind == Kind::Null)
        throw Refusal{join(path, key), ScoringSchemeReader::tr("是必填项，但文件中没有")};
    return centiOf(*value, join(path, key));
}

// "bands": at least one, each {max, score} with rising maxima (the last may have none) and a
// score within the item's weight.
QList<ScoreRule::Band> readBands(const JsonNode &node, const QString &path, qint64 weight)
{
    const QString bandsPath = join(path, QStringLiteral("bands"));
    const JsonNode &bands = member(node, path, QStringLiteral("bands"), Kind::Array);
    if (bands.items.empty())
        throw Refusal{bandsPath, ScoringSchemeReader::tr("至少需要一个分档")};
    QList<ScoreRule::Band> read;
    for (size_t i = 0; i < bands.items.size(); ++i) {
        const QString p = bandsPath + QStringLiteral("[%1]").arg(i);
        const JsonNode &b = bands.items[i];
        if (b.kind != Kind::Object)
            throw Refusal{p, ScoringSchemeReader::tr("应为对象")};
        ScoreRule::Band band;
        const JsonNode *max = b.member(QStringLiteral("max"));
        if (max && max->kind != Kind::Null)
            band.maxCentiPercent = centiOf(*max, join(p, QStringLiteral("max")));
        band.scoreCenti = centi(b, p, QStringLiteral("score"));
        if (band.scoreCenti < 0 || band.scoreCenti > weight)
            throw Refusal{join(p, QStringLiteral("score")), ScoringSchemeReader::tr("得分必须在0到分值之间")};
        if (!read.isEmpty() && (!read.last().maxCentiPercent
                                || (band.maxCentiPercent && *band.maxCentiPercent <= *read.last().maxCentiPercent)))
            throw Refusal{join(p, QStringLiteral("max")), ScoringSchemeReader::tr("分档的上限必须逐档增大")};
        read.append(band);
    }
    return read;
}

ScoreRule readRule(const JsonNode &node, const QString &path, qint64 weight)
{
    ScoreRule rule;
    const QString kind = text(node, path, QStringLiteral("kind"), true);
    auto indicator = [&] { rule.indicator = text(node, path, QStringLiteral("indicator"), true); };
    if (kind == QLatin1String("bands")) {
        rule.kind = ScoreRule::Kind::Bands;
        indicator();
        rule.bands = readBands(node, path, weight);
    } else if (kind == QLatin1String("linear")) {
        rule.kind = ScoreRule::Kind::Linear;
        indicator();
        rule.thresholdCentiPercent = centi(node, path, QStringLiteral("threshold"));
        rule.perPointCenti = centi(node, path, QStringLiteral("per_point"));
        if (rule.perPointCenti < 0)
            throw Refusal{join(path, QStringLiteral("per_point")), ScoringSchemeReader::tr("不能为负数")};
    } else if (kind == QLatin1String("ratio")) {
        rule.kind = ScoreRule::Kind::Ratio;
        indicator();
        rule.thresholdCentiPercent = centi(node, path, QStringLiteral("target"));
        if (rule.thresholdCentiPercent <= 0)
            throw Refusal{join(path, QStringLiteral("target")), ScoringSchemeReader::tr("必须大于0")};
    } else if (kind == QLatin1String("fund_balance")) {
        rule.kind = ScoreRule::Kind::FundBalance;
        rule.noneCenti = centi(node, path, QStringLiteral("none"));
        rule.withinCenti = centi(node, path, QStringLiteral("within_carryover_in"));
        rule.overCenti = centi(node, path, QStringLiteral("over"));
    } else if (kind == QLatin1String("checklist")) {
        rule.kind = ScoreRule::Kind::Checklist;
        const JsonNode &items = member(node, path, QStringLiteral("items"), Kind::Array);
        for (size_t i = 0; i < items.items.size(); ++i) {
            if (items.items[i].kind != Kind::String)
                throw Refusal{join(path, QStringLiteral("items[%1]").arg(i)), ScoringSchemeReader::tr("应为文本")};
            rule.checklist.append(items.items[i].text);
        }
        if (node.member(QStringLiteral("each")))
            rule.eachCenti = centi(node, path, QStringLiteral("each"));
    } else if (kind == QLatin1String("targets")) {
        rule.kind = ScoreRule::Kind::Targets;
    } else if (kind == QLatin1String("manual")) {
        rule.kind = ScoreRule::Kind::Manual;
    } else {
        throw Refusal{join(path, QStringLiteral("kind")),
                      ScoringSchemeReader::tr("“%1”不是已知的评分规则（bands、linear、ratio、fund_balance、checklist、targets、manual）").arg(JsonTree::excerpt(kind))};
    }
    return rule;
}

// A percentage or a number of points: present → its value, absent → `fallback`.
qint64 optionalCenti(const JsonNode &object, const QString &path, const QString &key, qint64 fallback)
{
    const JsonNode *value = object.member(key);
    return value && value->kind != Kind::Null ? centiOf(*value, join(path, key)) : fallback;
}

void requireRange(bool ok, const QString &path, const QString &problem)
{
    if (!ok)
        throw Refusal{path, problem};
}

// The member `key` of `node` when it is there and not null, which must then be an object.
const JsonNode *optionalObject(const JsonNode &node, const QString &path, const QString &key)
{
    const JsonNode *member = node.member(key);
    if (!member || member->kind == Kind::Null)
        return nullptr;
    if (member->kind != Kind::Object)
        throw Refusal{join(path, key), ScoringSchemeReader::tr("应为对象")};
    return member;
}

// "tiers": the lower bounds of 部分达成 and 达成, in percent of a row's weight.
void readTiers(const JsonNode &node, const QString &path, SelfEvaluationRules &rules)
{
    const JsonNode *tiers = optionalObject(node, path, QStringLiteral("tiers"));
    if (!tiers)
        return;
    const QString tiersPath = join(path, QStringLiteral("tiers"));
    rules.achievedMinCentiPercent = optionalCenti(*tiers, tiersPath, QStringLiteral("achieved"), rules.achievedMinCentiPercent);
    rules.partialMinCentiPercent = optionalCenti(*tiers, tiersPath, QStringLiteral("partial"), rules.partialMinCentiPercent);
    requireRange(0 < rules.partialMinCentiPercent && rules.partialMinCentiPercent < rules.achievedMinCentiPercent
                     && rules.achievedMinCentiPercent <= 10000,
                 tiersPath, ScoringSchemeReader::tr("档次下限须满足 0 < partial < achieved ≤ 100（分值的百分比）"));
}

// "over_achieved": from what share of its target a row counts as far over it.
void readOverAchieved(const JsonNode &node, const QString &path, SelfEvaluationRules &rules)
{
    const JsonNode *over = optionalObject(node, path, QStringLiteral("over_achieved"));
    if (!over)
        return;
    const QString overPath = join(path, QStringLiteral("over_achieved"));
    rules.overAchievedHigherCentiPercent = optionalCenti(*over, overPath, QStringLiteral("higher"), rules.overAchievedHigherCentiPercent);
    rules.overAchievedLowerCentiPercent = optionalCenti(*over, overPath, QStringLiteral("lower"), rules.overAchievedLowerCentiPercent);
    requireRange(rules.overAchievedHigherCentiPercent > 10000 && rules.overAchievedLowerCentiPercent > 0
                     && rules.overAchievedLowerCentiPercent < 10000,
                 overPath, ScoringSchemeReader::tr("higher 须大于100，lower 须在0到100之间（指标值的百分比）"));
}

// "ceilings": the total's ceiling below each 执行率, from the highest rate down; [] for none.
void readCeilings(const JsonNode &node, const QString &path, SelfEvaluationRules &rules)
{
    const JsonNode *ceilings = node.member(QStringLiteral("ceilings"));
    if (!ceilings || ceilings->kind == Kind::Null)
        return;
    const QString ceilingsPath = join(path, QStringLiteral("ceilings"));
    if (ceilings->kind != Kind::Array)
        throw Refusal{ceilingsPath, ScoringSchemeReader::tr("应为列表（空列表表示不设上限）")};
    rules.ceilings.clear();
    for (size_t i = 0; i < ceilings->items.size(); ++i) {
        const QString p = ceilingsPath + QStringLiteral("[%1]").arg(i);
        const JsonNode &c = ceilings->items[i];
        if (c.kind != Kind::Object)
            throw Refusal{p, ScoringSchemeReader::tr("应为对象")};
        const SelfEvaluationRules::Ceiling ceiling{centi(c, p, QStringLiteral("below")), centi(c, p, QStringLiteral("max"))};
        requireRange(ceiling.belowCentiPercent > 0 && ceiling.belowCentiPercent <= 10000, join(p, QStringLiteral("below")),
                     ScoringSchemeReader::tr("须在0到100之间（执行率的百分比）"));
        requireRange(ceiling.maxCenti >= 0 && ceiling.maxCenti <= 10000, join(p, QStringLiteral("max")),
                     ScoringSchemeReader::tr("须在0到100分之间"));
        requireRange(rules.ceilings.isEmpty() || ceiling.belowCentiPercent < rules.ceilings.last().belowCentiPercent,
                     join(p, QStringLiteral("below")), ScoringSchemeReader::tr("各档执行率须从高到低排列"));
        rules.ceilings.append(ceiling);
    }
}

// "self_evaluation": every key optional, the spec's value when absent; "ceilings": [] turns
// the ceilings off.
SelfEvaluationRules readSelfEvaluation(const JsonNode &root)
{
    SelfEvaluationRules rules;
    const QString path = QStringLiteral("self_evaluation");
    const JsonNode *node = optionalObject(root, QString(), path);
    if (!node)
        return rules;
    const QString executionKey = QStringLiteral("execution_weight");
    rules.executionWeightCenti = optionalCenti(*node, path, executionKey, rules.executionWeightCenti);
    rules.indicatorWeightCenti = optionalCenti(*node, path, QStringLiteral("indicator_weight"), rules.indicatorWeightCenti);
    requireRange(rules.executionWeightCenti >= 0 && rules.indicatorWeightCenti > 0
                     && rules.executionWeightCenti + rules.indicatorWeightCenti == 10000,
                 join(path, executionKey), ScoringSchemeReader::tr("预算执行和绩效指标两部分的分值须为正数，合计100分"));
    readTiers(*node, path, rules);
    readOverAchieved(*node, path, rules);
    const QString marginKey = QStringLiteral("score_exceeds_execution_margin");
    rules.scoreExecutionMarginCentiPercent = optionalCenti(*node, path, marginKey, rules.scoreExecutionMarginCentiPercent);
    requireRange(rules.scoreExecutionMarginCentiPercent >= 0 && rules.scoreExecutionMarginCentiPercent < 10000,
                 join(path, marginKey), ScoringSchemeReader::tr("须在0到100之间（百分比）"));
    const QString unspentKey = QStringLiteral("large_unspent_below");
    rules.unspentBelowCentiPercent = optionalCenti(*node, path, unspentKey, rules.unspentBelowCentiPercent);
    requireRange(rules.unspentBelowCentiPercent >= 0 && rules.unspentBelowCentiPercent <= 10000,
                 join(path, unspentKey), ScoringSchemeReader::tr("须在0到100之间（百分比）"));
    readCeilings(*node, path, rules);
    return rules;
}

ScoringScheme readScheme(const JsonNode &root)
{
    if (root.kind != Kind::Object)
        throw Refusal{QString(), ScoringSchemeReader::tr("评分方案文件应为一个 JSON 对象")};
    if (text(root, QString(), QStringLiteral("format"), true) != QLatin1String("jixiao.scheme"))
        throw Refusal{QStringLiteral("format"), ScoringSchemeReader::tr("不是评分方案文件（应为 \"jixiao.scheme\"）")};
    ScoringScheme scheme;
    scheme.name = text(root, QString(), QStringLiteral("name"), true);

    const JsonNode &items = member(root, QString(), QStringLiteral("items"), Kind::Array);
    qint64 total = 0;
    QStringList ids;
    for (size_t i = 0; i < items.items.size(); ++i) {
        const QString p = QStringLiteral("items[%1]").arg(i);
        const JsonNode &node = items.items[i];
        if (node.kind != Kind::Object)
            throw Refusal{p, ScoringSchemeReader::tr("应为对象")};
        ScoreItemDefinition item;
        item.id = text(node, p, QStringLiteral("id"), true);
        if (ids.contains(item.id))
            throw Refusal{join(p, QStringLiteral("id")), ScoringSchemeReader::tr("编号“%1”重复").arg(JsonTree::excerpt(item.id))};
        ids.append(item.id);
        item.level1 = text(node, p, QStringLiteral("level1"));
        item.level2 = text(node, p, QStringLiteral("level2"));
        item.name = text(node, p, QStringLiteral("name"), true);
        item.description = text(node, p, QStringLiteral("description"));
        item.weightCenti = centi(node, p, QStringLiteral("weight"));
        if (item.weightCenti <= 0)
            throw Refusal{join(p, QStringLiteral("weight")), ScoringSchemeReader::tr("分值必须大于0")};
        const JsonNode &rule = member(node, p, QStringLiteral("rule"), Kind::Object);
        item.rule = readRule(rule, join(p, QStringLiteral("rule")), item.weightCenti);
        total += item.weightCenti;
        scheme.items.append(item);
    }
    if (total != 10000)
        throw Refusal{QStringLiteral("items"), ScoringSchemeReader::tr("各项分值合计为%1分，应为100分")
                                                   .arg(double(total) / 100.0, 0, 'f', 2)};

    const JsonNode &grades = member(root, QString(), QStringLiteral("grades"), Kind::Array);
    for (size_t i = 0; i < grades.items.size(); ++i) {
        const QString p = QStringLiteral("grades[%1]").arg(i);
        const JsonNode &node = grades.items[i];
        if (node.kind != Kind::Object)
            throw Refusal{p, ScoringSchemeReader::tr("应为对象")};
        GradeBand band{centi(node, p, QStringLiteral("min")), text(node, p, QStringLiteral("grade"), true)};
        if (!scheme.grades.isEmpty() && band.minCenti >= scheme.grades.last().minCenti)
            throw Refusal{join(p, QStringLiteral("min")), ScoringSchemeReader::tr("等级须按分数从高到低排列")};
        scheme.grades.append(band);
    }
    if (scheme.grades.isEmpty() || scheme.grades.last().minCenti > 0)
        throw Refusal{QStringLiteral("grades"), ScoringSchemeReader::tr("最低一档等级的下限必须是0分")};
    scheme.selfEvaluation = readSelfEvaluation(root);
    return scheme;
}

} // namespace

QString ScoringScheme::gradeFor(qint64 totalCenti) const
{
    for (const GradeBand &g : grades) {
        if (totalCenti >= g.minCenti)
            return g.grade;
    }
    return grades.isEmpty() ? QString() : grades.last().grade;
}

ScoringSchemeReader::Result ScoringSchemeReader::read(const QByteArray &utf8)
{
    Result result;
    const JsonTree::Result tree = JsonTree::parse(utf8);
    if (!tree.ok) {
        result.message = tree.path.isEmpty() ? tree.error : tree.path + QStringLiteral(": ") + tree.error;
        return result;
    }
    try {
        result.scheme = readScheme(tree.root);
    } catch (const Refusal &r) {
        result.message = r.path.isEmpty() ? r.problem : r.path + QStringLiteral(": ") + r.problem;
    }
    return result;
}

ScoringSchemeReader::Result ScoringSchemeReader::readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.message = tr("无法打开评分方案 %1：%2").arg(fileName, FileProblem::whyNotOpened(file));
        return result;
    }
    Result result = read(file.read(JsonTree::MaxBytes + 1));
    if (!result.scheme)
        result.message = fileName + QStringLiteral(": ") + result.message;
    return result;
}

ScoringScheme ScoringSchemeReader::builtIn()
{
    static const ScoringScheme scheme = [] {
        const Result r = readFile(QStringLiteral(":/schemes/hunan.json"));
        // The built-in file is tested; a broken build must not start with a wrong table.
        Q_ASSERT_X(r.scheme, "ScoringSchemeReader::builtIn", qPrintable(r.message));
        return r.scheme.value_or(ScoringScheme());
    }();
    return scheme;
}

ScoringSchemeReader::Loaded ScoringSchemeReader::loadOrBuiltIn(const QString &fileName)
{
    Loaded loaded;
    if (!fileName.isEmpty()) {
        Result r = readFile(fileName);
        if (r.scheme) {
            loaded.scheme = std::move(*r.scheme);
            loaded.builtIn = false;
            return loaded;
        }
        loaded.problem = tr("评分方案无法使用，已改用内置的默认方案。%1").arg(r.message);
    }
    loaded.scheme = builtIn();
    return loaded;
}
