#include "FillCommand.h"

#include "CommandOutput.h"
#include "FieldNames.h"
#include "FillWording.h"
#include "ReportFields.h"
#include "ReportJsonReader.h"
#include "ReportJsonWriter.h"
#include "ReportWorkflow.h"
#include "SaveFile.h"
#include "TableFill.h"
#include "WorkspaceInput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// 万元 as printed: two decimals, or every decimal there is (an amount in 元 may have six).
QString wanText(Money amount)
{
    return amount.fen() % 10000 == 0 ? amount.toWan() : amount.toExactWan();
}

Report filled(Report report, const TableFill &fill)
{
    for (const FilledFigure &f : fill.filled)
        ReportFields::setValue(report, f.path, QVariant::fromValue(f.value));
    return report;
}

// The report to fill: the one file named, or the stored report that --department and
// --year name (then `workspace` is open and `stored` holds it). An exit code when it cannot
// be had.
std::optional<int> reportToFill(const QCommandLineParser &parser, const QCommandLineOption &output, Workspace &workspace,
                                std::optional<StoredReport> *stored, Report *report)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (!WorkspaceInput::namesStoredReport(parser)) {
        if (files.size() != 1)
            return CommandOutput::usageError(FillCommand::tr("请给出且只给出一个报告文件：jixiao fill REPORT.json --from FILE -o OUT.json"));
        if (!parser.isSet(output))
            return CommandOutput::usageError(FillCommand::tr("请用 -o 给出填好的报告写入的文件：jixiao fill REPORT.json --from FILE -o OUT.json"));
        const ReportJsonReader::Result read = ReportJsonReader::readFile(files.first());
        if (!read.ok())
            return CommandOutput::refused(files.first(), read.message());
        *report = *read.report;
        return std::nullopt;
    }
    if (!files.isEmpty())
        return CommandOutput::usageError(FillCommand::tr("请给出报告文件，或用 --department 和 --year 指明工作区中的报告，不要同时给出"));
    const QString department = parser.value(WorkspaceInput::departmentOption());
    bool yearOk = false;
    const int year = parser.value(WorkspaceInput::yearOption()).toInt(&yearOk);
    if (department.isEmpty() || !yearOk)
        return CommandOutput::usageError(FillCommand::tr("请同时给出 --department 部门名称 和 --year 年度"));
    int exitCode = CommandOutput::Success;
    if (!WorkspaceInput::open(parser, workspace, false, &exitCode))
        return exitCode;
    const LoadResult loaded = workspace.load(department, year);
    if (!loaded.ok())
        return CommandOutput::refused(workspace.location().displayName(), loaded.error.text());
    *stored = loaded.stored;
    if (!ReportWorkflow::acceptsFilledFigures((*stored)->summary.status))
        return CommandOutput::refused(workspace.location().displayName(),
                                      FillCommand::tr("“%1”%2年度的报告%3，不能填入：只有草稿或已退回的报告可以修改。")
                                          .arg(department)
                                          .arg(year)
                                          .arg(reportStatusText((*stored)->summary.status)));
    *report = (*stored)->report;
    return std::nullopt;
}

} // namespace

QString FillCommand::text(const TableFill &fill, const Report &before)
{
    QString out;
    if (!fill.filled.isEmpty())
        out += tr("从报表填入 %1 项（金额单位：万元）：").arg(fill.filled.size()) + QLatin1Char('\n');
    for (const FilledFigure &f : fill.filled) {
        QString line = tr("  %1（%2）= %3 ← %4（%5）")
                           .arg(FieldNames::label(f.path), f.path, wanText(f.value), FillWording::place(f.source),
                                FillWording::labels(f.source));
        if (const QString note = FillWording::note(f); !note.isEmpty())
            line += tr("；%1").arg(note);
        out += line + QLatin1Char('\n');
    }
    if (!fill.notFound.isEmpty())
        out += tr("报表中没有、未填入 %1 项（保持原值）：").arg(fill.notFound.size()) + QLatin1Char('\n');
    for (const QString &path : fill.notFound) {
        const QVariant old = ReportFields::value(before, path);
        const QString kept = old.isValid() ? tr("%1 万元").arg(wanText(old.value<Money>())) : tr("未填写");
        out += tr("  %1（%2）：%3").arg(FieldNames::label(path), path, kept) + QLatin1Char('\n');
    }
    const QList<TableFinding> disagreements = fill.inconsistencies();
    if (!disagreements.isEmpty())
        out += tr("报表自相矛盾 %1 处（相关数字已照样填入，请核对）：").arg(disagreements.size()) + QLatin1Char('\n');
    for (const TableFinding &f : disagreements)
        out += QStringLiteral("  ") + FillWording::finding(f) + QLatin1Char('\n');
    return out;
}

