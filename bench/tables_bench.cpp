// Reading the department's tables (issue 16): the two example files (.xlsx, and the .xls
// LibreOffice makes of them) and a sheet of 50,000 rows (a 支出决算表 with every 功能分类
// line), each read, located and checked by TableFill. Prints the median of several runs and
// the process's peak memory. Targets: the examples well under 100 ms, 50,000 rows under 1 s
// and 200 MB.
#include "TableFill.h"
#include "TestWorkbooks.h"
#include "WorkbookReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

double medianMs(const QStringList &files, int runs, TableFill *last)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        *last = TableFill::fromFiles(files);
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--read")) { // in a process of its own: its peak memory is the reader's
        TableFill fill;
        QElapsedTimer t;
        t.start();
        const WorkbookReader::Result read = WorkbookReader::readFile(app.arguments().value(2));
        std::printf("reading the cells %.1f ms; the fill: ", double(t.nsecsElapsed()) / 1e6);
        const double ms = medianMs({app.arguments().value(2)}, 3, &fill);
        // CPU time too: on a loaded machine the wall clock says more about the others.
        std::printf("%.1f ms (median of 3), %lld figures; CPU %.2f s for the 4 readings; peak memory of the reading process %ld MB\n",
                    ms, qint64(fill.filled.size()), cpuSeconds(), peakRssMb());
        return 0;
    }
    const QString data = QStringLiteral(JIXIAO_TEST_DATA "/tables/");
    TableFill fill;
    const QStringList xlsx = {data + QStringLiteral("xiangtan-2023-决算公开表.xlsx"), data + QStringLiteral("xiangtan-2023-预算公开表.xlsx")};
    const QStringList xls = {data + QStringLiteral("xiangtan-2023-决算公开表.xls"), data + QStringLiteral("xiangtan-2023-预算公开表.xls")};
    const double xlsxMs = medianMs(xlsx, 20, &fill);
    std::printf("both examples (.xlsx): %.2f ms (median of 20), %lld figures\n", xlsxMs, qint64(fill.filled.size()));
    const double xlsMs = medianMs(xls, 20, &fill);
    std::printf("both examples (.xls):  %.2f ms (median of 20), %lld figures\n", xlsMs, qint64(fill.filled.size()));

    QTemporaryDir dir;
    const int rows = 50000;
    TestWorkbook book;
    TestSheet &sheet = book.add(QStringLiteral("支出决算表"));
    TestFigures figures;
    const int first = TestTables::expenditure(sheet, 0, TestTables::Unit::Yuan, figures);
    for (int r = 0; r < rows; ++r) {
        sheet.text(first + r, 0, QString::number(2010301 + r));
        sheet.text(first + r, 1, QStringLiteral("行政运行%1").arg(r));
        sheet.number(first + r, 2, 1234.56 + r);
        sheet.number(first + r, 3, 1234.56 + r);
        sheet.number(first + r, 4, 0);
    }
    const QString big = dir.filePath(QStringLiteral("rows.xlsx"));
    if (!book.writeXlsx(big))
        return 1;
    std::printf("%d-row sheet (%lld kB): ", rows, QFileInfo(big).size() / 1024);
    std::fflush(stdout);
    QProcess reader;
    reader.setProcessChannelMode(QProcess::ForwardedChannels);
    reader.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read"), big});
    reader.waitForFinished(-1);
    return 0;
}
