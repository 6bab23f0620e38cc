#include "ImportCommand.h"

#include "CommandOutput.h"
#include "ReportEvaluation.h"
#include "ReportJsonReader.h"
#include "WorkspaceInput.h"

#include <QCommandLineParser>

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("把报告文件导入工作区：同一部门同一年度已有报告时替换它（原内容留在历史记录中）。"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import"), tr("命令名"));
    parser.addPositionalArgument(QStringLiteral("FILE.json"), tr("要导入的报告文件，可以有多个"), QStringLiteral("FILE.json..."));
    parser.addOption(WorkspaceInput::dbOption());
    if (const std::optional<int> done = CommandOutput::parseOrExit(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return CommandOutput::usageError(tr("请给出要导入的报告文件：jixiao import FILE.json... --db LOCATION"));

    Workspace workspace;
    int exitCode = CommandOutput::Success;
    if (!WorkspaceInput::open(parser, workspace, true, &exitCode))
        return exitCode;
    const QString where = workspace.location().displayName();
    for (const QString &file : files) {
        const ReportJsonReader::Result read = ReportJsonReader::readFile(file);
        if (!read.ok()) {
            exitCode = CommandOutput::refused(file, read.message());
            continue;
        }
        const Report &report = *read.report;
        const SaveResult saved = workspace.importReport(report);
        if (!saved.ok()) {
            CommandOutput::err(tr("jixiao：%1 未能导入：%2").arg(file, saved.error.text()) + QLatin1Char('\n'));
            exitCode = CommandOutput::Refused;
            continue;
        }
        QString what;
        switch (saved.outcome) {
        case SaveResult::Outcome::Added:
            what = tr("已添加");
            break;
        case SaveResult::Outcome::Replaced:
            what = tr("已替换");
            break;
        default:
            what = tr("未变化");
            break;
        }
        QString line = tr("%1：%2 %3年度（第 %4 版）← %5")
                           .arg(what, report.department)
                           .arg(report.year)
                           .arg(saved.revision)
                           .arg(file);
        if (const int errors = ReportEvaluation::of(report).errorCount(); errors > 0)
            line += tr("（报告有 %1 个错误，已照样导入，可用 jixiao check 查看）").arg(errors);
        CommandOutput::out(line + QLatin1Char('\n'));
    }
    CommandOutput::out(tr("工作区：%1").arg(where) + QLatin1Char('\n'));
    return exitCode;
}
