#include "ReportChartPictures.h"

#include "ChartBuilder.h"
#include "PhaseTimer.h"

#include <QBuffer>
#include <QImageWriter>

namespace ReportChartPictures {

namespace {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Qt maps a PNG quality of 80 to 89 to zlib level 1, the fastest that compresses (90 and
    // above store the pixels: 4.7 MB a chart instead of 83 KB, in no less time). Flat colours
    // and text compress well at any level, and the export must feel instant.
    writer.setQuality(85);
    return writer.write(image) ? bytes : QByteArray();
}

} // namespace

QList<ReportChartPicture> of(const ReportBlocks &blocks, const Report &report, const ReportEvaluation &evaluation,
                             const QFont &chartFont)
{
    QList<ReportChartPicture> pictures;
    const ChartBuilder builder(chartFont);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const ReportBlock &b = blocks[i];
        if (b.kind != ReportBlock::Kind::Chart)
            continue;
        ReportChartPicture p;
        p.chart = b.chart;
        p.sizeMm = ChartBuilder::printSizeMm(b.chart);
        if (i > 0 && blocks[i - 1].kind == ReportBlock::Kind::Caption)
            p.caption = blocks[i - 1].text;
        const std::unique_ptr<QChart> chart = builder.buildForDocument(b.chart, report, evaluation);
        const QImage image = ChartBuilder::image(chart.get(), p.sizeMm, Dpi);
        p.pixels = image.size();
        p.png = png(image);
        // The values after the chart was laid out by image(): its labels are final.
        const QStringList values = ChartBuilder::toolTips(chart.get());
        p.description = p.caption.isEmpty() ? values.join(QStringLiteral("；"))
                                            : p.caption + QStringLiteral("。") + values.join(QStringLiteral("；"));
        pictures.append(p);
    }
    PhaseTimer::mark("chart pictures");
    return pictures;
}

} // namespace ReportChartPictures
