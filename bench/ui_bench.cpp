// Benchmarks of the data-entry window (issue 3):
//  1. one edit's full round on a report with 1,000 adjustment rows: the undo command, the
//     recompute of figures, indicators, checks and score, and the signals to the item
//     models and forms of a real MainWindow;
//  2. start-up to a shown window with the example (in-process: QApplication exists).
// Prints medians in microseconds.
#include "FindingListModel.h"
#include "IndicatorTableModel.h"
#include "MainWindow.h"
#include "ReportDocument.h"
#include "ReportJsonReader.h"
#include "ReportListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>

namespace {

double median(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns[ns.size() / 2] / 1000.0;
}

Report bigReport()
{
    Report r = *ReportJsonReader::readFile(QStringLiteral(":/samples/xiangtan-2023.json")).report;
    r.budget.adjustments.clear();
    for (int i = 0; i < 1000; ++i) {
        BudgetAdjustment a;
        a.item = QStringLiteral("调整事项%1").arg(i);
        a.amount = Money::fromFen(1000000 + i);
        a.category = i % 3 == 0 ? AdjustmentCategory::Basic : AdjustmentCategory::Project;
        a.excluded = i % 2 == 0;
        a.reason = i % 5 == 0 ? QString() : QStringLiteral("政策性调整");
        r.budget.adjustments.append(a);
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    const qint64 appReady = startup.nsecsElapsed();
    {
        MainWindow w;
        w.openSample();
        w.show();
        QApplication::processEvents();
        const qint64 shown = startup.nsecsElapsed();
        std::printf("start-up: QApplication %.1f ms, window with the example shown %.1f ms\n",
                    appReady / 1e6, shown / 1e6);
    }

    MainWindow w;
    w.document()->load(bigReport());
    w.show();
    w.showPage(qEnvironmentVariableIntValue("BENCH_PAGE")); // 2: the adjustments table is on screen
    QApplication::processEvents();
    ReportDocument *d = w.document();
    QList<qint64> edits;
    QList<qint64> undos;
    for (int i = 0; i < 400; ++i) {
        QElapsedTimer t;
        t.start();
        d->setValue(QStringLiteral("budget.adjustments[500].amount"), QVariant::fromValue(Money::fromFen(2000000 + i)));
        d->endTypingSession();
        edits.append(t.nsecsElapsed());
        if (i % 4 == 0) {
            t.restart();
            d->undoStack()->undo();
            undos.append(t.nsecsElapsed());
            d->undoStack()->redo();
        }
    }
    QList<qint64> evaluations;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        const ReportEvaluation e = ReportEvaluation::of(d->report());
        evaluations.append(t.nsecsElapsed());
        Q_UNUSED(e);
    }
    std::printf("1,000 adjustment rows: edit round (command+recompute+checks+signals, window open) median %.1f us; "
                "undo %.1f us; evaluation alone %.1f us\n",
                median(edits), median(undos), median(evaluations));
    return 0;
}
