// libFuzzer target: ScoringSchemeReader::read on arbitrary bytes. Properties: a refusal says
// what is wrong; an accepted scheme has weights summing to 100 and scores the sample report
// with every item within [0, weight] and the total within [0, 100].
#include "FuzzCheck.h"
#include "ReportEvaluation.h"
#include "ReportJsonReader.h"
#include "ScoringScheme.h"

#include <cstddef>
#include <cstdint>

namespace {
const Report &sampleReport()
{
    static const Report report = [] {
        const ReportJsonReader::Result r = ReportJsonReader::readFile(QStringLiteral(JIXIAO_SAMPLE_REPORT));
        FUZZ_CHECK(r.ok(), qPrintable(r.message()));
        return *r.report;
    }();
    return report;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ScoringSchemeReader::Result result = ScoringSchemeReader::read(bytes);
    if (!result.scheme) {
        FUZZ_CHECK(!result.message.isEmpty(), "a refusal without a message");
        return 0;
    }
    qint64 weights = 0;
    for (const ScoreItemDefinition &item : result.scheme->items)
        weights += item.weightCenti;
    FUZZ_CHECK(weights == 10000, "weights do not sum to 100");

    ReportEvaluation::Inputs inputs;
    inputs.scheme = &*result.scheme;
    const ReportEvaluation evaluation = ReportEvaluation::of(sampleReport(), inputs);
    const ScoreCard &card = evaluation.score;
    FUZZ_CHECK(card.totalCenti >= 0 && card.totalCenti <= 10000, "total out of range");
    FUZZ_CHECK(card.grade == result.scheme->gradeFor(card.totalCenti), "the grade does not match the total");
    for (const ScoreItem &item : card.items) {
        if (item.scoreCenti)
            FUZZ_CHECK(*item.scoreCenti >= 0 && *item.scoreCenti <= item.weightCenti, "item score out of range");
    }
    return 0;
}
