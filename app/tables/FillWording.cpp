#include "FillWording.h"

#include <QFileInfo>

namespace {
using Code = TableFinding::Code;
}

QString FillWording::place(const QString &file, const QString &sheet, const QString &cell)
{
    QStringList parts = {QFileInfo(file).fileName()};
    if (!sheet.isEmpty())
        parts.append(sheet);
    if (!cell.isEmpty())
        parts.append(cell);
    return parts.join(QStringLiteral(" › "));
}

QString FillWording::place(const FigureSource &source)
{
    return place(source.file, source.sheet, source.cell);
}

QString FillWording::unitName(AmountUnit unit)
{
    return unit == AmountUnit::Wan ? tr("万元") : tr("元");
}

QString FillWording::labels(const FigureSource &source)
{
    QString text = source.labels.join(QStringLiteral(" · "));
    if (source.unit == AmountUnit::Yuan)
        return tr("%1；由元换算为万元").arg(text);
    return tr("%1；单位：万元").arg(text);
}

QString FillWording::note(const FilledFigure &figure)
{
    QStringList notes;
    if (figure.allIntoProject)
        notes.append(figure.path.endsWith(QLatin1String(".basic"))
                         ? tr("表中未按基本/项目支出拆分结转，基本支出记为 0")
                         : tr("表中未按基本/项目支出拆分结转，全部计入项目支出"));
    if (figure.blankCell)
        notes.append(tr("单元格为空，按 0 填入"));
    if (figure.tableDisagrees)
        notes.append(tr("所在表格自相矛盾，请核对"));
    return notes.join(tr("；"));
}

QString FillWording::finding(const TableFinding &f)
{
    const QString file = QFileInfo(f.file).fileName();
    const QString where = place(f.file, f.sheet, f.cell);
    const QString arg0 = f.args.value(0);
    switch (f.code) {
    case Code::FileNotReadable:
        return tr("无法打开 %1：%2").arg(f.file, arg0);
    case Code::NotASpreadsheet:
        if (arg0 == QLatin1String("xlsb"))
            return tr("%1 是二进制工作簿（.xlsb），无法读取：请在 Excel 或 WPS 中另存为 .xlsx 后再填入。").arg(file);
        if (arg0 == QLatin1String("zip"))
            return tr("%1 是 zip 压缩文件，但其中没有 Excel 工作簿：它是别的文档，或者已经损坏。").arg(file);
        return tr("%1 不是 Excel 表格文件（.xlsx 或 .xls），无法读取。").arg(file);
    case Code::OpenDocument:
        return tr("%1 是 OpenDocument 表格（.ods）：请另存为 .xlsx 或 .xls 后再填入。").arg(file);
    case Code::Encrypted:
        return tr("%1 设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中取消密码后另存一份再填入。").arg(file);
    case Code::Corrupt:
        return tr("%1 已损坏，无法读取（%2）。").arg(file, f.args.join(QStringLiteral("：")));
    case Code::TooManyRows:
        return tr("%1 的工作表“%2”超过 %3 行，不像决算或预算公开表，未读取。").arg(file, f.sheet, arg0);
    case Code::TooManyCells:
        return tr("%1 中的单元格超过 %2 个，不像决算或预算公开表，未读取。").arg(file, arg0);
    case Code::NoTableRecognised:
        return tr("%1 中没有可识别的报表（收入支出决算总表、支出决算表、“三公”经费支出决算表、一般公共预算支出表）。")
            .arg(file);
    case Code::UnitNotFound:
        return tr("%1：“%2”的表头中没有金额单位（如“金额单位：万元”或“单位：元”），表中的数字未使用。")
            .arg(where, f.table);
    case Code::UnitNotSupported:
        return tr("%1：“%2”的金额单位是“%3”，只能读取以元或万元为单位的表，表中的数字未使用。")
            .arg(where, f.table, arg0);
    case Code::DuplicateTable:
        return tr("“%1”不止一张：用的是 %2 中的那一张，%3 中的这一张未使用。")
            .arg(f.table, place(arg0, f.args.value(1)), place(f.file, f.sheet));
    case Code::ColumnAmbiguous:
        return tr("%1：“%2”中有不止一列标为“%3”，无法确定用哪一列。").arg(where, f.table, arg0);
    case Code::AmountIsText:
        return tr("%1 应是金额，却是文字“%2”，未使用。").arg(where, arg0);
    case Code::FormulaWithoutValue:
        return tr("%1 是公式（=%2），但文件中没有保存它的计算结果：请在 Excel 或 WPS 中打开并保存一次后再填入。")
            .arg(where, arg0);
    case Code::CellError:
        return tr("%1 是错误值 %2，未使用。").arg(where, arg0);
    case Code::AmountOutOfRange:
        return tr("%1 的数值 %2 超出金额的范围，未使用。").arg(where, arg0);
    case Code::TotalsDisagree:
        return tr("“%1”自相矛盾：收入总计（%2）为 %3 %6，支出总计（%4）为 %5 %6，相差 %7 %6。")
            .arg(f.table, place(f.file, f.sheet, f.args.value(4)), arg0, where, f.args.value(1), f.args.value(3),
                 f.args.value(2));
    case Code::SumDisagrees:
        return tr("“%1”自相矛盾：%2 的“%3”为 %4 %8，而 %5 = %6 %8，相差 %7 %8。")
            .arg(f.table, where, arg0, f.args.value(1), f.args.value(2), f.args.value(3), f.args.value(4), f.args.value(5));
    }
    return TableFinding::key(f.code);
}
