#include "CheckCommand.h"

#include "CommandOutput.h"
#include "EvaluationJson.h"
#include "EvaluationSummary.h"
#include "Language.h"
#include "ReportEvaluation.h"
#include "ReportJsonReader.h"
#include "WorkspaceInput.h"

#include <QCommandLineParser>
#include <QJsonDocument>

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("检查一份报告：计算各项指标、核对账目、评分。"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), tr("命令名"));
    parser.addPositionalArgument(QStringLiteral("FILE.json"), tr("要检查的报告文件"));
    const QCommandLineOption previous(QStringLiteral("previous"), tr("上年度的报告文件，用于同比指标"), QStringLiteral("PREV.json"));
    const QCommandLineOption json(QStringLiteral("json"), tr("以 JSON 输出结果"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("输出语言：zh_CN 或 en"), QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    const QCommandLineOption scheme(QStringLiteral("scheme"), tr("评分方案文件（缺省为内置的默认方案）"), QStringLiteral("SCHEME.json"));
    parser.addOptions({previous, json, lang, scheme});
    WorkspaceInput::addOptions(parser);
    if (const std::optional<int> done = CommandOutput::parseOrExit(parser, arguments))
        return *done;
    if (!CommandOutput::installLanguage(parser.value(lang)))
        return CommandOutput::UsageError;

    const QStringList files = parser.positionalArguments().mid(1);
    std::optional<Report> currentReport;
    std::optional<Report> previousReport;
    int exitCode = CommandOutput::Success;
    if (WorkspaceInput::namesStoredReport(parser)) { // the report and its previous year from a workspace
        if (!files.isEmpty())
            return CommandOutput::usageError(tr("请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出"));
        std::optional<WorkspaceInput::Loaded> loaded = WorkspaceInput::load(parser, &exitCode);
        if (!loaded)
            return exitCode;
        currentReport = loaded->report;
        previousReport = loaded->previousYear;
    } else {
        if (files.size() != 1)
            return CommandOutput::usageError(tr("请给出且只给出一个报告文件：jixiao check FILE.json"));
        const ReportJsonReader::Result current = ReportJsonReader::readFile(files.first());
        if (!current.ok())
            return CommandOutput::refused(files.first(), current.message());
        currentReport = current.report;
        previousReport = WorkspaceInput::storedPreviousYear(parser, *currentReport, &exitCode);
        if (exitCode != CommandOutput::Success)
            return exitCode;
    }
    if (parser.isSet(previous)) {
        const ReportJsonReader::Result r = ReportJsonReader::readFile(parser.value(previous));
        if (!r.ok())
            return CommandOutput::refused(parser.value(previous), r.message());
        previousReport = r.report;
        WorkspaceInput::noteUnrelatedPreviousYear(*currentReport, *previousReport, parser.value(previous));
    }

    // A missing or broken scheme file is reported, and the built-in scheme scores instead.
    const ScoringSchemeReader::Loaded scoring = ScoringSchemeReader::loadOrBuiltIn(parser.value(scheme));
    if (!scoring.problem.isEmpty())
        CommandOutput::err(scoring.problem + QLatin1Char('\n'));

    ReportEvaluation::Inputs inputs;
    inputs.previousYear = previousReport ? &*previousReport : nullptr;
    inputs.scheme = &scoring.scheme;
    const ReportEvaluation evaluation = ReportEvaluation::of(*currentReport, inputs);
    if (parser.isSet(json))
        CommandOutput::out(QString::fromUtf8(QJsonDocument(EvaluationJson::toJson(*currentReport, evaluation)).toJson(QJsonDocument::Indented)));
    else
        CommandOutput::out(EvaluationSummary::text(*currentReport, evaluation));
    return evaluation.errorCount() > 0 ? CommandOutput::ReportHasErrors : CommandOutput::Success;
}
