#include "ReportChangeSummary.h"

#include <QJsonDocument>
#include <QTest>

class ReportChangeSummaryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describe_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("summary");
        QTest::newRow("nothing") << QByteArray(R"({"year": 2023})") << QByteArray(R"({"year": 2023})") << "无内容变化";
        QTest::newRow("one amount") << QByteArray(R"({"budget": {"initial": {"basic": "1"}}})")
                                    << QByteArray(R"({"budget": {"initial": {"basic": "2"}}})") << "修改了年初预算基本支出";
        QTest::newRow("a row's reason") << QByteArray(R"({"budget": {"adjustments": [{"reason": ""}]}})")
                                        << QByteArray(R"({"budget": {"adjustments": [{"reason": "政策"}]}})")
                                        << "修改了第1项年中预算调整的原因";
        QTest::newRow("a row added") << QByteArray(R"({"budget": {"adjustments": []}})")
                                     << QByteArray(R"({"budget": {"adjustments": [{"item": "x"}]}})") << "修改了年中预算调整";
        QTest::newRow("narrative") << QByteArray(R"({"problems": [{"title": "a"}], "preamble": "x"})")
                                   << QByteArray(R"({"problems": [{"title": "b"}], "preamble": "y"})")
                                   << "修改了开头语、存在的主要问题";
        QTest::newRow("same section twice") << QByteArray(R"({"profile": {"functions": ["a", "b"]}})")
                                            << QByteArray(R"({"profile": {"functions": ["c", "d"]}})") << "修改了主要职能";
        QTest::newRow("many") << QByteArray(R"({"title": "a", "preamble": "a", "year": 1, "department": "a"})")
                              << QByteArray(R"({"title": "b", "preamble": "b", "year": 2, "department": "b"})")
                              << "修改了部门名称、开头语、标题等 4 处";
        QTest::newRow("unknown key") << QByteArray(R"({"x_custom": 1})") << QByteArray(R"({"x_custom": 2})") << "修改了其他内容";
        QTest::newRow("from nothing") << QByteArray() << QByteArray(R"({"title": "t"})") << "修改了标题";
    }
    void describe()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QTEST(ReportChangeSummary::describe(before, after), "summary");
    }
};

QTEST_GUILESS_MAIN(ReportChangeSummaryTest)
#include "tst_reportchangesummary.moc"
