#include "ReportJsonWriter.h"

#include "ReportJsonReader.h"
#include "TestReports.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The exchange format round-trips losslessly: read, write, read gives equal data, and keys
// the program does not know survive (report-format.md).
namespace {

Report readOrFail(const QByteArray &bytes)
{
    const ReportJsonReader::Result r = ReportJsonReader::read(bytes);
    if (!r.ok())
        qFatal("refused: %s", qPrintable(r.message()));
    return *r.report;
}

// Every addition of format version 2 (self-evaluation-table.md) on top of everyField().
Report everyVersion2Field(Report r)
{
    using TestReports::wan;
    TargetIndicator q;
    q.level1 = QStringLiteral("效益指标");
    q.name = QStringLiteral("“一网通办”体系运行");
    q.direction = TargetDirection::Qualitative;
    q.targetText = QStringLiteral("平稳运行");
    q.actualText = QStringLiteral("全年平稳运行\n数据共享持续推进");
    q.weight = Decimal::fromMillionths(7500000);
    q.tier = QualitativeTier::NotAchieved;
    q.scoreCenti = 305;
    q.deviation = QStringLiteral("接口未接入；下年推进。");
    r.targetIndicators.append(q);
    r.overallGoal = {QStringLiteral("预期目标"), QStringLiteral("实际完成"), {}};
    r.preparer.name = QStringLiteral("王五");
    r.preparer.phone = QStringLiteral("0731-58880000");
    r.preparer.date = QDate(2024, 3, 1);
    r.fundsBySource.appropriation = {wan("300"), wan("300"), wan("285.5"), {}};
    r.fundsBySource.carryover.full = wan("30");
    return r;
}

// Every field set, with the awkward values: 调减, a transfer, one 分, texts with quotes,
// backslashes, line breaks, control characters and characters outside the BMP.
Report everyField()
{
    using TestReports::wan;
    Report r = TestReports::simple();
    r.title = QStringLiteral("部门整体支出预算绩效自评报告");
    r.preamble = QStringLiteral("第一段\n第二段 \"引号\" \\反斜杠\\ \t制表\u0001控制 😀");
    r.profile.overview = QStringLiteral("概况");
    r.profile.staff.retired = 5;
    r.profile.functions = {QStringLiteral("职能一"), QStringLiteral("职能二")};
    r.budget.initialNote = QStringLiteral("均系项目性专项");
    r.budget.adjustments = {
        TestReports::adjustment("-12.5", AdjustmentCategory::Basic, false, "压减"),
        TestReports::adjustment("0.000001", AdjustmentCategory::Project, true, ""),
        TestReports::adjustment("8", AdjustmentCategory::Transfer, false, "结构调整"),
        TestReports::adjustment("-3", AdjustmentCategory::Transfer, true, "回调"),
    };
    r.budget.adjustments[1].amount.reset(); // a row whose amount is not given
    r.execution.recovered = wan("0.5");
    r.execution.carryoverOutNote = QStringLiteral("结转说明");
    r.execution.threePublicNote = QStringLiteral("说明");
    r.execution.procurement.note = QStringLiteral("服务类");
    r.management = {{QStringLiteral("专账核算"), true, QStringLiteral("单独核算"), {}},
                    {QStringLiteral("管理制度健全性"), std::nullopt, QString(), {}}};
    r.targets = {{QString(), {QStringLiteral("①"), QStringLiteral("②")}, {}},
                 {QStringLiteral("第二组"), {}, {}}};
    TargetIndicator t;
    t.level1 = QStringLiteral("产出指标");
    t.level2 = QStringLiteral("数量指标");
    t.name = QStringLiteral("接听、外拨电话");
    t.unit = QStringLiteral("万个");
    t.direction = TargetDirection::Exact;
    t.target = Decimal::fromInt(50);
    t.actual = Decimal::fromMillionths(50030000);
    t.weight = Decimal::fromInt(3);
    t.note = QStringLiteral("备注");
    r.targetIndicators = {t, TargetIndicator()};
    r.problemsIntro = QStringLiteral("引言");
    r.problems = {{QStringLiteral("问题"), QStringLiteral("文字"), {}}};
    r.measures = {{QStringLiteral("措施"), QStringLiteral("文字"), {}}};
    r.signature.name = QStringLiteral("测试局");
    r.signature.date = QDate(2024, 3, 31);
    return r;
}

} // namespace

class TestReportJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleRoundTrips()
    {
        const Report first = TestReports::sample();
        const QByteArray written = ReportJsonWriter::write(first);
        const Report second = readOrFail(written);
        QCOMPARE(second, first);
        // Writing again gives the same bytes.
        QCOMPARE(ReportJsonWriter::write(second), written);
    }

    void sampleKeepsItsValues()
    {
        // The written file says the same as the example, key by key, amounts as exact text.
        const QJsonObject original = QJsonDocument::fromJson(TestReports::sampleBytes()).object();
        const QJsonObject written = QJsonDocument::fromJson(ReportJsonWriter::write(TestReports::sample())).object();
        QCOMPARE(written.value(QStringLiteral("department")), original.value(QStringLiteral("department")));
        QCOMPARE(written.value(QStringLiteral("targets")), original.value(QStringLiteral("targets")));
        QCOMPARE(written.value(QStringLiteral("profile")), original.value(QStringLiteral("profile")));
        const QJsonObject budget = written.value(QStringLiteral("budget")).toObject();
        QCOMPARE(budget.value(QStringLiteral("carryover_in")).toObject().value(QStringLiteral("project")).toString(),
                 QStringLiteral("30.55"));
        const QJsonArray adjustments = budget.value(QStringLiteral("adjustments")).toArray();
        QCOMPARE(adjustments.size(), 7);
        QCOMPARE(adjustments[4].toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("172.5"));
    }

    void everyFieldRoundTrips()
    {
        const Report first = everyField();
        const QByteArray written = ReportJsonWriter::write(first);
        QJsonParseError error;
        QJsonDocument::fromJson(written, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Report second = readOrFail(written);
        QCOMPARE(second.preamble, first.preamble);
        QCOMPARE(second.budget.adjustments, first.budget.adjustments);
        QCOMPARE(second.targetIndicators, first.targetIndicators);
        QCOMPARE(second.management, first.management);
        QCOMPARE(second, first);
    }

    void writesAmountsExactlyAndNotGivenAsNull()
    {
        const QByteArray written = ReportJsonWriter::write(everyField());
        QVERIFY(written.contains(R"("amount": "-12.5")"));
        QVERIFY(written.contains(R"("amount": null)"));
        QVERIFY(written.contains(R"("recovered": "0.5")"));
        QVERIFY(written.contains(R"("weight": "3")"));
        QVERIFY(written.contains(R"("date": "2024-03-31")"));
        QVERIFY(written.startsWith("{\n  \"format\": \"jixiao.report\",\n  \"version\": 1,"));
        const QByteArray empty = ReportJsonWriter::write(Report());
        QVERIFY(empty.contains(R"("carryover_out": null)"));
        QVERIFY(empty.contains(R"("authorized": null)"));
        QCOMPARE(readOrFail(empty), Report());
    }

    void version2RoundTrips()
    {
        const Report first = everyVersion2Field(everyField());
        QCOMPARE(first.formatVersion(), 2);
        const QByteArray written = ReportJsonWriter::write(first);
        QVERIFY(written.startsWith("{\n  \"format\": \"jixiao.report\",\n  \"version\": 2,"));
        QVERIFY(written.contains(R"("weight": "7.5")"));
        QVERIFY(written.contains(R"("score": "3.05")"));
        QVERIFY(written.contains(R"("tier": "not_achieved")"));
        QVERIFY(written.contains(R"("target": "平稳运行")"));
        const Report second = readOrFail(written);
        QCOMPARE(second.targetIndicators, first.targetIndicators);
        QCOMPARE(second.fundsBySource, first.fundsBySource);
        QCOMPARE(second.preparer, first.preparer);
        QCOMPARE(second, first);
        QCOMPARE(ReportJsonWriter::write(second), written);
    }

    void version2UnknownKeysSurvive()
    {
        QByteArray bytes = ReportJsonWriter::write(TestReports::simple());
        bytes.replace("\"problems_intro\"",
                      R"("overall_goal": {"expected": "e", "x_goal": [1]},
                         "preparer": {"x_prep": {"a": 1}},
                         "funds_by_source": {"x_funds": 2, "other": {"initial": "1", "x_other": "o"}},
                         "problems_intro")");
        const Report first = readOrFail(bytes);
        QCOMPARE(first.overallGoal.unknown.value(QStringLiteral("x_goal")), QJsonValue(QJsonArray{1}));
        QCOMPARE(first.preparer.unknown.value(QStringLiteral("x_prep")).toObject().value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(first.fundsBySource.unknown.value(QStringLiteral("x_funds")).toInt(), 2);
        QCOMPARE(first.fundsBySource.other.unknown.value(QStringLiteral("x_other")).toString(), QStringLiteral("o"));
        const QByteArray written = ReportJsonWriter::write(first);
        QCOMPARE(readOrFail(written), first);
        // An addition that holds only an unknown key is still written (version 2).
        Report onlyUnknown = TestReports::simple();
        onlyUnknown.preparer.unknown.insert(QStringLiteral("x"), 1);
        QCOMPARE(readOrFail(ReportJsonWriter::write(onlyUnknown)), onlyUnknown);
    }

    void tableExampleRoundTrips()
    {
        const Report first = TestReports::tableExample();
        const QByteArray written = ReportJsonWriter::write(first);
        QVERIFY(written.contains("\"version\": 2,"));
        QCOMPARE(readOrFail(written), first);
        // Key by key the same as the example (its weights as numbers, ours as exact strings).
        QFile file(TestReports::tableExamplePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject out = QJsonDocument::fromJson(written).object();
        QCOMPARE(out.value(QStringLiteral("overall_goal")), original.value(QStringLiteral("overall_goal")));
        const QJsonArray rows = out.value(QStringLiteral("target_indicators")).toArray();
        const QJsonArray originalRows = original.value(QStringLiteral("target_indicators")).toArray();
        QCOMPARE(rows.size(), originalRows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject a = rows[i].toObject();
            QJsonObject b = originalRows[i].toObject();
            QCOMPARE(a.take(QStringLiteral("weight")).toString().toDouble(), b.take(QStringLiteral("weight")).toDouble());
            if (a.value(QStringLiteral("deviation")).toString().isEmpty()) // written only when given
                b.remove(QStringLiteral("deviation"));
            QCOMPARE(a, b);
        }
    }

    void version1WhenNoAdditionIsUsed()
    {
        // Each addition on its own makes version 2; without them the file stays version 1.
        const QList<std::pair<const char *, ReportEdit>> additions = {
            {"overall goal", [](Report &r) { r.overallGoal.achieved = QStringLiteral("完成"); }},
            {"preparer", [](Report &r) { r.preparer.phone = QStringLiteral("1"); }},
            {"funds by source", [](Report &r) { r.fundsBySource.other.spent = Money(); }},
            {"qualitative", [](Report &r) {
                 TargetIndicator &t = r.targetIndicators[0];
                 t.direction = TargetDirection::Qualitative;
                 t.target.reset();
                 t.actual.reset();
                 t.targetText = QStringLiteral("平稳运行");
             }},
            {"tier", [](Report &r) { r.targetIndicators[0].tier = QualitativeTier::Achieved; }},
            {"score", [](Report &r) { r.targetIndicators[0].scoreCenti = 0; }},
            {"deviation", [](Report &r) { r.targetIndicators[0].deviation = QStringLiteral("原因"); }},
            {"decimal weight", [](Report &r) { r.targetIndicators[0].weight = Decimal::fromMillionths(10000); }},
        };
        const Report plain = everyField();
        QCOMPARE(plain.formatVersion(), 1);
        const QByteArray written = ReportJsonWriter::write(plain);
        for (const char *key : {"overall_goal", "preparer", "funds_by_source", "tier", "score", "deviation"})
            QVERIFY2(!written.contains(QByteArray("\"") + key + "\""), key);
        for (const auto &[name, edit] : additions) {
            Report r = plain;
            edit(r);
            QVERIFY2(r.formatVersion() == 2, name);
            const QByteArray bytes = ReportJsonWriter::write(r);
            QVERIFY2(bytes.contains("\"version\": 2,"), name);
            QVERIFY2(readOrFail(bytes) == r, name);
        }
    }

    void unknownKeysSurviveAtEveryLevel()
    {
        QJsonObject root = QJsonDocument::fromJson(TestReports::sampleBytes()).object();
        const QJsonValue nested = QJsonObject{{QStringLiteral("list"), QJsonArray{1, QStringLiteral("二"), QJsonValue::Null, true}},
                                              {QStringLiteral("deep"), QJsonObject{{QStringLiteral("x"), 2.5}}}};
        auto edit = [](QJsonObject &object, const QString &key, const std::function<void(QJsonObject &)> &f) {
            QJsonObject child = object.value(key).toObject();
            f(child);
            object.insert(key, child);
        };
        auto editRow = [](QJsonObject &object, const QString &key, int row, const std::function<void(QJsonObject &)> &f) {
            QJsonArray rows = object.value(key).toArray();
            QJsonObject child = rows[row].toObject();
            f(child);
            rows[row] = child;
            object.insert(key, rows);
        };
        root.insert(QStringLiteral("x_top"), nested);
        edit(root, QStringLiteral("profile"), [&](QJsonObject &p) {
            p.insert(QStringLiteral("x_profile"), QStringLiteral("p"));
            edit(p, QStringLiteral("staff"), [](QJsonObject &s) { s.insert(QStringLiteral("x_staff"), 7); });
        });
        edit(root, QStringLiteral("budget"), [&](QJsonObject &b) {
            b.insert(QStringLiteral("x_budget"), false);
            edit(b, QStringLiteral("carryover_in"), [](QJsonObject &c) { c.insert(QStringLiteral("x_carry"), QStringLiteral("c")); });
            editRow(b, QStringLiteral("adjustments"), 2, [&](QJsonObject &a) { a.insert(QStringLiteral("x_row"), nested); });
        });
        edit(root, QStringLiteral("execution"), [&](QJsonObject &e) {
            edit(e, QStringLiteral("procurement"), [](QJsonObject &p) { p.insert(QStringLiteral("x_proc"), QJsonArray{}); });
        });
        editRow(root, QStringLiteral("management"), 0, [](QJsonObject &m) { m.insert(QStringLiteral("x_mgmt"), 1); });
        editRow(root, QStringLiteral("targets"), 1, [](QJsonObject &t) { t.insert(QStringLiteral("x_target"), 1); });
        edit(root, QStringLiteral("signature"), [](QJsonObject &s) { s.insert(QStringLiteral("x_sig"), QStringLiteral("盖章")); });

        const Report first = readOrFail(QJsonDocument(root).toJson());
        QCOMPARE(first.unknown.value(QStringLiteral("x_top")), nested);
        QCOMPARE(first.budget.adjustments[2].unknown.value(QStringLiteral("x_row")), nested);
        const QByteArray written = ReportJsonWriter::write(first);
        const Report second = readOrFail(written);
        QCOMPARE(second, first);

        // Compare the written file with what went in, key by key.
        const QJsonObject out = QJsonDocument::fromJson(written).object();
        QCOMPARE(out.value(QStringLiteral("x_top")), nested);
        QCOMPARE(out.value(QStringLiteral("profile")).toObject().value(QStringLiteral("x_profile")).toString(), QStringLiteral("p"));
        QCOMPARE(out.value(QStringLiteral("profile")).toObject().value(QStringLiteral("staff")).toObject().value(QStringLiteral("x_staff")).toInt(), 7);
        const QJsonObject budget = out.value(QStringLiteral("budget")).toObject();
        QCOMPARE(budget.value(QStringLiteral("x_budget")), QJsonValue(false));
        QCOMPARE(budget.value(QStringLiteral("carryover_in")).toObject().value(QStringLiteral("x_carry")).toString(), QStringLiteral("c"));
        QCOMPARE(budget.value(QStringLiteral("adjustments")).toArray()[2].toObject().value(QStringLiteral("x_row")), nested);
        QCOMPARE(out.value(QStringLiteral("execution")).toObject().value(QStringLiteral("procurement")).toObject().value(QStringLiteral("x_proc")), QJsonValue(QJsonArray{}));
        QCOMPARE(out.value(QStringLiteral("management")).toArray()[0].toObject().value(QStringLiteral("x_mgmt")).toInt(), 1);
        QCOMPARE(out.value(QStringLiteral("targets")).toArray()[1].toObject().value(QStringLiteral("x_target")).toInt(), 1);
        QCOMPARE(out.value(QStringLiteral("signature")).toObject().value(QStringLiteral("x_sig")).toString(), QStringLiteral("盖章"));
    }
};

QTEST_GUILESS_MAIN(TestReportJsonWriter)
#include "tst_reportjsonwriter.moc"
