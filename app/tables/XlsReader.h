#pragma once

#include "WorkbookReader.h"

// The older .xls (BIFF, in an OLE compound file) through FreeXL. FreeXL gives cell values
// (numbers, text, and the cached results of formulas) but not merged ranges: the sheets
// say so (Sheet::knowsMerges). An encrypted .xlsx is an OLE file too: it is recognised
// here and said to be encrypted.
class XlsReader
{
public:
    static WorkbookReader::Result read(const QString &path, const WorkbookLimits &limits);
};
