#pragma once

#include "CellAmount.h"
#include "Money.h"
#include "TableFinding.h"

#include <QStringList>

class LocatedTable;
struct Workbook;

// Where a figure came from: the cell, and the labels of its row and column that found it.
struct FigureSource
{
    QString file;
    QString sheet;
    QString cell;
    QStringList labels; // as written in the table
    AmountUnit unit = AmountUnit::Wan; // the table's unit, converted from
    bool operator==(const FigureSource &) const = default;
};

// One figure of the report read from the tables, in 万元 exactly.
struct FilledFigure
{
    QString path; // budget.carryover_in.project, … (the exchange format's)
    Money value;
    FigureSource source;
    bool blankCell = false;       // the cell was empty (or a dash): 0
    bool allIntoProject = false;  // 上年结转: the tables do not split it by basic/project
    bool tableDisagrees = false;  // its table disagrees with itself (see the findings)
    bool operator==(const FilledFigure &) const = default;
};

// The figures a department's published 决算 and 预算 tables give its self-evaluation
// report (issue 16), with the checks each table must pass:
//   上年结转       收入支出决算总表 年初结转和结余 (all into 项目 unless the table splits it)
//   全年支出       支出决算表 合计 row, 基本支出 and 项目支出
//   年末结转       收入支出决算总表 年末结转和结余
//   “三公经费”     “三公”经费支出决算表, 预算数 and 决算数 of each item (公务用车: its 小计)
//   年初预算       一般公共预算支出表 合计 row, 基本支出 and 项目支出
// Checks: the 总表's two 总计 agree; in the 支出决算表's 合计 row 本年支出合计 is the sum of
// its kinds of spending; the three “三公” items add up to their 合计 (预算数 and 决算数), and
// 公务用车's 小计 to its two parts; the budget table's 合计 to 基本 + 项目.
struct TableFill
{
    QList<FilledFigure> filled; // in the report's order
    QStringList notFound;       // paths the tables do not hold (or hold unreadably)
    TableFindings findings;     // files and cells that could not be used, disagreements
    int tablesRecognised = 0;

    // Reads the files (.xlsx, .xls) and locates the tables in them.
    static TableFill fromFiles(const QStringList &files);
    static TableFill fromWorkbooks(const QList<Workbook> &workbooks, TableFindings readProblems = {});
    // Every path the fill can give, in the report's order.
    static QStringList paths();

    bool nothingRead() const { return tablesRecognised == 0; }
    bool hasInconsistencies() const;
    QList<TableFinding> inconsistencies() const;
    QList<TableFinding> problems() const; // everything else
};
