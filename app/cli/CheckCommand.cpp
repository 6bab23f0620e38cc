#include "CheckCommand.h"

#include "CommandOutput.h"
#include "EvaluationJson.h"
#include "EvaluationSummary.h"
#include "Language.h"
#include "ReportEvaluation.h"
#include "ReportJsonReader.h"

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
    parser.addOptions({previous, json, lang});
    if (!parser.parse(arguments))
        return CommandOutput::usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CommandOutput::out(parser.helpText());
        return 0;
    }
    if (!CommandOutput::installLanguage(parser.value(lang)))
        return CommandOutput::UsageError;

    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return CommandOutput::usageError(tr("请给出且只给出一个报告文件：jixiao check FILE.json"));

    const ReportJsonReader::Result current = ReportJsonReader::readFile(files.first());
    if (!current.ok())
        return CommandOutput::refused(files.first(), current.message());
    std::optional<Report> previousReport;
    if (parser.isSet(previous)) {
        const ReportJsonReader::Result r = ReportJsonReader::readFile(parser.value(previous));
        if (!r.ok())
            return CommandOutput::refused(parser.value(previous), r.message());
        previousReport = r.report;
    }

    ReportEvaluation::Inputs inputs;
    inputs.previousYear = previousReport ? &*previousReport : nullptr;
    const ReportEvaluation evaluation = ReportEvaluation::of(*current.report, inputs);
    if (parser.isSet(json))
        CommandOutput::out(QString::fromUtf8(QJsonDocument(EvaluationJson::toJson(*current.report, evaluation)).toJson(QJsonDocument::Indented)));
    else
        CommandOutput::out(EvaluationSummary::text(*current.report, evaluation));
    return evaluation.errorCount() > 0 ? CommandOutput::ReportHasErrors : CommandOutput::Success;
}
