#include "WorkspaceError.h"

bool WorkspaceError::isTransient() const
{
    switch (kind) {
    case Busy:
    case DiskFull:
    case IoError:
    case ServerUnreachable:
    case ConnectionLost:
        return true;
    default:
        return false;
    }
}

QString WorkspaceError::text() const
{
    if (detail.isEmpty())
        return message;
    return tr("%1（%2）").arg(message, detail.trimmed());
}

WorkspaceError WorkspaceError::of(Kind kind, const QString &where, const QString &detail)
{
    QString m;
    switch (kind) {
    case None:
        return {};
    case DriverMissing:
        return driverMissing(where);
    case InvalidLocation:
        m = tr("无法识别工作区位置“%1”。").arg(where);
        break;
    case FileMissing:
        m = tr("工作区文件“%1”不存在。").arg(where);
        break;
    case CannotOpen:
        m = tr("无法打开或创建工作区文件“%1”：请检查路径是否存在、是否有写入权限。").arg(where);
        break;
    case NotADatabase:
        m = tr("“%1”不是工作区数据库文件（可能是别的文件，或已经损坏）。文件未作任何改动。"
               "如果这是一份报告文件，请用“导入”读入它。").arg(where);
        break;
    case NotAWorkspace:
        m = tr("“%1”是其他程序的数据库，不是绩效自评工作区。为免破坏其中的数据，本程序不会写入它。").arg(where);
        break;
    case Corrupt:
        m = tr("工作区“%1”已损坏，无法读取。请从备份恢复，文件未作任何改动。").arg(where);
        break;
    case NewerSchema:
        return newerSchema(where, 0, 0);
    case ReadOnly:
        m = tr("工作区“%1”是只读的，修改无法保存。请检查文件权限，或另存到可以写入的位置。").arg(where);
        break;
    case Busy:
        m = tr("工作区“%1”正被另一个程序占用，等待后仍未释放。请稍后重试。").arg(where);
        break;
    case DiskFull:
        m = tr("磁盘已满，修改未能保存到“%1”。已保存的内容完好；请腾出磁盘空间后重试。").arg(where);
        break;
    case IoError:
        m = tr("读写工作区“%1”时出错（磁盘故障或文件被移走）。请检查后重试。").arg(where);
        break;
    case ServerUnreachable:
        m = tr("无法连接数据库服务器 %1：服务器没有运行，或地址、端口有误，或网络不通。").arg(where);
        break;
    case AuthenticationFailed:
        m = tr("数据库服务器 %1 拒绝登录：用户名或密码不对。").arg(where);
        break;
    case DatabaseMissing:
        m = tr("数据库服务器上没有工作区数据库 %1，请先请管理员创建它。").arg(where);
        break;
    case PermissionDenied:
        m = tr("您没有修改这份报告的权限（工作区 %1 拒绝了这次修改）。如需权限，请联系工作区管理员。").arg(where);
        break;
    case ReportLocked:
        m = tr("这份报告已审核，不能再修改。如需修改，请审核人员先“重新打开”它。");
        break;
    case ReportUnderReview:
        m = tr("这份报告已提交，正在等待审核，内容不能修改。如需修改，请审核人员先将它“退回”。");
        break;
    case NotAllowed:
        m = tr("按照审核流程，不能这样更改报告的状态。");
        break;
    case ConnectionLost:
        m = tr("与数据库服务器 %1 的连接中断，修改未能保存。请在连接恢复后重试。").arg(where);
        break;
    case Conflict:
        m = tr("这份报告已被他人修改并保存，您的修改未保存。");
        break;
    case NotFound:
        m = tr("工作区中没有这份报告（可能已被删除）。");
        break;
    case Duplicate:
        m = tr("工作区中已有同一部门、同一年度的报告。");
        break;
    case InvalidReport:
        m = tr("工作区中保存的报告无法读出。");
        break;
    case Other:
        m = tr("访问工作区“%1”时出错。").arg(where);
        break;
    }
    return WorkspaceError(kind, m, detail);
}

WorkspaceError WorkspaceError::driverMissing(const QString &driver)
{
    const bool sqlite = driver == QLatin1String("QSQLITE");
    const QString package = sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql");
    const QString engine = sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    return WorkspaceError(DriverMissing,
                          tr("缺少 %1 数据库驱动（Qt 插件 %2），无法打开工作区。请安装软件包 %3 后再试。")
                              .arg(engine, driver, package));
}

WorkspaceError WorkspaceError::newerSchema(const QString &where, int found, int known)
{
    return WorkspaceError(NewerSchema,
                          tr("工作区“%1”由较新版本的程序创建（数据结构第 %2 版，本程序只认识到第 %3 版）。"
                             "请升级本程序后再打开；文件未作任何改动。")
                              .arg(where).arg(found).arg(known));
}
