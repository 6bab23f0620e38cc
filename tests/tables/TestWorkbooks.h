#pragma once

#include <QList>
#include <functional>
#include <QString>

// Spreadsheets made by the tests at run time, as the published tables come in real life.
// .xlsx through libxlsxwriter (shared strings, or inline strings in constant-memory mode),
// and raw .xlsx parts through minizip for what libxlsxwriter cannot write (a formula
// without a cached value, a sheet of a million rows).

struct TestCell
{
    enum class Kind { Text, Number, Formula };
    int row = 0;
    int column = 0;
    Kind kind = Kind::Text;
    QString text; // the text, or the formula
    double number = 0; // the number, or the formula's cached value
};

struct TestMerge
{
    int top, left, bottom, right;
};

struct TestSheet
{
    QString name;
    QList<TestCell> cells;
    QList<TestMerge> merges;

    void text(int row, int column, const QString &text);
    void number(int row, int column, double number);
    void formula(int row, int column, const QString &formula, double cached);
    // A merged range; its text stands in its first cell.
    void merge(int top, int left, int bottom, int right, const QString &text);
    TestCell *find(int row, int column);
};

struct TestWorkbook
{
    QList<TestSheet> sheets;

    TestSheet &add(const QString &name);
    TestSheet *sheet(const QString &name);
    // libxlsxwriter; inline strings instead of the shared-string table when asked.
    bool writeXlsx(const QString &path, bool inlineStrings = false) const;
};

// The four published tables of the example (xiangtan-2023), each from a row of a sheet,
// in 万元 or 元. Amounts are given in 万元 as text (up to six decimals) and written in the
// table's unit. Each returns the row after the table.
struct TestFigures
{
    QString income = QStringLiteral("1843.29"), carryoverIn = QStringLiteral("30.55"), incomeTotal = QStringLiteral("1873.84");
    QString spent = QStringLiteral("1862.61"), carryoverOut = QStringLiteral("11.23"), spendingTotal = QStringLiteral("1873.84");
    QString spentTotal = QStringLiteral("1862.61"), spentBasic = QStringLiteral("623.09"), spentProject = QStringLiteral("1239.52");
    // “三公”: total, overseas, vehicles (subtotal, purchase, running), reception
    QStringList threeBudget = {QStringLiteral("9.72"), QStringLiteral("0"), QStringLiteral("3.2"), QStringLiteral("0"),
                               QStringLiteral("3.2"), QStringLiteral("6.52")};
    QStringList threeActual = {QStringLiteral("9.6"), QStringLiteral("0"), QStringLiteral("3.13"), QStringLiteral("0"),
                               QStringLiteral("3.13"), QStringLiteral("6.47")};
    QString budgetTotal = QStringLiteral("1610.47"), budgetBasic = QStringLiteral("603.56"), budgetProject = QStringLiteral("1006.91");
};

namespace TestTables {
enum class Unit { Wan, Yuan };
// The unit line as the table writes it: 金额单位：万元 / 单位：元; empty: none at all.
QString unitLine(Unit unit);
double amount(const QString &wan, Unit unit); // the number a cell of that unit holds

int summary(TestSheet &sheet, int top, Unit unit, const TestFigures &f, const QString &unitText = QStringLiteral("?"));
int expenditure(TestSheet &sheet, int top, Unit unit, const TestFigures &f);
int threePublic(TestSheet &sheet, int top, Unit unit, const TestFigures &f);
int budget(TestSheet &sheet, int top, Unit unit, const TestFigures &f);
} // namespace TestTables

// Raw .xlsx parts: one sheet whose <sheetData> (rows and cells as XML) is given as is.
// `rows` is called to write the sheet data in pieces (a million rows without holding them).
namespace RawXlsx {
// One entry of an open minizip zipFile.
bool addFile(void *zip, const QString &name, const QByteArray &bytes);
bool write(const QString &path, const QString &sheetName, const std::function<void(const std::function<void(const QByteArray &)> &)> &rows,
           const QByteArray &afterSheetData = {});
}
