#include "WorkspaceInput.h"

#include "CommandOutput.h"
#include "DefaultWorkspace.h"

#include <QCommandLineParser>
#include <QDir>

const QCommandLineOption &WorkspaceInput::dbOption()
{
    static const QCommandLineOption option(QStringLiteral("db"),
                                           tr("工作区：SQLite 文件，或 postgresql://用户@主机[:端口]/数据库名；不给出时用默认工作区。"
                                              "PostgreSQL 的密码请用环境变量 PGPASSWORD 或 ~/.pgpass 文件给出，"
                                              "不要写在这里：命令行本机其他用户可以在进程列表（ps）中看到"),
                                           QStringLiteral("LOCATION"));
    return option;
}

const QCommandLineOption &WorkspaceInput::departmentOption()
{
    static const QCommandLineOption option(QStringLiteral("department"), tr("工作区中报告的部门名称"), QStringLiteral("NAME"));
    return option;
}

const QCommandLineOption &WorkspaceInput::yearOption()
{
    static const QCommandLineOption option(QStringLiteral("year"), tr("工作区中报告的年度"), QStringLiteral("N"));
    return option;
}

void WorkspaceInput::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({dbOption(), departmentOption(), yearOption()});
}

bool WorkspaceInput::namesStoredReport(const QCommandLineParser &parser)
{
    return parser.isSet(departmentOption()) || parser.isSet(yearOption());
}

bool WorkspaceInput::open(const QCommandLineParser &parser, Workspace &workspace, bool createIfMissing, int *exitCode)
{
    Workspace::Options options;
    options.createIfMissing = createIfMissing;
    WorkspaceError error;
    WorkspaceLocation location;
    if (parser.isSet(dbOption())) {
        QString problem;
        location = WorkspaceLocation::parse(parser.value(dbOption()), &problem);
        if (!location.isValid()) {
            *exitCode = CommandOutput::usageError(problem);
            return false;
        }
        if (!location.password.isEmpty())
            CommandOutput::err(tr("jixiao：注意：--db 中的密码，本机其他用户可以在进程列表（ps）中看到；"
                                  "请改用环境变量 PGPASSWORD 或 ~/.pgpass 文件。")
                               + QLatin1Char('\n'));
        error = workspace.open(location, options);
    } else {
        location = DefaultWorkspace::location();
        error = DefaultWorkspace::open(workspace, options);
    }
    if (error.isError()) {
        *exitCode = CommandOutput::refused(location.displayName(), error.text());
        return false;
    }
    return true;
}

std::optional<WorkspaceInput::Loaded> WorkspaceInput::load(const QCommandLineParser &parser, int *exitCode)
{
    const QString department = parser.value(departmentOption());
    bool yearOk = false;
    const int year = parser.value(yearOption()).toInt(&yearOk);
    if (department.isEmpty() || !yearOk) {
        *exitCode = CommandOutput::usageError(tr("请同时给出 --department 部门名称 和 --year 年度，例如 --department 湘潭市行政审批服务局 --year 2023"));
        return std::nullopt;
    }
    Workspace workspace;
    if (!open(parser, workspace, false, exitCode))
        return std::nullopt;
    const LoadResult current = workspace.load(department, year);
    if (!current.ok()) {
        *exitCode = CommandOutput::refused(workspace.location().displayName(), current.error.text());
        return std::nullopt;
    }
    Loaded loaded{current.stored->report, std::nullopt};
    const LoadResult previous = workspace.load(department, year - 1);
    if (previous.ok())
        loaded.previousYear = previous.stored->report;
    return loaded;
}

std::optional<Report> WorkspaceInput::storedPreviousYear(const QCommandLineParser &parser, const Report &report, int *exitCode)
{
    if (!parser.isSet(dbOption()))
        return std::nullopt;
    Workspace workspace;
    if (!open(parser, workspace, false, exitCode))
        return std::nullopt;
    const LoadResult previous = workspace.load(report.department, report.year - 1);
    return previous.ok() ? std::optional<Report>(previous.stored->report) : std::nullopt;
}

void WorkspaceInput::noteUnrelatedPreviousYear(const Report &report, const Report &previous, const QString &file)
{
    const bool sameDepartment = previous.department.trimmed() == report.department.trimmed();
    if (sameDepartment && previous.year == report.year - 1)
        return;
    CommandOutput::err(tr("jixiao：注意：上年度报告 %1 是“%2”%3年度的报告，本报告是“%4”%5年度的；同比指标和上年结转检查仍按它计算。")
                           .arg(QDir::toNativeSeparators(file), previous.department.trimmed())
                           .arg(previous.year)
                           .arg(report.department.trimmed())
                           .arg(report.year)
                       + QLatin1Char('\n'));
}
