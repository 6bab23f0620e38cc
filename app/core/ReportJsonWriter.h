#pragma once

#include "Report.h"

#include <QByteArray>

// Writes a report in the exchange format (version 1), keys in the order of
// report-format.md, amounts as exact strings of 万元, the unknown keys it was read with
// after the known ones of each object.
class ReportJsonWriter
{
public:
    static QByteArray write(const Report &report);
};
