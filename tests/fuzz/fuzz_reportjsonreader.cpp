// libFuzzer target: ReportJsonReader::read on arbitrary bytes.
// Properties: a refusal always says what is wrong; an accepted report survives a write and
// a second read unchanged (lossless round trip), and can be evaluated (figures, indicators,
// checks, score) without overflow or crash.
#include "FuzzCheck.h"
#include "ReportEvaluation.h"
#include "ReportJsonReader.h"
#include "ReportJsonWriter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReportJsonReader::Result result = ReportJsonReader::read(bytes);
    if (!result.ok()) {
        FUZZ_CHECK(!result.problem.isEmpty(), "a refusal without a message");
        return 0;
    }
    const QByteArray written = ReportJsonWriter::write(*result.report);
    const ReportJsonReader::Result again = ReportJsonReader::read(written);
    FUZZ_CHECK(again.ok(), qPrintable(again.message()));
    FUZZ_CHECK(*again.report == *result.report, "the round trip changed the report");

    const ReportEvaluation evaluation = ReportEvaluation::of(*result.report);
    FUZZ_CHECK(evaluation.score.totalCenti >= 0 && evaluation.score.totalCenti <= 10000, "score out of range");
    for (const Indicator &indicator : evaluation.indicators)
        (void)indicator.valueText();
    return 0;
}
