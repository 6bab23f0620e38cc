#pragma once

#include "LocatedTable.h"
#include "TableFill.h"

// The labels the published tables use (each a list of the ways it is written).
namespace TableLabels {
const QStringList &carryoverIn();        // 年初结转和结余
const QStringList &carryoverInBasic();   // 基本支出结转
const QStringList &carryoverInProject(); // 项目支出结转和结余
const QStringList &carryoverOut();       // 年末结转和结余
const QStringList &amount();             // 金额 (the 总表's value columns)
const QStringList &total();              // 合计
const QStringList &grandTotal();         // 总计
const QStringList &subtotal();           // 小计
const QStringList &basic();              // 基本支出
const QStringList &project();            // 项目支出
const QStringList &expenditureTotal();   // 本年支出合计
const QList<QStringList> &otherSpending(); // 上缴上级支出, 经营支出, 对附属单位补助支出
const QStringList &budgeted();           // 预算数
const QStringList &actual();             // 决算数
const QStringList &overseas();           // 因公出国（境）费
const QStringList &vehicles();           // 公务用车购置及运行费
const QStringList &vehiclePurchase();    // 公务用车购置费
const QStringList &vehicleRunning();     // 公务用车运行费
const QStringList &reception();          // 公务接待费
} // namespace TableLabels

// Reading figures out of one located table: choosing a column by its headers, reading a
// cell as an amount, and saying what could not be used (each cell once).
class TableReading
{
public:
    TableReading(const LocatedTable &table, TableFindings *findings);

    const LocatedTable &table() const { return m_table; }

    // The column under all of `groups`. After a row label (afterColumn ≥ 0): the nearest
    // such column to its right (the 总表 has 收入 and 支出 side by side). Otherwise the only
    // one, or the one headed 小计/合计 among sub-columns, or the one the headers name
    // last; when still several, nothing (said once if `sayAmbiguous`).
    std::optional<int> column(const QList<QStringList> &groups, int afterColumn = -1, bool sayAmbiguous = false);

    // The amount in a cell; nothing when it is not one (the finding is added). *blank is
    // set for an empty cell, read as 0.
    std::optional<Money> amount(int row, int column, bool *blank = nullptr);

    // The labels of a column, as written, top down.
    QStringList columnLabels(int column) const;
    FigureSource source(int row, int column, const QStringList &rowLabels) const;
    TableFinding finding(TableFinding::Code code, int row, int column, const QStringList &args = {}) const;
    QString unitName() const;

private:
    const LocatedTable &m_table;
    TableFindings *m_findings;
};
