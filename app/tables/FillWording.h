#pragma once

#include "TableFill.h"

#include <QCoreApplication>

// The fill's findings and notes in the user's language: the one place they are worded,
// for the command (jixiao fill) and the window's dialog alike. The reader and the locator
// only give codes and arguments.
class FillWording
{
    Q_DECLARE_TR_FUNCTIONS(FillWording)
public:
    static QString finding(const TableFinding &finding);
    // file › sheet › C16 (the file by its name only)
    static QString place(const QString &file, const QString &sheet, const QString &cell = {});
    static QString place(const FigureSource &source);
    static QString unitName(AmountUnit unit); // 万元 | 元
    // The labels that located a figure and its unit: 年初结转和结余 · 收入 · 金额；单位：万元
    static QString labels(const FigureSource &source);
    // What to know about a filled figure (empty cell, not split, table disagrees); empty
    // when nothing.
    static QString note(const FilledFigure &figure);
};
