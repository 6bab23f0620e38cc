#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// `jixiao check` as a user runs it: the real binary, its exit code, stdout and stderr
// (issue 2, "The command line").
namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run check(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(JIXIAO_BINARY), QStringList{QStringLiteral("check")} + arguments);
    Run r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString data(const char *name)
{
    return QStringLiteral(JIXIAO_TEST_DATA "/check/") + QLatin1String(name);
}

QString sample()
{
    return QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json");
}

QString tableExample()
{
    return QStringLiteral(JIXIAO_TEST_DATA "/reports/xiangtan-2023-table.json");
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> keySet(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *n : names)
        set.insert(QString::fromLatin1(n));
    return set;
}

bool isMoneyText(const QJsonValue &v)
{
    static const QRegularExpression twoDecimals(QStringLiteral("^-?[0-9]+\\.[0-9]{2}$"));
    return v.isString() && twoDecimals.match(v.toString()).hasMatch();
}

QJsonObject byId(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return QJsonObject();
}

// The shape of `--json` exactly as issue 2 specifies it. Returns an empty string when right.
QString shapeProblem(const QJsonObject &root)
{
    if (keysOf(root) != keySet({"department", "year", "indicators", "balance", "findings", "score", "self_evaluation"}))
        return QStringLiteral("top-level keys");
    if (!root.value(QStringLiteral("department")).isString() || !root.value(QStringLiteral("year")).isDouble())
        return QStringLiteral("department/year");
    for (const QJsonValue &v : root.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject i = v.toObject();
        if (keysOf(i) != keySet({"id", "name", "value", "formula"}))
            return QStringLiteral("indicator keys");
        const QJsonValue value = i.value(QStringLiteral("value"));
        const QString formula = i.value(QStringLiteral("formula")).toString();
        if (!value.isNull() && !isMoneyText(value))
            return QStringLiteral("indicator value ") + value.toString();
        if (value.isString() && !(formula.contains(QStringLiteral("*100%=")) && formula.endsWith(QLatin1Char('=') + value.toString() + QLatin1Char('%'))))
            return QStringLiteral("formula ") + formula;
        if (formula.isEmpty() || i.value(QStringLiteral("name")).toString().isEmpty())
            return QStringLiteral("empty formula or name");
    }
    const QJsonObject balance = root.value(QStringLiteral("balance")).toObject();
    if (keysOf(balance) != keySet({"expected", "entered"}))
        return QStringLiteral("balance keys");
    for (const QJsonValue &v : {balance.value(QStringLiteral("expected")), balance.value(QStringLiteral("entered"))}) {
        if (!v.isNull() && !isMoneyText(v))
            return QStringLiteral("balance value");
    }
    for (const QJsonValue &v : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (keysOf(f) != keySet({"code", "severity", "fields", "message"}))
            return QStringLiteral("finding keys");
        const QString severity = f.value(QStringLiteral("severity")).toString();
        if (severity != QLatin1String("error") && severity != QLatin1String("warning"))
            return QStringLiteral("severity ") + severity;
        if (!f.value(QStringLiteral("fields")).isArray() || f.value(QStringLiteral("message")).toString().isEmpty())
            return QStringLiteral("finding fields/message");
        for (const QJsonValue &field : f.value(QStringLiteral("fields")).toArray()) {
            if (!field.isString() || field.toString().isEmpty())
                return QStringLiteral("field path");
        }
    }
    const QJsonObject score = root.value(QStringLiteral("score")).toObject();
    if (keysOf(score) != keySet({"total", "grade", "pending", "items"}))
        return QStringLiteral("score keys");
    if (!score.value(QStringLiteral("total")).isDouble() || score.value(QStringLiteral("grade")).toString().isEmpty()
        || !score.value(QStringLiteral("pending")).isDouble())
        return QStringLiteral("total/grade/pending");
    double total = 0;
    int waiting = 0;
    for (const QJsonValue &v : score.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        if (keysOf(item) != keySet({"id", "name", "weight", "score", "reason"}))
            return QStringLiteral("score item keys");
        if (!item.value(QStringLiteral("weight")).isDouble() || !item.value(QStringLiteral("reason")).isString())
            return QStringLiteral("weight/reason");
        const QJsonValue s = item.value(QStringLiteral("score"));
        if (!s.isNull() && !s.isDouble())
            return QStringLiteral("score type");
        total += s.toDouble();
        waiting += s.isNull() ? 1 : 0;
    }
    if (qAbs(total - score.value(QStringLiteral("total")).toDouble()) > 0.001)
        return QStringLiteral("total is not the sum of the items");
    if (waiting != score.value(QStringLiteral("pending")).toInt())
        return QStringLiteral("pending is not the number of waiting items");

    // self_evaluation, as self-evaluation-table.md shows it: values as strings with two
    // decimals, null while pending.
    const QJsonObject table = root.value(QStringLiteral("self_evaluation")).toObject();
    if (keysOf(table) != keySet({"execution", "indicators", "indicator_score", "cap", "total", "grade", "provisional"}))
        return QStringLiteral("self_evaluation keys");
    const QJsonObject execution = table.value(QStringLiteral("execution")).toObject();
    if (keysOf(execution) != keySet({"initial", "full", "spent", "rate", "weight", "score"}))
        return QStringLiteral("self_evaluation.execution keys");
    for (const QJsonValue &v : execution) {
        if (!v.isNull() && !isMoneyText(v))
            return QStringLiteral("self_evaluation.execution value");
    }
    for (const QJsonValue &v : table.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject row = v.toObject();
        if (keysOf(row) != keySet({"row", "score"}) || !row.value(QStringLiteral("row")).isDouble())
            return QStringLiteral("self_evaluation.indicators keys");
        if (!row.value(QStringLiteral("score")).isNull() && !isMoneyText(row.value(QStringLiteral("score"))))
            return QStringLiteral("self_evaluation.indicators score");
    }
    for (const char *key : {"indicator_score", "cap", "total"}) {
        const QJsonValue v = table.value(QLatin1String(key));
        if (!v.isNull() && !isMoneyText(v))
            return QStringLiteral("self_evaluation.") + QLatin1String(key);
    }
    if (!table.value(QStringLiteral("total")).isString() || table.value(QStringLiteral("grade")).toString().isEmpty()
        || !table.value(QStringLiteral("provisional")).isBool())
        return QStringLiteral("self_evaluation total/grade/provisional");
    return QString();
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(JIXIAO_BINARY)), JIXIAO_BINARY);
    }

    void exampleExitsZero()
    {
        const Run r = check({sample()});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        for (const char *formula : {"9.60/9.72*100%=98.77%", "623.09/623.09*100%=100.00%", "1239.52/1250.75*100%=99.10%",
                                    "1862.61/1873.84*100%=99.40%", "11.23/1873.84*100%=0.60%"})
            QVERIFY2(text.contains(QLatin1String(formula)), formula);
        QVERIFY(text.contains(QStringLiteral("11.23")));
    }

    void exampleAsJson()
    {
        const Run r = check({sample(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(shapeProblem(root), QString());
        QCOMPARE(root.value(QStringLiteral("department")).toString(), QStringLiteral("湘潭市行政审批服务局"));
        QCOMPARE(root.value(QStringLiteral("year")).toInt(), 2023);

        const QJsonArray indicators = root.value(QStringLiteral("indicators")).toArray();
        QStringList ids;
        for (const QJsonValue &v : indicators)
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids, QStringList({QStringLiteral("budget_adjustment_rate"), QStringLiteral("basic_control_rate"),
                                   QStringLiteral("project_control_rate"),
                                   QStringLiteral("three_public_control_rate"), QStringLiteral("execution_rate"),
                                   QStringLiteral("carryover_rate"), QStringLiteral("procurement_execution_rate"),
                                   QStringLiteral("staff_control_rate"), QStringLiteral("three_public_change_rate"),
                                   QStringLiteral("carryover_change_rate")}));
        const QList<std::pair<const char *, QJsonValue>> values = {
            {"budget_adjustment_rate", QStringLiteral("0.00")}, {"basic_control_rate", QStringLiteral("100.00")},
            {"project_control_rate", QStringLiteral("99.10")}, {"three_public_control_rate", QStringLiteral("98.77")},
            {"execution_rate", QStringLiteral("99.40")}, {"carryover_rate", QStringLiteral("0.60")},
            {"procurement_execution_rate", QJsonValue::Null}, {"staff_control_rate", QJsonValue::Null},
            {"three_public_change_rate", QJsonValue::Null}, {"carryover_change_rate", QJsonValue::Null}};
        for (const auto &[id, value] : values)
            QCOMPARE(byId(indicators, QLatin1String(id)).value(QStringLiteral("value")), value);
        QCOMPARE(byId(indicators, QStringLiteral("three_public_control_rate")).value(QStringLiteral("formula")).toString(),
                 QStringLiteral("9.60/9.72*100%=98.77%"));

        const QJsonObject balance = root.value(QStringLiteral("balance")).toObject();
        QCOMPARE(balance.value(QStringLiteral("expected")).toString(), QStringLiteral("11.23"));
        QCOMPARE(balance.value(QStringLiteral("entered")).toString(), QStringLiteral("11.23"));

        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 7);
        const QJsonObject first = findings[0].toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("adjustment_without_reason"));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(first.value(QStringLiteral("fields")).toArray(), QJsonArray{QStringLiteral("budget.adjustments[0].reason")});

        const QJsonArray items = root.value(QStringLiteral("score")).toObject().value(QStringLiteral("items")).toArray();
        auto item = [&items](const char *id) { return byId(items, QLatin1String(id)); };
        QCOMPARE(item("budget_adjustment_rate").value(QStringLiteral("score")).toDouble(), 3.0);
        QCOMPARE(item("budget_adjustment_rate").value(QStringLiteral("weight")).toDouble(), 3.0);
        QCOMPARE(item("fund_balance").value(QStringLiteral("score")).toDouble(), 2.0);
        QCOMPARE(item("fund_balance").value(QStringLiteral("weight")).toDouble(), 3.0);
        QCOMPARE(item("three_public_control_rate").value(QStringLiteral("score")).toDouble(), 6.0);
        QCOMPARE(item("three_public_control_rate").value(QStringLiteral("weight")).toDouble(), 6.0);
        QVERIFY(item("staff_control_rate").value(QStringLiteral("score")).isNull());
        QVERIFY(item("three_public_change_rate").value(QStringLiteral("score")).isNull());
        QVERIFY(!item("staff_control_rate").value(QStringLiteral("reason")).toString().isEmpty());
        double weights = 0;
        for (const QJsonValue &v : items)
            weights += v.toObject().value(QStringLiteral("weight")).toDouble();
        QCOMPARE(weights, 100.0);
    }

    // The worked example of self-evaluation-table.md, exactly as the spec shows it.
    void selfEvaluationTableAsJson()
    {
        const Run r = check({tableExample(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = r.json();
        QCOMPARE(shapeProblem(root), QString());
        const QJsonObject expected = QJsonDocument::fromJson(R"({
          "execution": {"initial": "1641.02", "full": "1873.84", "spent": "1862.61",
                        "rate": "99.40", "weight": "10.00", "score": "9.94"},
          "indicators": [{"row": 0, "score": "15.00"}, {"row": 1, "score": "10.00"}, {"row": 2, "score": "10.00"},
                         {"row": 3, "score": "10.00"}, {"row": 4, "score": "4.84"}, {"row": 5, "score": "9.85"},
                         {"row": 6, "score": "10.00"}, {"row": 7, "score": "9.50"}, {"row": 8, "score": "5.00"},
                         {"row": 9, "score": "5.00"}],
          "indicator_score": "89.19", "cap": null, "total": "99.13", "grade": "优",
          "provisional": false})").object();
        QCOMPARE(root.value(QStringLiteral("self_evaluation")).toObject(), expected);
        // Its one warning, with the field path of its row.
        QJsonArray over;
        for (const QJsonValue &v : root.value(QStringLiteral("findings")).toArray()) {
            if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("target_over_achieved"))
                over.append(v);
        }
        QCOMPARE(over.size(), 1);
        const QJsonObject f = over[0].toObject();
        QCOMPARE(f.value(QStringLiteral("fields")).toArray().first().toString(), QStringLiteral("target_indicators[1].actual"));
        QVERIFY2(f.value(QStringLiteral("message")).toString().contains(QStringLiteral("集成电子证照")),
                 qPrintable(f.value(QStringLiteral("message")).toString()));

        // The readable output prints the table's summary.
        const Run text = check({tableExample()});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("自评表：预算执行9.94分 + 绩效指标89.19分 = 总分99.13分，等级：优")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("第8项 政务服务“一网通办”体系运行（定性）：9.50 / 10.00分")), qPrintable(out));
    }

    void selfEvaluationWithoutIndicators()
    {
        const Run r = check({sample(), QStringLiteral("--json")});
        const QJsonObject table = r.json().value(QStringLiteral("self_evaluation")).toObject();
        QCOMPARE(table.value(QStringLiteral("indicators")).toArray(), QJsonArray());
        QVERIFY(table.value(QStringLiteral("indicator_score")).isNull());
        QCOMPARE(table.value(QStringLiteral("total")).toString(), QStringLiteral("9.94"));
        QCOMPARE(table.value(QStringLiteral("grade")).toString(), QStringLiteral("差"));
        QCOMPARE(table.value(QStringLiteral("provisional")).toBool(), true);
        const Run text = check({sample()});
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("（暂定：尚未填写绩效指标，按0分计）")));
    }

    void previousYearAddsTheChangeRates()
    {
        const Run without = check({data("small-balanced.json"), QStringLiteral("--json")});
        QCOMPARE(without.exitCode, 0);
        QCOMPARE(shapeProblem(without.json()), QString());
        const QJsonArray before = without.json().value(QStringLiteral("indicators")).toArray();
        QVERIFY(byId(before, QStringLiteral("three_public_change_rate")).value(QStringLiteral("value")).isNull());
        QVERIFY(byId(before, QStringLiteral("carryover_change_rate")).value(QStringLiteral("value")).isNull());

        const Run with = check({data("small-balanced.json"), QStringLiteral("--previous"), data("previous-year.json"), QStringLiteral("--json")});
        QCOMPARE(with.exitCode, 0);
        QCOMPARE(shapeProblem(with.json()), QString());
        const QJsonArray after = with.json().value(QStringLiteral("indicators")).toArray();
        // TPb 8 → 10; C1 30 → 15.
        QCOMPARE(byId(after, QStringLiteral("three_public_change_rate")).value(QStringLiteral("value")).toString(), QStringLiteral("25.00"));
        QCOMPARE(byId(after, QStringLiteral("three_public_change_rate")).value(QStringLiteral("formula")).toString(),
                 QStringLiteral("2.00/8.00*100%=25.00%"));
        QCOMPARE(byId(after, QStringLiteral("carryover_change_rate")).value(QStringLiteral("value")).toString(), QStringLiteral("-50.00"));
        const QJsonArray items = with.json().value(QStringLiteral("score")).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(byId(items, QStringLiteral("three_public_change_rate")).value(QStringLiteral("score")).toDouble(), 0.0);
        QCOMPARE(byId(items, QStringLiteral("carryover_change_rate")).value(QStringLiteral("score")).toDouble(), 4.0);
        QCOMPARE(byId(items, QStringLiteral("staff_control_rate")).value(QStringLiteral("score")).toDouble(), 5.0);
        QCOMPARE(with.json().value(QStringLiteral("findings")).toArray().size(), 0); // C0 30 = previous C1

        // The readable summary shows them too.
        const Run text = check({data("small-balanced.json"), QStringLiteral("--previous"), data("previous-year.json")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("-15.00/30.00*100%=-50.00%")));
        QVERIFY2(with.err.isEmpty(), with.err.constData()); // the year before, same department: nothing to say
    }

    // A --previous file of another year or department is used as asked, and said on stderr.
    void unrelatedPreviousYearIsSaid()
    {
        const Run run = check({sample(), QStringLiteral("--previous"), sample(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(shapeProblem(run.json()), QString());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("2023年度的报告，本报告是“湘潭市行政审批服务局”2023年度的")), qPrintable(err));
        const QJsonArray indicators = run.json().value(QStringLiteral("indicators")).toArray();
        QCOMPARE(byId(indicators, QStringLiteral("three_public_change_rate")).value(QStringLiteral("value")).toString(), QStringLiteral("0.00"));
    }

    void reportWithErrorsExitsOne_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty department") << data("errors-empty-department.json") << "missing_department" << "department";
        QTest::newRow("year 1999") << data("errors-year-1999.json") << "year_out_of_range" << "year";
        QTest::newRow("unbalanced") << data("errors-unbalanced.json") << "balance_mismatch" << "execution.carryover_out";
    }
    void reportWithErrorsExitsOne()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Run text = check({file});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(!text.out.isEmpty());
        const Run r = check({file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(shapeProblem(r.json()), QString());
        bool found = false;
        for (const QJsonValue &v : r.json().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            found = found || (f.value(QStringLiteral("code")).toString() == code
                              && f.value(QStringLiteral("severity")).toString() == QLatin1String("error")
                              && f.value(QStringLiteral("fields")).toArray().contains(field));
        }
        QVERIFY(found);
        if (code == QLatin1String("balance_mismatch")) {
            const QJsonObject balance = r.json().value(QStringLiteral("balance")).toObject();
            QCOMPARE(balance.value(QStringLiteral("expected")).toString(), QStringLiteral("15.00"));
            QCOMPARE(balance.value(QStringLiteral("entered")).toString(), QStringLiteral("14.50"));
        }
    }

    void refusedFileExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stderrMentions");
        QTest::newRow("bad amount") << QStringList{data("refused-adjustment-amount.json")} << "budget.adjustments[3].amount";
        QTest::newRow("bad amount --json") << QStringList{data("refused-adjustment-amount.json"), QStringLiteral("--json")}
                                           << "budget.adjustments[3].amount";
        QTest::newRow("year in words") << QStringList{data("refused-year-in-words.json")} << "year";
        QTest::newRow("duplicate key") << QStringList{data("refused-duplicate-key.json"), QStringLiteral("--json")} << "execution.spent.basic";
        QTest::newRow("newer version") << QStringList{data("refused-newer-version.json")} << "version";
        QTest::newRow("missing file") << QStringList{data("no-such-file.json")} << "no-such-file.json";
        QTest::newRow("a directory") << QStringList{QStringLiteral(JIXIAO_TEST_DATA)} << "";
        QTest::newRow("previous refused") << QStringList{sample(), QStringLiteral("--previous"), data("refused-year-in-words.json"), QStringLiteral("--json")}
                                          << "year";
        QTest::newRow("previous missing") << QStringList{sample(), QStringLiteral("--previous"), data("no-such-file.json")} << "no-such-file.json";
        QTest::newRow("refused in English") << QStringList{data("refused-adjustment-amount.json"), QStringLiteral("--lang"), QStringLiteral("en")}
                                            << "budget.adjustments[3].amount";
    }
    void refusedFileExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stderrMentions);
        const Run r = check(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray()); // nothing at all on stdout
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrMentions), r.err.constData());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no file") << QStringList();
        QTest::newRow("two files") << QStringList{sample(), sample()};
        QTest::newRow("unknown option") << QStringList{sample(), QStringLiteral("--frobnicate")};
        QTest::newRow("unknown language") << QStringList{sample(), QStringLiteral("--lang"), QStringLiteral("fr")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run r = check(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY(!r.err.isEmpty());
    }

    // The English translation comes later: for now only that --lang en runs and exits right.
    void englishRuns_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("example") << QStringList{sample()} << 0;
        QTest::newRow("example --json") << QStringList{sample(), QStringLiteral("--json")} << 0;
        QTest::newRow("errors") << QStringList{data("errors-unbalanced.json")} << 1;
        QTest::newRow("chinese explicitly") << QStringList{sample(), QStringLiteral("--lang"), QStringLiteral("zh_CN")} << 0;
    }
    void englishRuns()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        if (!arguments.contains(QStringLiteral("--lang")))
            arguments << QStringLiteral("--lang") << QStringLiteral("en");
        const Run r = check(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.out.isEmpty());
        if (arguments.contains(QStringLiteral("--json")))
            QCOMPARE(shapeProblem(r.json()), QString());
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
