#include "ReportJsonReader.h"

#include "TestReports.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// The strict file format (report-format.md): every malformed input is refused with the
// field path and the problem; readable content with wrong values is accepted (findings).
namespace {

QByteArray doc(const QByteArray &members = QByteArray())
{
    return QByteArray(R"J({"format":"jixiao.report","version":1,"department":"测试局","year":2024)J") + members + "}";
}

// Four adjustment rows; the fourth (index 3) has the given amount JSON.
QByteArray fourthAdjustment(const QByteArray &amountJson)
{
    const QByteArray row = R"J({"item":"追加","amount":"1","category":"project","excluded":false,"reason":"文件"})J";
    return doc(R"J(,"budget":{"adjustments":[)J" + row + "," + row + "," + row
               + R"J(,{"item":"追加","amount":)J" + amountJson + R"J(,"category":"project"}]})J");
}

QByteArray initialBasic(const QByteArray &amountJson)
{
    return doc(R"J(,"budget":{"initial":{"basic":)J" + amountJson + R"J(,"project":"1"}})J");
}

} // namespace

class TestReportJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesWithPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problemMentions");

        // Amounts (the strict syntax of files).
        const QString amount = QStringLiteral("budget.adjustments[3].amount");
        QTest::newRow("amount 3,2") << fourthAdjustment(R"("3,2")") << amount << "3,2";
        QTest::newRow("amount abc") << fourthAdjustment(R"("abc")") << amount << "abc";
        QTest::newRow("amount seven decimals") << fourthAdjustment(R"("1.1234567")") << amount << "六位";
        QTest::newRow("amount string 1e400") << fourthAdjustment(R"("1e400")") << amount << "1e400";
        QTest::newRow("amount 10^12") << fourthAdjustment(R"("1000000000000")") << amount << "10^12";
        QTest::newRow("amount -10^12") << fourthAdjustment(R"("-1000000000000.5")") << amount << "10^12";
        QTest::newRow("amount empty string") << fourthAdjustment(R"("")") << amount << "";
        QTest::newRow("amount leading space") << fourthAdjustment(R"(" 30.55")") << amount << "";
        QTest::newRow("amount with unit") << fourthAdjustment(R"("30.55万元")") << amount << "";
        QTest::newRow("amount thousands") << fourthAdjustment(R"("1,843.29")") << amount << "";
        QTest::newRow("amount plus sign") << fourthAdjustment(R"("+5")") << amount << "";
        QTest::newRow("amount trailing newline") << fourthAdjustment(R"("30.55\n")") << amount << "";
        QTest::newRow("amount full-width") << fourthAdjustment(R"("３０.５５")") << amount << "";
        QTest::newRow("amount no integer part") << fourthAdjustment(R"(".5")") << amount << "";
        QTest::newRow("amount bare point") << fourthAdjustment(R"("5.")") << amount << "";
        QTest::newRow("number 16 digits") << fourthAdjustment("1234567890.123456") << amount << "15";
        QTest::newRow("number 7 decimals") << fourthAdjustment("0.1234567") << amount << "六位";
        QTest::newRow("number 1e-7") << fourthAdjustment("1e-7") << amount << "六位";
        QTest::newRow("number 1e400") << fourthAdjustment("1e400") << amount << "1e400";
        QTest::newRow("number 10^12") << fourthAdjustment("1e12") << amount << "10^12";
        QTest::newRow("amount true") << fourthAdjustment("true") << amount << "";
        QTest::newRow("amount object") << fourthAdjustment("{}") << amount << "";
        QTest::newRow("amount list") << fourthAdjustment(R"(["1"])") << amount << "";
        QTest::newRow("initial basic abc") << initialBasic(R"("abc")") << "budget.initial.basic" << "abc";
        QTest::newRow("recovered 7 decimals")
            << doc(R"J(,"execution":{"recovered":"0.0000001"})J") << "execution.recovered" << "六位";
        QTest::newRow("procurement actual")
            << doc(R"J(,"execution":{"procurement":{"actual":"1O"}})J") << "execution.procurement.actual" << "1O";
        QTest::newRow("three public overseas")
            << doc(R"J(,"budget":{"three_public_budget":{"overseas":"--1"}})J") << "budget.three_public_budget.overseas" << "";
        QTest::newRow("target as percent")
            << doc(R"J(,"target_indicators":[{"name":"x","target":"50%"}])J") << "target_indicators[0].target" << "50%";

        // Wrong types and required keys.
        QTest::newRow("year in words") << doc().replace("2024", "\"二〇二三\"") << "year" << "";
        QTest::newRow("year fraction") << doc().replace("2024", "2023.5") << "year" << "2023.5";
        QTest::newRow("year exponent") << doc().replace("2024", "2.023e3") << "year" << "";
        QTest::newRow("year null") << doc().replace("2024", "null") << "year" << "";
        QTest::newRow("year huge") << doc().replace("2024", "99999999999") << "year" << "";
        QTest::newRow("department missing")
            << QByteArray(R"J({"format":"jixiao.report","version":1,"year":2024})J") << "department" << "";
        QTest::newRow("department number") << doc().replace("\"测试局\"", "5") << "department" << "";
        QTest::newRow("format other") << doc().replace("jixiao.report", "jixiao.scheme") << "format" << "jixiao.scheme";
        QTest::newRow("format missing")
            << QByteArray(R"J({"version":1,"department":"d","year":2024})J") << "format" << "";
        QTest::newRow("newer version") << doc().replace("\"version\":1", "\"version\":3") << "version" << "3";
        QTest::newRow("version string") << doc().replace("\"version\":1", "\"version\":\"1\"") << "version" << "";
        QTest::newRow("version zero") << doc().replace("\"version\":1", "\"version\":0") << "version" << "0";
        QTest::newRow("staff negative") << doc(R"J(,"profile":{"staff":{"active":-1}})J") << "profile.staff.active" << "-1";
        QTest::newRow("staff string") << doc(R"J(,"profile":{"staff":{"active":"40"}})J") << "profile.staff.active" << "";
        QTest::newRow("staff fraction") << doc(R"J(,"profile":{"staff":{"authorized":1.5}})J") << "profile.staff.authorized" << "1.5";
        QTest::newRow("batches too big")
            << doc(R"J(,"execution":{"reception_batches":10000000000})J") << "execution.reception_batches" << "";
        QTest::newRow("adjustments not a list") << doc(R"J(,"budget":{"adjustments":"无"})J") << "budget.adjustments" << "";
        QTest::newRow("adjustment not an object")
            << doc(R"J(,"budget":{"adjustments":[{"category":"basic"},{"category":"basic"},"x"]})J")
            << "budget.adjustments[2]" << "";
        QTest::newRow("category other")
            << doc(R"J(,"budget":{"adjustments":[{"amount":"1","category":"other"}]})J") << "budget.adjustments[0].category" << "other";
        QTest::newRow("category missing")
            << doc(R"J(,"budget":{"adjustments":[{"amount":"1"}]})J") << "budget.adjustments[0].category" << "";
        QTest::newRow("category number")
            << doc(R"J(,"budget":{"adjustments":[{"amount":"1","category":1}]})J") << "budget.adjustments[0].category" << "";
        QTest::newRow("excluded as text")
            << doc(R"J(,"budget":{"adjustments":[{"category":"basic","excluded":"true"}]})J") << "budget.adjustments[0].excluded" << "";
        QTest::newRow("budget not an object") << doc(R"J(,"budget":"x")J") << "budget" << "";
        QTest::newRow("procurement a list") << doc(R"J(,"execution":{"procurement":[]})J") << "execution.procurement" << "";
        QTest::newRow("function not text") << doc(R"J(,"profile":{"functions":["a",3]})J") << "profile.functions[1]" << "";
        QTest::newRow("target point not text") << doc(R"J(,"targets":[{"points":[1]}])J") << "targets[0].points[0]" << "";
        QTest::newRow("direction up")
            << doc(R"J(,"target_indicators":[{"direction":"up"}])J") << "target_indicators[0].direction" << "up";
        QTest::newRow("direction in Chinese")
            << doc(R"J(,"target_indicators":[{"direction":"定性"}])J") << "target_indicators[0].direction" << "定性";

        // Version 2: the self-evaluation table's additions.
        QTest::newRow("tier other")
            << doc(R"J(,"target_indicators":[{"direction":"qualitative","tier":"excellent"}])J")
            << "target_indicators[0].tier" << "excellent";
        QTest::newRow("tier number")
            << doc(R"J(,"target_indicators":[{"direction":"qualitative","tier":1}])J") << "target_indicators[0].tier" << "";
        QTest::newRow("score three decimals")
            << doc(R"J(,"target_indicators":[{},{"direction":"qualitative","tier":"achieved","score":"9.505"}])J")
            << "target_indicators[1].score" << "9.505";
        QTest::newRow("score number three decimals")
            << doc(R"J(,"target_indicators":[{"direction":"qualitative","score":9.505}])J") << "target_indicators[0].score" << "9.505";
        QTest::newRow("score in words")
            << doc(R"J(,"target_indicators":[{"direction":"qualitative","score":"九分"}])J") << "target_indicators[0].score" << "九分";
        QTest::newRow("score with comma")
            << doc(R"J(,"target_indicators":[{"direction":"qualitative","score":"9,5"}])J") << "target_indicators[0].score" << "9,5";
        QTest::newRow("score bool")
            << doc(R"J(,"target_indicators":[{"direction":"qualitative","score":true}])J") << "target_indicators[0].score" << "";
        QTest::newRow("weight negative")
            << doc(R"J(,"target_indicators":[{"name":"x","weight":-5}])J") << "target_indicators[0].weight" << "-5";
        QTest::newRow("weight negative text")
            << doc(R"J(,"target_indicators":[{"name":"x","weight":"-0.01"}])J") << "target_indicators[0].weight" << "-0.01";
        QTest::newRow("weight three decimals")
            << doc(R"J(,"target_indicators":[{"name":"x","weight":"7.125"}])J") << "target_indicators[0].weight" << "7.125";
        QTest::newRow("weight number three decimals")
            << doc(R"J(,"target_indicators":[{"name":"x","weight":7.125}])J") << "target_indicators[0].weight" << "7.125";
        QTest::newRow("qualitative target number")
            << doc(R"J(,"target_indicators":[{"direction":"qualitative","target":90}])J") << "target_indicators[0].target" << "";
        QTest::newRow("deviation number")
            << doc(R"J(,"target_indicators":[{"deviation":1}])J") << "target_indicators[0].deviation" << "";
        QTest::newRow("overall goal text")
            << doc(R"J(,"overall_goal":"目标")J") << "overall_goal" << "";
        QTest::newRow("overall goal expected list")
            << doc(R"J(,"overall_goal":{"expected":["a"]})J") << "overall_goal.expected" << "";
        QTest::newRow("preparer date")
            << doc(R"J(,"preparer":{"name":"王","date":"2024-02-30"})J") << "preparer.date" << "2024-02-30";
        QTest::newRow("preparer phone number")
            << doc(R"J(,"preparer":{"phone":58880000})J") << "preparer.phone" << "";
        QTest::newRow("funds by source amount")
            << doc(R"J(,"funds_by_source":{"carryover":{"full":"30,55"}})J") << "funds_by_source.carryover.full" << "30,55";
        QTest::newRow("funds by source 7 decimals")
            << doc(R"J(,"funds_by_source":{"other":{"spent":"0.0000001"}})J") << "funds_by_source.other.spent" << "六位";
        QTest::newRow("funds by source list")
            << doc(R"J(,"funds_by_source":[])J") << "funds_by_source" << "";
        QTest::newRow("duplicate tier")
            << doc(R"J(,"target_indicators":[{"direction":"qualitative","tier":"partial","tier":"achieved"}])J")
            << "target_indicators[0].tier" << "tier";

        QTest::newRow("compliant yes")
            << doc(R"J(,"management":[{"indicator":"x","compliant":"yes"}])J") << "management[0].compliant" << "";
        QTest::newRow("problem title number") << doc(R"J(,"problems":[{"title":1}])J") << "problems[0].title" << "";
        QTest::newRow("date month 13") << doc(R"J(,"signature":{"date":"2024-13-01"})J") << "signature.date" << "2024-13-01";
        QTest::newRow("date slashes") << doc(R"J(,"signature":{"date":"2024/01/05"})J") << "signature.date" << "";
        QTest::newRow("date short") << doc(R"J(,"signature":{"date":"2024-1-5"})J") << "signature.date" << "";
        QTest::newRow("date number") << doc(R"J(,"signature":{"date":20240105})J") << "signature.date" << "";
        QTest::newRow("root is a list") << QByteArray("[1,2]") << "" << "对象";

        // Duplicate keys (QJsonDocument would silently keep the last one).
        QTest::newRow("duplicate top level") << doc(R"J(,"year":2025)J") << "year" << "year";
        QTest::newRow("duplicate nested")
            << doc(R"J(,"budget":{"initial":{"basic":"1","basic":"2"}})J") << "budget.initial.basic" << "basic";
        QTest::newRow("duplicate in a row")
            << doc(R"J(,"budget":{"adjustments":[{"category":"basic"},{"amount":"1","amount":"2","category":"basic"}]})J")
            << "budget.adjustments[1].amount" << "amount";
        QTest::newRow("duplicate in unknown") << doc(R"J(,"extra":{"a":1,"a":2})J") << "extra.a" << "";

        // Text and syntax.
        QTest::newRow("escaped NUL") << doc(R"J(,"preamble":"a\u0000b")J") << "preamble" << "NUL";
        QTest::newRow("raw newline in text") << doc(",\"preamble\":\"a\nb\"") << "preamble" << "";
        QTest::newRow("lone surrogate") << doc(R"J(,"title":"\ud800")J") << "title" << "";
        QTest::newRow("bad escape") << doc(R"J(,"title":"\q")J") << "title" << "";
        QTest::newRow("truncated in a text")
            << QByteArray("{\"format\":\"jixiao.report\",\"version\":1,\"department\":\"湘潭") << "department" << "";
        QTest::newRow("truncated after a member")
            << QByteArray(R"J({"format":"jixiao.report","version":1,)J") << "" << "";
        QTest::newRow("invalid UTF-8") << doc(",\"title\":\"\xC3\x28\"") << "" << "UTF-8";
        QTest::newRow("NUL byte") << doc(",\"title\":\"a\"").replace("\"a\"", QByteArray("\"a\0\"", 4)) << "" << "NUL";
        QTest::newRow("deep nesting") << doc(",\"extra\":" + QByteArray(100, '[') + QByteArray(100, ']'))
            << QStringLiteral("extra") + QStringLiteral("[0]").repeated(64) << "64";
        QTest::newRow("trailing content") << doc() + " {}" << "" << "";
        QTest::newRow("empty file") << QByteArray("  \n") << "" << "";
        QTest::newRow("unquoted key") << doc(",title:\"x\"") << "" << "";
        QTest::newRow("trailing comma") << doc(",") << "" << "";
        QTest::newRow("single quotes") << doc(",'title':'x'") << "" << "";
        QTest::newRow("NaN") << doc(",\"extra\":NaN") << "extra" << "";
        QTest::newRow("leading zero number") << initialBasic("01") << "budget.initial" << "";
        QTest::newRow("bare minus") << initialBasic("-") << "budget.initial.basic" << "";
        QTest::newRow("misspelt true") << doc(",\"extra\":tru") << "extra" << "";
    }
    void refusesWithPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, problemMentions);
        const ReportJsonReader::Result r = ReportJsonReader::read(json);
        QVERIFY2(!r.ok(), "accepted a malformed file");
        QCOMPARE(r.path, path);
        QVERIFY(!r.problem.isEmpty());
        QVERIFY2(TestReports::isChinese(r.problem), qPrintable(r.problem));
        QVERIFY2(r.problem.contains(problemMentions), qPrintable(r.problem));
        QVERIFY(r.message().contains(r.problem));
        if (!path.isEmpty())
            QVERIFY(r.message().startsWith(path));
    }

    void syntaxErrorsGiveTheLine()
    {
        const ReportJsonReader::Result r = ReportJsonReader::read("{\n\"format\": \"jixiao.report\",\n\"version\": 1\n\"year\": 2024}");
        QVERIFY(!r.ok());
        QVERIFY2(r.problem.contains(QStringLiteral("第 4 行")), qPrintable(r.problem));
    }

    void acceptsAmounts_data()
    {
        QTest::addColumn<QByteArray>("amountJson");
        QTest::addColumn<bool>("given");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("string") << QByteArray(R"("30.55")") << true << qint64(30550000);
        QTest::newRow("string -2") << QByteArray(R"("-2")") << true << qint64(-2000000);
        QTest::newRow("string -0") << QByteArray(R"("-0")") << true << qint64(0);
        QTest::newRow("string one fen") << QByteArray(R"("0.000001")") << true << qint64(1);
        QTest::newRow("string trailing zeros") << QByteArray(R"("30.550000")") << true << qint64(30550000);
        QTest::newRow("string leading zeros") << QByteArray(R"("007")") << true << qint64(7000000);
        QTest::newRow("string largest") << QByteArray(R"("999999999999.999999")") << true << qint64(999999999999999999LL);
        QTest::newRow("number") << QByteArray("30.55") << true << qint64(30550000);
        QTest::newRow("number -0") << QByteArray("-0") << true << qint64(0);
        QTest::newRow("number -0.0") << QByteArray("-0.0") << true << qint64(0);
        QTest::newRow("number 1e2") << QByteArray("1e2") << true << qint64(100000000);
        QTest::newRow("number 1E+2") << QByteArray("1E+2") << true << qint64(100000000);
        QTest::newRow("number 2.5e-1") << QByteArray("2.5e-1") << true << qint64(250000);
        QTest::newRow("number 5e-6") << QByteArray("5e-6") << true << qint64(5);
        QTest::newRow("number 1.10") << QByteArray("1.10") << true << qint64(1100000);
        QTest::newRow("number negative") << QByteArray("-19.53") << true << qint64(-19530000);
        QTest::newRow("number 15 digits") << QByteArray("99999999999.9999") << true << qint64(99999999999999900LL);
        QTest::newRow("number 6 decimals, trailing zero") << QByteArray("0.1234560") << true << qint64(123456);
        QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    }
    void acceptsAmounts()
    {
        QFETCH(QByteArray, amountJson);
        QFETCH(bool, given);
        QFETCH(qint64, fen);
        const ReportJsonReader::Result r = ReportJsonReader::read(initialBasic(amountJson));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.report->budget.initial.basic.has_value(), given);
        if (given)
            QCOMPARE(r.report->budget.initial.basic->fen(), fen);
        QCOMPARE(r.report->budget.initial.project, std::optional(TestReports::wan("1")));
    }

    void missingOptionalKeysAreNotGiven()
    {
        const ReportJsonReader::Result r = ReportJsonReader::read(doc());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const Report &report = *r.report;
        QCOMPARE(report.department, QStringLiteral("测试局"));
        QCOMPARE(report.year, 2024);
        QVERIFY(!report.budget.initial.basic && !report.budget.initial.project);
        QVERIFY(!report.budget.carryoverIn.basic && !report.budget.threePublicBudget.reception);
        QVERIFY(report.budget.adjustments.isEmpty());
        QVERIFY(!report.execution.carryoverOut && !report.execution.recovered);
        QVERIFY(!report.execution.procurement.budget && !report.execution.procurement.actual);
        QVERIFY(!report.execution.receptionBatches && !report.execution.receptionPersons);
        QVERIFY(!report.profile.staff.active && !report.profile.staff.authorized);
        QVERIFY(!report.signature.date);
        QVERIFY(report.unknown.isEmpty());
    }

    void nullMeansNotGiven()
    {
        const ReportJsonReader::Result r = ReportJsonReader::read(doc(
            R"J(,"title":null,"budget":null,"execution":{"carryover_out":null,"procurement":null,"reception_batches":null},)J"
            R"J("profile":{"staff":{"active":null}},"signature":{"date":null},"targets":null,)J"
            R"J("management":[{"indicator":"专账核算","compliant":null}])J"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r.report->title.isEmpty());
        QVERIFY(!r.report->execution.carryoverOut);
        QVERIFY(!r.report->profile.staff.active);
        QVERIFY(!r.report->management.value(0).compliant);
    }

    void readsEveryField()
    {
        const ReportJsonReader::Result r = ReportJsonReader::read(doc(
            R"J(,"title":"标题","preamble":"第一段\n第二段","profile":{"overview":"概况","staff":{"active":40,"retired":5,"authorized":45},)J"
            R"J("functions":["甲","乙"]},"budget":{"carryover_in":{"basic":"0","project":"30.55"},"initial":{"basic":"603.56","project":"1006.91"},)J"
            R"J("initial_note":"注","three_public_budget":{"reception":"6.52","vehicles":"3.20","overseas":"0"},)J"
            R"J("adjustments":[{"item":"调减","amount":"-5","category":"basic","excluded":false,"reason":"压减"},)J"
            R"J({"item":"结构调整","amount":"8","category":"transfer","excluded":true,"reason":"政策"}]},)J"
            R"J("execution":{"spent":{"basic":"1","project":"2"},"recovered":"0.5","carryover_out":"11.23","carryover_out_note":"结转",)J"
            R"J("three_public_actual":{"reception":"6.47","vehicles":"3.13","overseas":"0"},"reception_batches":136,"reception_persons":1558,)J"
            R"J("three_public_note":"说明","procurement":{"budget":"200","actual":"158.55","note":"服务类"}},)J"
            R"J("management":[{"indicator":"专账核算","compliant":false,"text":"t"}],"targets":[{"title":"组","points":["①","②"]}],)J"
            R"J("target_indicators":[{"level1":"产出指标","level2":"数量指标","name":"电话","unit":"万个","direction":"lower",)J"
            R"J("target":"50","actual":"50.03","weight":10,"note":"n"}],"problems_intro":"引言","problems":[{"title":"问题","text":"文"}],)J"
            R"J("measures":[{"title":"措施","text":"文"}],"signature":{"name":"署名","date":"2024-03-31"})J"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const Report &x = *r.report;
        using TestReports::wan;
        QCOMPARE(x.preamble, QStringLiteral("第一段\n第二段"));
        QCOMPARE(x.profile.staff.authorized, std::optional(45));
        QCOMPARE(x.profile.functions, QStringList({QStringLiteral("甲"), QStringLiteral("乙")}));
        QCOMPARE(x.budget.carryoverIn.project, std::optional(wan("30.55")));
        QCOMPARE(x.budget.adjustments.size(), 2);
        QCOMPARE(x.budget.adjustments[0].amount, std::optional(wan("-5")));
        QCOMPARE(x.budget.adjustments[0].category, AdjustmentCategory::Basic);
        QCOMPARE(x.budget.adjustments[1].category, AdjustmentCategory::Transfer);
        QVERIFY(x.budget.adjustments[1].excluded);
        QCOMPARE(x.execution.recovered, std::optional(wan("0.5")));
        QCOMPARE(x.execution.receptionPersons, std::optional(1558));
        QCOMPARE(x.execution.procurement.budget, std::optional(wan("200")));
        QCOMPARE(x.management[0].compliant, std::optional(false));
        QCOMPARE(x.targets[0].points.size(), 2);
        QCOMPARE(x.targetIndicators[0].direction, TargetDirection::Lower);
        QCOMPARE(x.targetIndicators[0].actual, std::optional(Decimal::fromMillionths(50030000)));
        QCOMPARE(x.targetIndicators[0].weight, std::optional(Decimal::fromInt(10)));
        QCOMPARE(x.signature.date, std::optional(QDate(2024, 3, 31)));
        QCOMPARE(x.problems[0].title, QStringLiteral("问题"));
    }

    void readsVersion2()
    {
        const ReportJsonReader::Result r = ReportJsonReader::read(QByteArray(doc(
            R"J(,"target_indicators":[{"level1":"效益指标","name":"一网通办","direction":"qualitative","target":"平稳运行",)J"
            R"J("actual":"全年平稳运行","weight":"7.5","tier":"partial","score":4.5,"deviation":"接口未接入；下年推进。"},)J"
            R"J({"name":"安全事故","direction":"exact","target":"0","actual":"0","weight":2.25,"score":"1"}],)J"
            R"J("overall_goal":{"expected":"预期","achieved":"完成"},)J"
            R"J("preparer":{"name":"王五","phone":"0731-58880000","date":"2024-03-01"},)J"
            R"J("funds_by_source":{"appropriation":{"initial":"1610.47","full":"1843.29","spent":"1832.06"},)J"
            R"J("carryover":{"initial":"30.55","full":"30.55","spent":"30.55"},"other":{"initial":null}})J")
            .replace("\"version\":1", "\"version\":2")));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const Report &x = *r.report;
        using TestReports::wan;
        const TargetIndicator &q = x.targetIndicators[0];
        QCOMPARE(q.direction, TargetDirection::Qualitative);
        QCOMPARE(q.targetText, QStringLiteral("平稳运行"));
        QCOMPARE(q.actualText, QStringLiteral("全年平稳运行"));
        QVERIFY(!q.target && !q.actual);
        QCOMPARE(q.weight, std::optional(Decimal::fromMillionths(7500000)));
        QCOMPARE(q.tier, std::optional(QualitativeTier::Partial));
        QCOMPARE(q.scoreCenti, std::optional<qint64>(450));
        QCOMPARE(q.deviation, QStringLiteral("接口未接入；下年推进。"));
        QCOMPARE(x.targetIndicators[1].direction, TargetDirection::Exact);
        QCOMPARE(x.targetIndicators[1].target, std::optional(Decimal()));
        QCOMPARE(x.targetIndicators[1].weight, std::optional(Decimal::fromMillionths(2250000)));
        QCOMPARE(x.targetIndicators[1].scoreCenti, std::optional<qint64>(100)); // kept, not used for scoring
        QCOMPARE(x.overallGoal.expected, QStringLiteral("预期"));
        QCOMPARE(x.overallGoal.achieved, QStringLiteral("完成"));
        QCOMPARE(x.preparer.name, QStringLiteral("王五"));
        QCOMPARE(x.preparer.phone, QStringLiteral("0731-58880000"));
        QCOMPARE(x.preparer.date, std::optional(QDate(2024, 3, 1)));
        QCOMPARE(x.fundsBySource.appropriation.spent, std::optional(wan("1832.06")));
        QCOMPARE(x.fundsBySource.carryover.initial, std::optional(wan("30.55")));
        QVERIFY(!x.fundsBySource.other.initial);
        QVERIFY(x.fundsBySource.other.isEmpty());
        QCOMPARE(x.formatVersion(), 2);
    }

    void readsTheTableExample()
    {
        const Report x = TestReports::tableExample();
        QCOMPARE(x.targetIndicators.size(), 10);
        QCOMPARE(x.targetIndicators[7].direction, TargetDirection::Qualitative);
        QCOMPARE(x.targetIndicators[7].scoreCenti, std::optional<qint64>(950));
        QCOMPARE(x.targetIndicators[4].direction, TargetDirection::Lower);
        QVERIFY(!x.overallGoal.expected.isEmpty());
        QCOMPARE(x.formatVersion(), 2);
    }

    void contentProblemsAreNotFormatErrors()
    {
        // An empty department, a year outside 2000–2100, negative amounts: read, then findings.
        const ReportJsonReader::Result r = ReportJsonReader::read(
            QByteArray(R"J({"format":"jixiao.report","version":1,"department":"","year":1999,)J"
                       R"J("budget":{"initial":{"basic":"-3"}}})J"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.report->year, 1999);
        QVERIFY(r.report->department.isEmpty());
    }

    void acceptsByteOrderMarkAndCrLf()
    {
        QByteArray bytes = "\xEF\xBB\xBF" + doc(R"J(,"title":"x")J");
        bytes.replace(",", ",\r\n");
        const ReportJsonReader::Result r = ReportJsonReader::read(bytes);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.report->title, QStringLiteral("x"));
    }

    void keepsUnknownKeys()
    {
        const ReportJsonReader::Result r = ReportJsonReader::read(doc(
            R"J(,"x_top":{"a":[1,"b",null]},"budget":{"x_budget":true,"adjustments":[{"category":"basic","x_row":"r"}]},)J"
            R"J("execution":{"procurement":{"x_proc":2}},"profile":{"staff":{"x_staff":"s"}})J"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const Report &x = *r.report;
        QCOMPARE(x.unknown.value(QStringLiteral("x_top")).toObject().value(QStringLiteral("a")).toArray().size(), 3);
        QVERIFY(!x.unknown.contains(QStringLiteral("format")));
        QCOMPARE(x.budget.unknown.value(QStringLiteral("x_budget")).toBool(), true);
        QCOMPARE(x.budget.adjustments[0].unknown.value(QStringLiteral("x_row")).toString(), QStringLiteral("r"));
        QCOMPARE(x.execution.procurement.unknown.value(QStringLiteral("x_proc")).toInt(), 2);
        QCOMPARE(x.profile.staff.unknown.value(QStringLiteral("x_staff")).toString(), QStringLiteral("s"));
    }

    void readsTheSample()
    {
        const ReportJsonReader::Result r = ReportJsonReader::readFile(TestReports::samplePath());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.report->department, QStringLiteral("湘潭市行政审批服务局"));
        QCOMPARE(r.report->budget.adjustments.size(), 7);
        QCOMPARE(r.report->execution.carryoverOut, std::optional(TestReports::wan("11.23")));
        QVERIFY(!r.report->execution.recovered);
        QVERIFY(!r.report->profile.staff.authorized);
    }

    void missingFileIsRefused()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("nope.json"));
        const ReportJsonReader::Result r = ReportJsonReader::readFile(name);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(name));
    }
};

QTEST_GUILESS_MAIN(TestReportJsonReader)
#include "tst_reportjsonreader.moc"
