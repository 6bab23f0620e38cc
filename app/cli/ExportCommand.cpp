#include "ExportCommand.h"

#include "CommandOutput.h"
#include "ReportEvaluation.h"
#include "ReportExporter.h"
#include "ReportJsonReader.h"
#include "PhaseTimer.h"
#include "WorkspaceInput.h"

#include <QCommandLineParser>
#include <QDir>

namespace {

const QCommandLineOption &outputOption()
{
    static const QCommandLineOption option({QStringLiteral("o"), QStringLiteral("output")},
                                           ExportCommand::tr("输出文件：.pdf、.docx、.odt、.json，或 .xlsx（自评表）"), QStringLiteral("OUT"));
    return option;
}

const QCommandLineOption &previousOption()
{
    static const QCommandLineOption option(QStringLiteral("previous"), ExportCommand::tr("上年度的报告文件，用于同比指标"),
                                           QStringLiteral("PREV.json"));
    return option;
}

} // namespace

std::optional<ExportCommand::Input> ExportCommand::loadInput(const QCommandLineParser &parser, const QStringList &files, int *exitCode)
{
    if (WorkspaceInput::namesStoredReport(parser)) { // from a workspace, with its stored previous year
        if (!files.isEmpty()) {
            *exitCode = CommandOutput::usageError(tr("请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出"));
            return std::nullopt;
        }
        const std::optional<WorkspaceInput::Loaded> loaded = WorkspaceInput::load(parser, exitCode);
        if (!loaded)
            return std::nullopt;
        return Input{loaded->report, loaded->previousYear};
    }
    if (files.size() != 1) {
        *exitCode = CommandOutput::usageError(tr("请给出且只给出一个报告文件：jixiao export FILE.json -o OUT.pdf"));
        return std::nullopt;
    }
    const ReportJsonReader::Result current = ReportJsonReader::readFile(files.first());
    if (!current.ok()) {
        *exitCode = CommandOutput::refused(files.first(), current.message());
        return std::nullopt;
    }
    Input input{*current.report, std::nullopt};
    if (parser.isSet(previousOption())) {
        const QString file = parser.value(previousOption());
        const ReportJsonReader::Result previous = ReportJsonReader::readFile(file);
        if (!previous.ok()) {
            *exitCode = CommandOutput::refused(file, previous.message());
            return std::nullopt;
        }
        input.previousYear = previous.report;
        WorkspaceInput::noteUnrelatedPreviousYear(input.report, *input.previousYear, file);
    }
    return input;
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("导出一份报告：PDF（公文格式）、Word 文档（.docx）、ODT 或 JSON；或把自评表导出为 .xlsx。有错误的报告只能导出为草稿。"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), tr("命令名"));
    parser.addPositionalArgument(QStringLiteral("FILE.json"), tr("要导出的报告文件"));
    parser.addOptions({outputOption(), previousOption()});
    WorkspaceInput::addOptions(parser);
    if (const std::optional<int> done = CommandOutput::parseOrExit(parser, arguments))
        return *done;
    const QString output = parser.value(outputOption());
    if (output.isEmpty())
        return CommandOutput::usageError(tr("请用 -o 给出输出文件：jixiao export FILE.json -o OUT.pdf"));
    const std::optional<ReportExporter::Format> format = ReportExporter::formatOf(output);
    if (!format)
        return CommandOutput::usageError(tr("不支持的输出格式“%1”：输出文件应以 .pdf、.docx、.odt、.json 或 .xlsx 结尾。").arg(output));

    int exitCode = CommandOutput::Success;
    const std::optional<Input> input = loadInput(parser, parser.positionalArguments().mid(1), &exitCode);
    if (!input)
        return exitCode;
    PhaseTimer::mark("read the report");

    ReportEvaluation::Inputs inputs;
    inputs.previousYear = input->previousYear ? &*input->previousYear : nullptr;
    const ReportExporter exporter(input->report, inputs);
    PhaseTimer::mark("evaluate");
    QString error;
    QString notice;
    if (!exporter.exportTo(output, *format, &error, &notice)) {
        CommandOutput::err(QStringLiteral("jixiao：") + error + QLatin1Char('\n'));
        return CommandOutput::Refused;
    }
    PhaseTimer::report();
    if (!notice.isEmpty())
        CommandOutput::err(QStringLiteral("jixiao：") + notice + QLatin1Char('\n'));
    if (const QString marking = ReportExporter::draftMarking(*format); exporter.isDraft() && !marking.isEmpty())
        CommandOutput::err(tr("jixiao：报告有%1个错误，已导出为草稿（%2）：%3")
                               .arg(exporter.evaluation().errorCount())
                               .arg(marking, QDir::toNativeSeparators(output))
                           + QLatin1Char('\n'));
    return CommandOutput::Success;
}
