// export_bench: how long exporting the example report to PDF takes.
//   export_bench [iterations] [--soffice]
// Prints, in milliseconds:
// - in-process: the first export (it chooses the fonts) and the median of the following
//   ones, to memory (ReportPdfWriter::render) and to a file (ReportExporter::exportTo);
// - the whole `jixiao export example.json -o out.pdf` command, started with no environment
//   (env -i), median wall time of the process;
// - with --soffice, LibreOffice converting the seed's text to PDF the same way
//   (`soffice --headless --convert-to pdf`), median of warm runs, and the ratio (issue 5
//   asks the command to be at least 10x faster).

#include "ReportEvaluation.h"
#include "ReportExporter.h"
#include "ReportJsonReader.h"
#include "ReportPdfWriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// Wall time of a process, or -1 if it failed.
double runMs(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int n = std::max(3, args.value(1).toInt() > 0 ? args.value(1).toInt() : 20);
    const bool soffice = args.contains(QStringLiteral("--soffice"));
    const QString example = QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json");
    QTemporaryDir dir;

    const ReportJsonReader::Result read = ReportJsonReader::readFile(example);
    if (!read.ok()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(example));
        return 1;
    }
    const Report &report = *read.report;
    const ReportEvaluation evaluation = ReportEvaluation::of(report);
    const ReportExporter exporter(report, evaluation);

    int pages = 0;
    qsizetype bytes = 0;
    const double first = timeMs([&] {
        const ReportPdfWriter::Result r = ReportPdfWriter::render(report, evaluation);
        pages = r.pages;
        bytes = r.pdf.size();
    });
    std::vector<double> memory, file, odt;
    for (int i = 0; i < n; ++i) {
        memory.push_back(timeMs([&] { ReportPdfWriter::render(report, evaluation); }));
        file.push_back(timeMs([&] { exporter.exportTo(dir.filePath(QStringLiteral("bench.pdf")), nullptr); }));
        odt.push_back(timeMs([&] { exporter.exportTo(dir.filePath(QStringLiteral("bench.odt")), nullptr); }));
    }
    std::printf("example: %d pages, %lld bytes\n", pages, qlonglong(bytes));
    std::printf("in-process, first export (chooses fonts): %.1f ms\n", first);
    std::printf("in-process PDF to memory, median of %d: %.1f ms\n", n, median(memory));
    std::printf("in-process PDF to file,   median of %d: %.1f ms\n", n, median(file));
    std::printf("in-process ODT to file,   median of %d: %.1f ms\n", n, median(odt));

    std::vector<double> command;
    const QString out = dir.filePath(QStringLiteral("command.pdf"));
    for (int i = 0; i < n; ++i) {
        const double ms = runMs(QStringLiteral("env"), {QStringLiteral("-i"), QStringLiteral(JIXIAO_BINARY), QStringLiteral("export"),
                                                        example, QStringLiteral("-o"), out});
        if (ms < 0) {
            std::fprintf(stderr, "jixiao export failed\n");
            return 1;
        }
        command.push_back(ms);
    }
    const double commandMs = median(command);
    std::printf("whole command `jixiao export` (env -i), median of %d: %.1f ms (min %.1f, max %.1f)\n", n, commandMs,
                *std::min_element(command.begin(), command.end()), *std::max_element(command.begin(), command.end()));

    if (soffice) {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (program.isEmpty()) {
            std::printf("soffice: not installed (apt-get install libreoffice-writer-nogui)\n");
            return 0;
        }
        // The seed's text as LibreOffice gets it; its own profile so runs are comparable.
        const QString seed = dir.filePath(QStringLiteral("seed.txt"));
        if (!QFile::copy(QStringLiteral(JIXIAO_SEED_TEXT), seed)) {
            std::printf("soffice: the seed text %s is missing (cmake -DJIXIAO_SEED_TEXT=…)\n", JIXIAO_SEED_TEXT);
            return 0;
        }
        const QStringList sofficeArgs{QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")),
                                      QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"), seed,
                                      QStringLiteral("--outdir"), dir.path()};
        const double cold = runMs(program, sofficeArgs); // creates the profile
        std::vector<double> warm;
        for (int i = 0; i < std::min(n, 5); ++i)
            warm.push_back(runMs(program, sofficeArgs));
        const double warmMs = median(warm);
        std::printf("soffice --convert-to pdf (seed text): first run %.1f ms, median of %zu warm runs %.1f ms\n", cold,
                    warm.size(), warmMs);
        std::printf("ratio soffice / jixiao export: %.1fx\n", warmMs / commandMs);
    }
    return 0;
}
