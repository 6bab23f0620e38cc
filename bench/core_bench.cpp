// core_bench: how long the core takes on a large report (1,000 adjustment rows), and on a
// self-evaluation table of 1,000 indicator rows.
//   core_bench [iterations]
// Prints the median of many runs, in microseconds, for: parsing the report file, writing
// it, and one recompute+check (ReportEvaluation::of: figures, indicators, checks, score and
// the self-evaluation table) — what the model layer does after every edit, so it must stay
// well under 1 ms.

#include "IndicatorCalculator.h"
#include "JsonTree.h"
#include "ReportChecker.h"
#include "ReportEvaluation.h"
#include "ReportJsonReader.h"
#include "ScoringEngine.h"
#include "ReportJsonWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

Money wan(qint64 wan, qint64 hundredths = 0)
{
    return Money::fromWan(wan, hundredths);
}

// A plausible large department: every section filled, 1,000 adjustment rows of every kind.
Report largeReport(int rows)
{
    Report r;
    r.department = QStringLiteral("基准测试局");
    r.year = 2024;
    r.title = QStringLiteral("部门整体支出预算绩效自评报告");
    r.preamble = QStringLiteral("为进一步规范财政资金管理，").repeated(20);
    r.profile.overview = QStringLiteral("基本情况。").repeated(50);
    r.profile.staff.active = 120;
    r.profile.staff.authorized = 130;
    for (int i = 0; i < 8; ++i)
        r.profile.functions.append(QStringLiteral("负责有关工作的第%1项职能。").arg(i + 1));
    r.budget.carryoverIn = {wan(12, 5), wan(300, 55), {}};
    r.budget.initial = {wan(6035, 60), wan(10069, 10), {}};
    r.budget.threePublicBudget = {wan(65, 20), wan(32), wan(10), {}};
    Money net;
    for (int i = 0; i < rows; ++i) {
        BudgetAdjustment a;
        a.item = QStringLiteral("第%1项年中预算调整").arg(i + 1);
        const qint64 hundredths = 100 + (i * 37) % 5000;
        a.amount = Money::fromFen((i % 4 == 1 ? -1 : 1) * hundredths * 10000);
        a.category = i % 5 == 0 ? AdjustmentCategory::Transfer
                                : (i % 2 == 0 ? AdjustmentCategory::Basic : AdjustmentCategory::Project);
        a.excluded = i % 3 == 0;
        a.reason = i % 7 == 0 ? QString() : QStringLiteral("根据有关文件调整");
        if (a.category != AdjustmentCategory::Transfer)
            (void)Money::addChecked(net, *a.amount, &net);
        r.budget.adjustments.append(a);
    }
    r.execution.spent = {wan(6100), wan(10000), {}};
    r.execution.recovered = wan(3);
    // Balanced: C1 = C0 + B − E − R.
    Money c1 = Money::fromFen(wan(6035, 60).fen() + wan(10069, 10).fen() + net.fen() + wan(12, 5).fen()
                              + wan(300, 55).fen() - wan(16100).fen() - wan(3).fen());
    r.execution.carryoverOut = c1;
    r.execution.threePublicActual = {wan(60), wan(30, 50), wan(9), {}};
    r.execution.receptionBatches = 300;
    r.execution.receptionPersons = 2400;
    r.execution.procurement = {wan(800), wan(760, 25), QStringLiteral("货物、服务类"), {}};
    for (const char *name : {"管理制度健全性", "专账核算", "预决算信息公开性和完善性"})
        r.management.append({QString::fromUtf8(name), true, QStringLiteral("达标。"), {}});
    for (int g = 0; g < 7; ++g)
        r.targets.append({QString(), QStringList(8, QStringLiteral("完成了年度目标任务。").repeated(5)), {}});
    for (int t = 0; t < 20; ++t) {
        TargetIndicator row;
        row.name = QStringLiteral("指标%1").arg(t + 1);
        row.direction = TargetDirection(t % 3);
        row.target = Decimal::fromInt(100);
        row.actual = Decimal::fromInt(90 + t);
        r.targetIndicators.append(row);
    }
    return r;
}

// 1,000 indicator rows of every kind (≥ ≤ = 定性, pending, over-achieved, some without a
// reason), weights adding up to 90 — the table's worst case for recompute and checks.
Report largeTable(Report r, int rows)
{
    r.targetIndicators.clear();
    for (int t = 0; t < rows; ++t) {
        TargetIndicator row;
        row.level1 = QStringLiteral("产出指标");
        row.level2 = QStringLiteral("数量指标");
        row.name = QStringLiteral("指标%1").arg(t + 1);
        row.unit = QStringLiteral("项");
        row.weight = Decimal::fromMillionths(90000); // 0.09 × 1,000 = 90
        row.direction = TargetDirection(t % 4);
        if (row.isQualitative()) {
            row.targetText = QStringLiteral("平稳运行");
            row.tier = QualitativeTier(t % 3);
            row.scoreCenti = t % 3 == 0 ? 8 : (t % 3 == 1 ? 6 : 3);
        } else {
            row.target = Decimal::fromInt(100 + t % 7);
            if (t % 11 != 0)
                row.actual = Decimal::fromInt(60 + (t * 13) % 90);
        }
        if (t % 5 != 0)
            row.deviation = QStringLiteral("原因及措施。");
        r.targetIndicators.append(row);
    }
    return r;
}

