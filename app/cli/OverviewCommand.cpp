#include "OverviewCommand.h"

#include "CommandOutput.h"
#include "OverviewExport.h"
#include "WorkspaceInput.h"

#include <QCommandLineParser>
#include <QDir>

int OverviewCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("把工作区中某一年度各部门报告的总览（状态、得分、等级、各项指标、错误与提示、主要金额）"
                                        "导出为 .xlsx 或 .csv 表格。"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("overview"), tr("命令名"));
    parser.addOption(WorkspaceInput::dbOption());
    parser.addOption(WorkspaceInput::yearOption());
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("输出文件（.xlsx 或 .csv）"),
                                    QStringLiteral("OUT"));
    parser.addOption(output);
    if (const std::optional<int> done = CommandOutput::parseOrExit(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() > 1)
        return CommandOutput::usageError(tr("overview 不接受文件参数：jixiao overview --db LOCATION --year N -o OUT.xlsx"));
    bool yearOk = false;
    const int year = parser.value(WorkspaceInput::yearOption()).toInt(&yearOk);
    if (!yearOk)
        return CommandOutput::usageError(tr("请用 --year 给出年度，例如 --year 2023"));
    const QString out = parser.value(output);
    if (out.isEmpty() || !OverviewExport::formatOf(out))
        return CommandOutput::usageError(tr("请用 -o 给出输出文件，扩展名为 .xlsx 或 .csv"));

    Workspace workspace;
    int exitCode = CommandOutput::Success;
    if (!WorkspaceInput::open(parser, workspace, false, &exitCode))
        return exitCode;
    QList<OverviewRecord> records;
    if (const WorkspaceError e = workspace.overview(year, &records); e.isError())
        return CommandOutput::refused(workspace.location().displayName(), e.text());
    for (const OverviewRecord &r : records) {
        if (r.storedMismatch)
            CommandOutput::err(tr("jixiao：“%1”的评价在工作区中存储的与报告内容不符（可能被人直接改动过，或由另一版本的程序写入），"
                                  "表中是按报告内容重新计算的结果。").arg(r.department) + QLatin1Char('\n'));
    }
    QString error;
    if (!OverviewExport::write(out, records, year, &error)) {
        CommandOutput::err(QStringLiteral("jixiao: ") + error + QLatin1Char('\n'));
        return CommandOutput::Refused;
    }
    if (records.isEmpty())
        CommandOutput::err(tr("工作区中没有%1年度的报告，表格中只有标题行。").arg(year) + QLatin1Char('\n'));
    CommandOutput::out(tr("已把%1年度 %2 个部门的总览写入 %3").arg(year).arg(records.size()).arg(QDir::toNativeSeparators(out))
                       + QLatin1Char('\n'));
    return CommandOutput::Success;
}
