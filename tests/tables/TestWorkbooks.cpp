#include "TestWorkbooks.h"

#include <QFile>
#include <algorithm>
#include <minizip/zip.h>

#include <xlsxwriter.h>

void TestSheet::text(int row, int column, const QString &t)
{
    cells.append({row, column, TestCell::Kind::Text, t, 0});
}

void TestSheet::number(int row, int column, double n)
{
    cells.append({row, column, TestCell::Kind::Number, QString(), n});
}

void TestSheet::formula(int row, int column, const QString &f, double cached)
{
    cells.append({row, column, TestCell::Kind::Formula, f, cached});
}

void TestSheet::merge(int top, int left, int bottom, int right, const QString &t)
{
    merges.append({top, left, bottom, right});
    text(top, left, t);
}

TestCell *TestSheet::find(int row, int column)
{
    for (TestCell &c : cells) {
        if (c.row == row && c.column == column)
            return &c;
    }
    return nullptr;
}

TestSheet &TestWorkbook::add(const QString &name)
{
    sheets.append(TestSheet{name, {}, {}});
    return sheets.last();
}

TestSheet *TestWorkbook::sheet(const QString &name)
{
    for (TestSheet &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

bool TestWorkbook::writeXlsx(const QString &path, bool inlineStrings) const
{
    lxw_workbook_options options = {};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE; // inline strings, rows in order
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook)
        return false;
    for (const TestSheet &s : sheets) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, s.name.toUtf8().constData());
        QList<TestCell> cells = s.cells;
        std::stable_sort(cells.begin(), cells.end(), [](const TestCell &a, const TestCell &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        for (const TestCell &c : cells) {
            const TestMerge *merged = nullptr;
            for (const TestMerge &m : s.merges) {
                if (m.top == c.row && m.left == c.column)
                    merged = &m;
            }
            if (merged && c.kind == TestCell::Kind::Text) {
                worksheet_merge_range(sheet, lxw_row_t(merged->top), lxw_col_t(merged->left), lxw_row_t(merged->bottom),
                                      lxw_col_t(merged->right), c.text.toUtf8().constData(), nullptr);
                continue;
            }
            switch (c.kind) {
            case TestCell::Kind::Text:
                worksheet_write_string(sheet, lxw_row_t(c.row), lxw_col_t(c.column), c.text.toUtf8().constData(), nullptr);
                break;
            case TestCell::Kind::Number:
                worksheet_write_number(sheet, lxw_row_t(c.row), lxw_col_t(c.column), c.number, nullptr);
                break;
            case TestCell::Kind::Formula:
                worksheet_write_formula_num(sheet, lxw_row_t(c.row), lxw_col_t(c.column), c.text.toUtf8().constData(), nullptr,
                                            c.number);
                break;
            }
        }
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

namespace TestTables {

QString unitLine(Unit unit)
{
    return unit == Unit::Wan ? QStringLiteral("金额单位：万元") : QStringLiteral("单位：元");
}

double amount(const QString &wan, Unit unit)
{
    if (unit == Unit::Wan)
        return wan.toDouble();
    // 万元 to 元 on the text (four places), then the nearest double.
    const qsizetype point = wan.indexOf(QLatin1Char('.'));
    QString digits = point < 0 ? wan : wan.left(point);
    QString fraction = point < 0 ? QString() : wan.mid(point + 1);
    fraction = fraction.leftJustified(4, QLatin1Char('0'));
    return (digits + fraction.left(4) + QLatin1Char('.') + fraction.mid(4)).toDouble();
}

int summary(TestSheet &s, int top, Unit unit, const TestFigures &f, const QString &unitText)
{
    s.text(top, 0, QStringLiteral("收入支出决算总表"));
    s.text(top + 1, 5, QStringLiteral("公开01表"));
    s.text(top + 2, 0, QStringLiteral("部门：湘潭市行政审批服务局"));
    if (unitText != QLatin1String(""))
        s.text(top + 2, 5, unitText == QLatin1String("?") ? unitLine(unit) : unitText);
    s.merge(top + 3, 0, top + 3, 2, QStringLiteral("收入"));
    s.merge(top + 3, 3, top + 3, 5, QStringLiteral("支出"));
    const QStringList heads = {QStringLiteral("项目"), QStringLiteral("行次"), QStringLiteral("金额")};
    for (int i = 0; i < 6; ++i)
        s.text(top + 4, i, heads[i % 3]);
    const QStringList income = {QStringLiteral("一、一般公共预算财政拨款收入"), QStringLiteral("二、政府性基金预算财政拨款收入"),
                                QStringLiteral("三、国有资本经营预算财政拨款收入"), QStringLiteral("四、上级补助收入")};
    const QStringList spending = {QStringLiteral("一、一般公共服务支出"), QStringLiteral("二、外交支出"),
                                  QStringLiteral("三、国防支出"), QStringLiteral("四、公共安全支出")};
    int r = top + 5;
    for (int i = 0; i < income.size(); ++i, ++r) {
        s.text(r, 0, income[i]);
        s.number(r, 1, i + 1);
        s.text(r, 3, spending[i]);
        s.number(r, 4, 32 + i);
    }
    s.number(top + 5, 2, amount(f.income, unit));
    s.number(top + 5, 5, amount(f.spent, unit));
    auto line = [&](const QString &in, int inNo, const QString &inAmount, const QString &out, int outNo, const QString &outAmount) {
        s.text(r, 0, in);
        s.number(r, 1, inNo);
        if (!inAmount.isEmpty())
            s.number(r, 2, amount(inAmount, unit));
        s.text(r, 3, out);
        s.number(r, 4, outNo);
        if (!outAmount.isEmpty())
            s.number(r, 5, amount(outAmount, unit));
        ++r;
    };
    line(QStringLiteral("本年收入合计"), 30, f.income, QStringLiteral("本年支出合计"), 60, f.spent);
    line(QStringLiteral("使用非财政拨款结余"), 31, QString(), QStringLiteral("结余分配"), 61, QString());
    line(QStringLiteral("年初结转和结余"), 32, f.carryoverIn, QStringLiteral("年末结转和结余"), 62, f.carryoverOut);
    line(QStringLiteral("总计"), 33, f.incomeTotal, QStringLiteral("总计"), 63, f.spendingTotal);
    return r;
}

int expenditure(TestSheet &s, int top, Unit unit, const TestFigures &f)
{
    s.text(top, 0, QStringLiteral("支出决算表"));
    s.text(top + 1, 5, QStringLiteral("公开03表"));
    s.text(top + 2, 0, QStringLiteral("部门：湘潭市行政审批服务局"));
    s.text(top + 2, 5, unitLine(unit));
    // The headers over two rows: 项目 over the code and name; the others down both rows.
    s.merge(top + 3, 0, top + 3, 1, QStringLiteral("项目"));
    const QStringList heads = {QStringLiteral("本年支出合计"), QStringLiteral("基本支出"), QStringLiteral("项目支出"),
                               QStringLiteral("上缴上级支出"), QStringLiteral("经营支出"), QStringLiteral("对附属单位补助支出")};
    for (int i = 0; i < heads.size(); ++i)
        s.merge(top + 3, 2 + i, top + 4, 2 + i, heads[i]);
    s.text(top + 4, 0, QStringLiteral("功能分类科目编码"));
    s.text(top + 4, 1, QStringLiteral("科目名称"));
    s.text(top + 5, 0, QStringLiteral("栏次"));
    for (int i = 0; i < heads.size(); ++i)
        s.number(top + 5, 2 + i, i + 1);
    s.text(top + 6, 0, QStringLiteral("合计"));
    s.number(top + 6, 2, amount(f.spentTotal, unit));
    s.number(top + 6, 3, amount(f.spentBasic, unit));
    s.number(top + 6, 4, amount(f.spentProject, unit));
    s.text(top + 7, 0, QStringLiteral("201"));
    s.text(top + 7, 1, QStringLiteral("一般公共服务支出"));
    s.number(top + 7, 2, amount(f.spentTotal, unit));
    s.number(top + 7, 3, amount(f.spentBasic, unit));
    s.number(top + 7, 4, amount(f.spentProject, unit));
    return top + 8;
}

int threePublic(TestSheet &s, int top, Unit unit, const TestFigures &f)
{
    s.text(top, 0, QStringLiteral("一般公共预算财政拨款“三公”经费支出决算表"));
    s.text(top + 1, 5, QStringLiteral("公开07表"));
    s.text(top + 2, 0, QStringLiteral("部门：湘潭市行政审批服务局"));
    s.text(top + 2, 5, unitLine(unit));
    for (int side = 0; side < 2; ++side) {
        const int c = side * 6;
        s.merge(top + 3, c, top + 3, c + 5, side == 0 ? QStringLiteral("预算数") : QStringLiteral("决算数"));
        s.merge(top + 4, c, top + 5, c, QStringLiteral("合计"));
        s.merge(top + 4, c + 1, top + 5, c + 1, QStringLiteral("因公出国（境）费"));
        s.merge(top + 4, c + 2, top + 4, c + 4, QStringLiteral("公务用车购置及运行费"));
        s.text(top + 5, c + 2, QStringLiteral("小计"));
        s.text(top + 5, c + 3, QStringLiteral("公务用车购置费"));
        s.text(top + 5, c + 4, QStringLiteral("公务用车运行费"));
        s.merge(top + 4, c + 5, top + 5, c + 5, QStringLiteral("公务接待费"));
        const QStringList &values = side == 0 ? f.threeBudget : f.threeActual;
        for (int i = 0; i < 6; ++i) {
            s.number(top + 6, c + i, c + i + 1);
            s.number(top + 7, c + i, amount(values[i], unit));
        }
    }
    return top + 8;
}

int budget(TestSheet &s, int top, Unit unit, const TestFigures &f)
{
    s.text(top, 0, QStringLiteral("2023年一般公共预算支出表"));
    s.text(top + 1, 4, QStringLiteral("预算表"));
    s.text(top + 2, 0, QStringLiteral("部门：湘潭市行政审批服务局"));
    s.text(top + 2, 4, unit == Unit::Wan ? QStringLiteral("单位：万元") : QStringLiteral("单位：元"));
    const QStringList heads = {QStringLiteral("科目编码"), QStringLiteral("科目名称"), QStringLiteral("合计"),
                               QStringLiteral("基本支出"), QStringLiteral("项目支出")};
    for (int i = 0; i < heads.size(); ++i)
        s.text(top + 3, i, heads[i]);
    s.text(top + 4, 0, QStringLiteral("合计"));
    s.number(top + 4, 2, amount(f.budgetTotal, unit));
    s.number(top + 4, 3, amount(f.budgetBasic, unit));
    s.number(top + 4, 4, amount(f.budgetProject, unit));
    return top + 5;
}

} // namespace TestTables

namespace RawXlsx {

bool addFile(void *zip, const QString &name, const QByteArray &bytes)
{
    if (zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, 1) != ZIP_OK)
        return false;
    const bool ok = zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK;
    return zipCloseFileInZip(zip) == ZIP_OK && ok;
}

bool write(const QString &path, const QString &sheetName,
           const std::function<void(const std::function<void(const QByteArray &)> &)> &rows, const QByteArray &afterSheetData)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    const QByteArray ns = "http://schemas.openxmlformats.org/";
    bool ok = addFile(zip, QStringLiteral("[Content_Types].xml"),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" + ns + "package/2006/content-types\">"
                      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                      "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    ok = ok && addFile(zip, QStringLiteral("_rels/.rels"),
                       "<Relationships xmlns=\"" + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
                           + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    ok = ok && addFile(zip, QStringLiteral("xl/workbook.xml"),
                       "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns
                           + "officeDocument/2006/relationships\"><sheets><sheet name=\"" + sheetName.toUtf8()
                           + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    ok = ok && addFile(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                       "<Relationships xmlns=\"" + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
                           + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    ok = ok && zipOpenNewFileInZip64(zip, "xl/worksheets/sheet1.xml", nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                     Z_DEFAULT_COMPRESSION, 1) == ZIP_OK;
    if (ok) {
        auto put = [&](const QByteArray &piece) {
            ok = ok && zipWriteInFileInZip(zip, piece.constData(), unsigned(piece.size())) == ZIP_OK;
        };
        put("<worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><sheetData>");
        rows(put);
        put("</sheetData>" + afterSheetData + "</worksheet>");
        ok = zipCloseFileInZip(zip) == ZIP_OK && ok;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace RawXlsx
