#pragma once

#include "Report.h"

#include <QByteArray>

// Writes a report in the exchange format: version 1, or version 2 when the report uses one
// of its additions (Report::formatVersion; the added keys are written only then). Keys in the order of
// report-format.md, amounts as exact strings of 万元, the unknown keys it was read with
// after the known ones of each object.
class ReportJsonWriter
{
public:
    static QByteArray write(const Report &report);
};
