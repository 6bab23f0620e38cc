// Benchmark of the review screen's charts (issue 6): the cost of one live update after an
// edit. Each round makes an edit in the document, then times (a) ChartsPanel::refresh (each
// chart the edit concerns takes its new values, in place when its shape is the same) and
// (b) that plus painting the whole panel once (more than the next frame repaints).
// Offscreen, 1280×800, the example with two earlier years; the adjustments once more with
// 1,000 rows (40 bars drawn). The edit itself (undo command, recompute) is not timed.
// Prints medians in microseconds.   charts_bench [--rounds N]
#include "ChartsPanel.h"
#include "ReportDocument.h"
#include "ReportJsonReader.h"
#include "UiStyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

double median(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns[ns.size() / 2] / 1000.0;
}

Report sample()
{
    return *ReportJsonReader::readFile(QStringLiteral(":/samples/xiangtan-2023.json")).report;
}

void measure(const char *what, ChartsPanel &panel, int rounds, const std::function<void(int)> &edit)
{
    QList<qint64> rebuild, frame;
    for (int i = 0; i < rounds; ++i) {
        edit(i);
        QElapsedTimer clock;
        clock.start();
        panel.refresh();
        rebuild.append(clock.nsecsElapsed());
        panel.repaint(); // synchronous, the whole panel: the frame after the edit
        frame.append(clock.nsecsElapsed());
    }
    std::printf("%-58s rebuild %7.0f µs   rebuild + paint %7.0f µs\n", what, median(rebuild),
                median(frame));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    UiStyle::apply(&app);
    const int roundsAt = app.arguments().indexOf(QStringLiteral("--rounds"));
    const int rounds = roundsAt > 0 ? app.arguments().value(roundsAt + 1).toInt() : 50;

    ReportDocument document;
    document.load(sample());
    ChartsPanel panel(&document);
    Report y2021 = sample(), y2022 = sample();
    y2021.year = 2021;
    y2022.year = 2022;
    panel.setEarlierYears(YearFigures::ofReports({y2021, y2022}));
    panel.resize(1280, 800);
    panel.show();
    panel.refresh();
    QApplication::processEvents();

    auto money = [](int i) { return QVariant::fromValue(Money::fromFen(6470000 + i * 10000)); };
    measure("“三公经费” reception actual (both 三公 charts, trend)", panel, rounds, [&](int i) {
        document.setValue(QStringLiteral("execution.three_public_actual.reception"), money(i));
    });
    measure("basic spending (budget/spending, trend)", panel, rounds, [&](int i) {
        document.setValue(QStringLiteral("execution.spent.basic"), QVariant::fromValue(Money::fromFen(623090000 + i * 10000)));
    });
    measure("an adjustment's name (adjustments, 7 rows)", panel, rounds, [&](int i) {
        document.setValue(QStringLiteral("budget.adjustments[0].item"), QStringLiteral("追加慰问费%1").arg(i));
    });
    measure("an adjustment amount (adjustments, pie, bars, trend)", panel, rounds, [&](int i) {
        document.setValue(QStringLiteral("budget.adjustments[0].amount"), QVariant::fromValue(Money::fromWan(2 + i)));
    });
    measure("a new adjustment row (a new adjustments chart)", panel, rounds, [&](int i) {
        if (i % 2)
            document.removeRow(QStringLiteral("budget.adjustments"), 0);
        else
            document.insertRow(QStringLiteral("budget.adjustments"), 0);
    });
    {
        QList<qint64> open;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer clock;
            clock.start();
            ChartsPanel fresh(&document);
            fresh.resize(1280, 800);
            fresh.show();
            fresh.refresh();
            fresh.repaint();
            open.append(clock.nsecsElapsed());
        }
        std::printf("%-58s %7.0f µs\n", "a new panel: six charts built, laid out and painted", median(open));
    }

    Report big = sample();
    big.budget.adjustments.clear();
    for (int i = 0; i < 1000; ++i) {
        BudgetAdjustment a;
        a.item = QStringLiteral("调整事项%1").arg(i);
        a.amount = Money::fromFen(1000000 + i);
        a.excluded = i % 2 == 0;
        big.budget.adjustments.append(a);
    }
    document.load(big);
    panel.refresh();
    measure("1,000 adjustment rows: one row's name", panel, rounds, [&](int i) {
        document.setValue(QStringLiteral("budget.adjustments[500].item"), QStringLiteral("事项%1").arg(i));
    });
    return 0;
}