double medianMicroseconds(int iterations, const std::function<void()> &work)
{
    for (int i = 0; i < qMax(3, iterations / 20); ++i) // warm up caches and static data
        work();
    std::vector<qint64> times;
    times.reserve(size_t(iterations));
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return double(times[times.size() / 2]) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the built-in scoring scheme is a Qt resource
    const int iterations = argc > 1 ? qMax(1, atoi(argv[1])) : 1000;
    const int rows = 1000;

    const Report report = largeReport(rows);
    const QByteArray bytes = ReportJsonWriter::write(report);
    const ReportJsonReader::Result check = ReportJsonReader::read(bytes);
    if (!check.ok() || !(*check.report == report)) {
        std::fprintf(stderr, "core_bench: the report does not round-trip: %s\n", qPrintable(check.message()));
        return 1;
    }
    const ReportEvaluation once = ReportEvaluation::of(report);
    std::printf("core_bench: %d adjustment rows, file %lld KB, %d findings (%d errors), %d iterations (medians)\n",
                rows, static_cast<long long>(bytes.size() / 1024), int(once.findings.size()), once.errorCount(), iterations);

    qint64 sink = 0;
    const double parse = medianMicroseconds(qMax(1, iterations / 5), [&] {
        sink += ReportJsonReader::read(bytes).report->budget.adjustments.size();
    });
    const double write = medianMicroseconds(qMax(1, iterations / 5), [&] { sink += ReportJsonWriter::write(report).size(); });
    const double evaluate = medianMicroseconds(iterations, [&] {
        sink += ReportEvaluation::of(report).findings.size();
    });
    const double tree = medianMicroseconds(qMax(1, iterations / 5), [&] { sink += JsonTree::parse(bytes).ok ? 1 : 0; });
    const double figures = medianMicroseconds(iterations, [&] { sink += ReportFigures::of(report).budget.fen() & 1; });
    const ReportFigures f = ReportFigures::of(report);
    const double indicators = medianMicroseconds(iterations, [&] {
        sink += IndicatorCalculator::compute(report, f).size();
    });
    const IndicatorList list = IndicatorCalculator::compute(report, f);
    const double checks = medianMicroseconds(iterations, [&] { sink += ReportChecker::check(report, f, list).size(); });
    const ScoringScheme scheme = ScoringSchemeReader::builtIn();
    const double scoring = medianMicroseconds(iterations, [&] {
        sink += ScoringEngine::score(scheme, report, f, list).pending;
    });

    const Report table = largeTable(report, rows);
    const ReportEvaluation tableOnce = ReportEvaluation::of(table);
    const double tableEvaluate = medianMicroseconds(iterations, [&] { sink += ReportEvaluation::of(table).findings.size(); });
    const ReportFigures tf = ReportFigures::of(table);
    const double tableScoring = medianMicroseconds(iterations, [&] {
        sink += SelfEvaluation::of(table, tf, scheme).totalCenti;
    });

    std::printf("  JSON parse (ReportJsonReader::read)          %9.1f us\n", parse);
    std::printf("    of which the JSON tree (JsonTree::parse)   %9.1f us\n", tree);
    std::printf("  JSON write (ReportJsonWriter::write)         %9.1f us\n", write);
    std::printf("  recompute+check (ReportEvaluation::of)       %9.1f us\n", evaluate);
    std::printf("    figures (ReportFigures::of)                %9.1f us\n", figures);
    std::printf("    indicators (IndicatorCalculator::compute)  %9.1f us\n", indicators);
    std::printf("    checks (ReportChecker::check)              %9.1f us\n", checks);
    std::printf("    score (ScoringEngine::score)               %9.1f us\n", scoring);
    std::printf("  with 1,000 indicator rows (%d table findings, total %s):\n", int(tableOnce.table.findings.size()),
                qPrintable(Ratio::centiText(tableOnce.table.totalCenti)));
    std::printf("  recompute+check (ReportEvaluation::of)       %9.1f us\n", tableEvaluate);
    std::printf("    self-evaluation table (SelfEvaluation::of) %9.1f us\n", tableScoring);
    return sink == -1 ? 1 : 0;
}
