#include "ScoringScheme.h"

#include "ScoringTestSchemes.h"
#include "TestReports.h"

#include <QTemporaryDir>
#include <QTest>

// Scoring schemes are data users edit: the built-in one is complete and adds up to 100, and a
// broken file is refused with the path of what is wrong.
namespace {

QByteArray withItem(const QByteArray &rule, int weight = 3)
{
    return ScoringTestSchemes::json(rule, weight);
}

} // namespace

class TestScoringSchemeReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInScheme()
    {
        const ScoringScheme s = ScoringSchemeReader::builtIn();
        QVERIFY(!s.name.isEmpty());
        qint64 total = 0;
        QStringList ids;
        for (const ScoreItemDefinition &item : s.items) {
            total += item.weightCenti;
            QVERIFY2(!ids.contains(item.id), qPrintable(item.id));
            ids.append(item.id);
            QVERIFY2(TestReports::isChinese(item.name), qPrintable(item.id));
            QVERIFY2(!item.level1.isEmpty() && !item.level2.isEmpty(), qPrintable(item.id));
        }
        QCOMPARE(total, qint64(10000));
        for (const char *id : {"budget_adjustment_rate", "fund_balance", "three_public_control_rate",
                               "staff_control_rate", "three_public_change_rate"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        auto item = [&s](const char *id) {
            for (const ScoreItemDefinition &i : s.items) {
                if (i.id == QLatin1String(id))
                    return i;
            }
            return ScoreItemDefinition();
        };
        // The known Hunan weights and rules (domain.md).
        QCOMPARE(item("budget_adjustment_rate").weightCenti, qint64(300));
        QCOMPARE(item("budget_adjustment_rate").rule.kind, ScoreRule::Kind::Bands);
        QCOMPARE(item("fund_balance").weightCenti, qint64(300));
        QCOMPARE(item("fund_balance").rule.withinCenti, qint64(200));
        QCOMPARE(item("three_public_control_rate").weightCenti, qint64(600));
        QCOMPARE(item("three_public_control_rate").rule.perPointCenti, qint64(100));
        QCOMPARE(item("staff_control_rate").weightCenti, qint64(500));
        QCOMPARE(item("staff_control_rate").rule.perPointCenti, qint64(50));
        QCOMPARE(item("three_public_change_rate").weightCenti, qint64(500));
        QCOMPARE(item("three_public_change_rate").rule.thresholdCentiPercent, qint64(0));
        QCOMPARE(item("management_rules").rule.kind, ScoreRule::Kind::Checklist);
        // Grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差.
        QCOMPARE(s.grades.size(), 4);
        QCOMPARE(s.grades[0].minCenti, qint64(9000));
        QCOMPARE(s.grades[3].grade, QStringLiteral("差"));
    }

    void builtInFileIsTheResource()
    {
        QFile file(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/schemes/hunan.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ScoringSchemeReader::Result r = ScoringSchemeReader::read(file.readAll());
        QVERIFY2(r.scheme, qPrintable(r.message));
        QCOMPARE(*r.scheme, ScoringSchemeReader::builtIn());
    }

    void readsEveryRuleKind()
    {
        const ScoringScheme bands = ScoringTestSchemes::scheme(
            R"({"kind":"bands","indicator":"budget_adjustment_rate","bands":[{"max":0,"score":3},{"max":10.5,"score":2},{"score":0}]})", 3);
        QCOMPARE(bands.items[0].rule.bands.size(), 3);
        QCOMPARE(bands.items[0].rule.bands[1].maxCentiPercent, std::optional<qint64>(1050));
        QVERIFY(!bands.items[0].rule.bands[2].maxCentiPercent);
        const ScoringScheme linear = ScoringTestSchemes::scheme(
            R"({"kind":"linear","indicator":"staff_control_rate","threshold":100,"per_point":0.25})", 5);
        QCOMPARE(linear.items[0].rule.perPointCenti, qint64(25));
        QCOMPARE(linear.items[0].rule.thresholdCentiPercent, qint64(10000));
        const ScoringScheme checklist = ScoringTestSchemes::scheme(R"({"kind":"checklist","items":["专账核算"]})", 3);
        QCOMPARE(checklist.items[0].rule.eachCenti, qint64(100)); // one point each by default
        QCOMPARE(ScoringTestSchemes::scheme(R"({"kind":"targets"})", 10).items[0].rule.kind, ScoreRule::Kind::Targets);
    }

    void refusesWithPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");

        QTest::newRow("not an object") << QByteArray("[]") << "";
        QTest::newRow("wrong format") << withItem(R"({"kind":"manual"})").replace("jixiao.scheme", "jixiao.report") << "format";
        QTest::newRow("no name") << withItem(R"({"kind":"manual"})").replace(R"("name":"测试方案",)", "") << "name";
        QTest::newRow("items not a list") << QByteArray(R"({"format":"jixiao.scheme","name":"n","items":{},"grades":[]})") << "items";
        QTest::newRow("weights add to 99") << withItem(R"({"kind":"manual"})").replace(R"("weight":97)", R"("weight":96)") << "items";
        QTest::newRow("weight zero") << withItem(R"({"kind":"manual"})", 0) << "items[0].weight";
        QTest::newRow("weight three decimals") << withItem(R"({"kind":"manual"})").replace(R"("weight":3)", R"("weight":3.001)") << "items[0].weight";
        QTest::newRow("weight as text") << withItem(R"({"kind":"manual"})").replace(R"("weight":3)", R"("weight":"3")") << "items[0].weight";
        QTest::newRow("duplicate id") << withItem(R"({"kind":"manual"})").replace(R"("id":"rest")", R"("id":"x")") << "items[1].id";
        QTest::newRow("rule missing") << withItem(R"({"kind":"manual"})").replace(R"(,"rule":{"kind":"manual"}})", "}") << "items[0].rule";
        QTest::newRow("unknown kind") << withItem(R"({"kind":"magic"})") << "items[0].rule.kind";
        QTest::newRow("bands without indicator") << withItem(R"({"kind":"bands","bands":[{"score":1}]})") << "items[0].rule.indicator";
        QTest::newRow("bands empty") << withItem(R"({"kind":"bands","indicator":"i","bands":[]})") << "items[0].rule.bands";
        QTest::newRow("band not ascending")
            << withItem(R"({"kind":"bands","indicator":"i","bands":[{"max":10,"score":1},{"max":5,"score":0}]})") << "items[0].rule.bands[1].max";
        QTest::newRow("band after open band")
            << withItem(R"({"kind":"bands","indicator":"i","bands":[{"score":1},{"max":5,"score":0}]})") << "items[0].rule.bands[1].max";
        QTest::newRow("band over weight")
            << withItem(R"({"kind":"bands","indicator":"i","bands":[{"max":0,"score":4}]})") << "items[0].rule.bands[0].score";
        QTest::newRow("band not an object") << withItem(R"({"kind":"bands","indicator":"i","bands":[1]})") << "items[0].rule.bands[0]";
        QTest::newRow("linear no threshold") << withItem(R"({"kind":"linear","indicator":"i","per_point":1})") << "items[0].rule.threshold";
        QTest::newRow("linear negative per point")
            << withItem(R"({"kind":"linear","indicator":"i","threshold":100,"per_point":-1})") << "items[0].rule.per_point";
        QTest::newRow("ratio target 0") << withItem(R"({"kind":"ratio","indicator":"i","target":0})") << "items[0].rule.target";
        QTest::newRow("fund balance incomplete") << withItem(R"({"kind":"fund_balance","none":3,"over":0})") << "items[0].rule.within_carryover_in";
        QTest::newRow("checklist item not text") << withItem(R"({"kind":"checklist","items":["a",1]})") << "items[0].rule.items[1]";
        QTest::newRow("grades not descending")
            << withItem(R"({"kind":"manual"})").replace(R"({"min":80,"grade":"良"})", R"({"min":95,"grade":"良"})") << "grades[1].min";
        QTest::newRow("lowest grade above 0")
            << QByteArray(ScoringTestSchemes::json(R"({"kind":"manual"})", 3, R"([{"min":90,"grade":"优"},{"min":60,"grade":"中"}])")) << "grades";
        QTest::newRow("duplicate key") << withItem(R"({"kind":"manual","kind":"targets"})") << "items[0].rule.kind";
        QTest::newRow("truncated") << withItem(R"({"kind":"manual"})").left(60) << "";
    }
    void refusesWithPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const ScoringSchemeReader::Result r = ScoringSchemeReader::read(json);
        QVERIFY2(!r.scheme, "accepted a broken scheme");
        QVERIFY(TestReports::isChinese(r.message));
        if (!path.isEmpty())
            QVERIFY2(r.message.startsWith(path + QStringLiteral(": ")), qPrintable(r.message));
    }

    void fileErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("broken.json"));
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withItem(R"({"kind":"magic"})"));
        file.close();
        const ScoringSchemeReader::Result r = ScoringSchemeReader::readFile(name);
        QVERIFY(!r.scheme);
        QVERIFY(r.message.contains(name));
        QVERIFY(r.message.contains(QStringLiteral("items[0].rule.kind")));
        QVERIFY(!ScoringSchemeReader::readFile(dir.filePath(QStringLiteral("missing.json"))).scheme);
    }
};

QTEST_GUILESS_MAIN(TestScoringSchemeReader)
#include "tst_scoringschemereader.moc"
