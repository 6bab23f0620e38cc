#include "ListCommand.h"

#include "CommandOutput.h"
#include "WorkspaceInput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString wan(const OptionalMoney &m)
{
    return m ? m->toWan() : QStringLiteral("—");
}

QJsonValue exactWan(const OptionalMoney &m)
{
    return m ? QJsonValue(m->toExactWan()) : QJsonValue();
}

} // namespace

int ListCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("列出工作区中的报告。"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("list"), tr("命令名"));
    parser.addOption(WorkspaceInput::dbOption());
    const QCommandLineOption json(QStringLiteral("json"), tr("以 JSON 输出"));
    parser.addOption(json);
    if (const std::optional<int> done = CommandOutput::parseOrExit(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() > 1)
        return CommandOutput::usageError(tr("list 不接受文件参数：jixiao list --db LOCATION"));

    Workspace workspace;
    int exitCode = CommandOutput::Success;
    if (!WorkspaceInput::open(parser, workspace, false, &exitCode))
        return exitCode;
    QList<ReportSummary> reports;
    if (const WorkspaceError e = workspace.list(&reports); e.isError())
        return CommandOutput::refused(workspace.location().displayName(), e.text());

    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const ReportSummary &s : reports) {
            rows.append(QJsonObject{{QStringLiteral("department"), s.department},
                                    {QStringLiteral("year"), s.year},
                                    {QStringLiteral("revision"), s.revision},
                                    {QStringLiteral("status"), reportStatusKey(s.status)},
                                    {QStringLiteral("budget"), exactWan(s.budget)},
                                    {QStringLiteral("spent"), exactWan(s.spent)},
                                    {QStringLiteral("carryover_out"), exactWan(s.carryoverOut)},
                                    {QStringLiteral("updated_at"), s.updatedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("updated_by"), s.updatedBy}});
        }
        CommandOutput::out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        return CommandOutput::Success;
    }
    QString text = tr("工作区：%1").arg(workspace.location().displayName()) + QLatin1Char('\n');
    for (const ReportSummary &s : reports) {
        text += tr("%1\t%2年度\t第 %3 版\t%4\t全年预算 %5 万元\t全年支出 %6 万元\t%7 %8")
                    .arg(s.department)
                    .arg(s.year)
                    .arg(s.revision)
                    .arg(reportStatusText(s.status), wan(s.budget), wan(s.spent),
                         s.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.updatedBy)
            + QLatin1Char('\n');
    }
    text += tr("共 %1 份报告").arg(reports.size()) + QLatin1Char('\n');
    CommandOutput::out(text);
    return CommandOutput::Success;
}
