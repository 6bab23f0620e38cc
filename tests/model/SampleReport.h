#pragma once

#include "ReportJsonReader.h"

#include <QTest>

// The seed report (湘潭市行政审批服务局 2023), as bundled with the program.
inline Report sampleReport()
{
    const ReportJsonReader::Result r = ReportJsonReader::readFile(QStringLiteral(JIXIAO_SOURCE_DIR "/resources/samples/xiangtan-2023.json"));
    if (!r.ok())
        qFatal("sample report unreadable: %s", qPrintable(r.message()));
    return *r.report;
}