QByteArray FillCommand::json(const TableFill &fill)
{
    QJsonArray filledArray;
    for (const FilledFigure &f : fill.filled) {
        QJsonObject source;
        source.insert(QStringLiteral("file"), f.source.file);
        source.insert(QStringLiteral("sheet"), f.source.sheet);
        source.insert(QStringLiteral("cell"), f.source.cell);
        source.insert(QStringLiteral("labels"), QJsonArray::fromStringList(f.source.labels));
        QJsonObject figure;
        figure.insert(QStringLiteral("path"), f.path);
        figure.insert(QStringLiteral("value"), f.value.toExactWan());
        // The unit the table states, converted from (the value is always in 万元).
        figure.insert(QStringLiteral("unit"), f.source.unit == AmountUnit::Wan ? QStringLiteral("万元") : QStringLiteral("元"));
        figure.insert(QStringLiteral("source"), source);
        filledArray.append(figure);
    }
    QJsonArray inconsistencies;
    for (const TableFinding &f : fill.inconsistencies())
        inconsistencies.append(FillWording::finding(f));
    QJsonObject root;
    root.insert(QStringLiteral("filled"), filledArray);
    root.insert(QStringLiteral("not_found"), QJsonArray::fromStringList(fill.notFound));
    root.insert(QStringLiteral("inconsistencies"), inconsistencies);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int FillCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("从部门决算、预算公开表（.xlsx、.xls）填入报告的数字：上年结转、年初预算、"
                                        "全年支出、年末结转和“三公经费”。"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("fill"), tr("命令名"));
    parser.addPositionalArgument(QStringLiteral("REPORT.json"), tr("要填入的报告文件"));
    const QCommandLineOption from(QStringLiteral("from"), tr("决算或预算公开表文件，可以给出多次"), QStringLiteral("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("填好的报告写入的文件（.json）"),
                                    QStringLiteral("OUT.json"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("以 JSON 输出填入的结果"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("输出语言：zh_CN 或 en"), QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    parser.addOptions({from, output, jsonOption, lang});
    WorkspaceInput::addOptions(parser);
    if (const std::optional<int> done = CommandOutput::parseOrExit(parser, arguments))
        return *done;
    if (!CommandOutput::installLanguage(parser.value(lang)))
        return CommandOutput::UsageError;
    const QStringList tables = parser.values(from);
    if (tables.isEmpty())
        return CommandOutput::usageError(tr("请用 --from 给出决算或预算公开表：jixiao fill REPORT.json --from 决算公开表.xlsx -o OUT.json"));

    // The report: a file, or a stored report of a workspace.
    Workspace workspace;
    std::optional<StoredReport> storedReport;
    Report report;
    if (const std::optional<int> refused = reportToFill(parser, output, workspace, &storedReport, &report))
        return *refused;

    const TableFill fill = TableFill::fromFiles(tables);
    for (const TableFinding &f : fill.problems())
        CommandOutput::err(QStringLiteral("jixiao：") + FillWording::finding(f) + QLatin1Char('\n'));
    if (fill.filled.isEmpty()) {
        CommandOutput::err(tr("jixiao：没有从 %1 读到任何数字，报告未改动。").arg(tables.join(tr("、"))) + QLatin1Char('\n'));
        return CommandOutput::Refused;
    }
    const Report result = filled(report, fill);
    CommandOutput::out(parser.isSet(jsonOption) ? QString::fromUtf8(json(fill)) : text(fill, report));

    if (parser.isSet(output)) {
        QString problem;
        if (!SaveFile::write(parser.value(output), ReportJsonWriter::write(result), &problem)) {
            CommandOutput::err(QStringLiteral("jixiao：") + problem + QLatin1Char('\n'));
            return CommandOutput::Refused;
        }
        if (!parser.isSet(jsonOption))
            CommandOutput::out(tr("已写入 %1").arg(parser.value(output)) + QLatin1Char('\n'));
    }
    if (storedReport) {
        const SaveResult saved = workspace.save(storedReport->summary.id, storedReport->summary.revision, result);
        if (!saved.ok())
            return CommandOutput::refused(workspace.location().displayName(), saved.error.text());
        if (!parser.isSet(jsonOption)) {
            const QString where = workspace.location().displayName();
            CommandOutput::out((saved.outcome == SaveResult::Outcome::Unchanged
                                    ? tr("工作区中的报告已是这些数字，未改动：%1").arg(where)
                                    : tr("已保存到工作区（第 %1 版）：%2").arg(saved.revision).arg(where))
                               + QLatin1Char('\n'));
        }
    }
    return fill.hasInconsistencies() ? CommandOutput::ReportHasErrors : CommandOutput::Success;
}
