#include "ReportChartPictures.h"

#include "ChartBuilder.h"
#include "PhaseTimer.h"

#include <png.h>
#include <future>
#include <vector>

namespace ReportChartPictures {

namespace {

void appendTo(png_structp writer, png_bytep data, png_size_t size)
{
    static_cast<QByteArray *>(png_get_io_ptr(writer))->append(reinterpret_cast<const char *>(data), qsizetype(size));
}

void flush(png_structp)
{
}

// Through libpng rather than QImageWriter, for its row filter: Qt's writer lets libpng try
// all five filters on every row (40 ms a chart); with none and zlib's fastest level it takes
// 10 ms, for 92 KB instead of 83 KB — flat colours and text compress well without.
QByteArray png(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB888);
    QByteArray bytes;
    bytes.reserve(128 * 1024);
    png_structp writer = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = writer ? png_create_info_struct(writer) : nullptr;
    if (!info) {
        png_destroy_write_struct(&writer, nullptr);
        return QByteArray();
    }
    if (setjmp(png_jmpbuf(writer))) { // libpng's errors return here
        png_destroy_write_struct(&writer, &info);
        return QByteArray();
    }
    png_set_write_fn(writer, &bytes, appendTo, flush);
    png_set_IHDR(writer, info, png_uint_32(image.width()), png_uint_32(image.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    const png_uint_32 dotsPerMetre = png_uint_32(qRound(Dpi / 0.0254));
    png_set_pHYs(writer, info, dotsPerMetre, dotsPerMetre, PNG_RESOLUTION_METER);
    png_set_filter(writer, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(writer, 1);
    png_write_info(writer, info);
    for (int y = 0; y < image.height(); ++y)
        png_write_row(writer, image.constScanLine(y));
    png_write_end(writer, info);
    png_destroy_write_struct(&writer, &info);
    return bytes;
}

} // namespace

QList<ReportChartPicture> of(const ReportBlocks &blocks, const Report &report, const ReportEvaluation &evaluation,
                             const QFont &chartFont)
{
    QList<ReportChartPicture> pictures;
    // Qt Charts draw on this thread; each picture is compressed on a thread of its own
    // meanwhile, so that the .docx stays instant.
    std::vector<std::future<QByteArray>> compressed;
    const ChartBuilder builder(chartFont, TextLanguage::Chinese); // the document is Chinese
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
        compressed.push_back(std::async(std::launch::async, [image] { return png(image); }));
        // The values after the chart was laid out by image(): its labels are final.
        const QStringList values = ChartBuilder::toolTips(chart.get());
        p.description = p.caption.isEmpty() ? values.join(QStringLiteral("；"))
                                            : p.caption + QStringLiteral("。") + values.join(QStringLiteral("；"));
        pictures.append(p);
    }
    for (qsizetype i = 0; i < pictures.size(); ++i)
        pictures[i].png = compressed[size_t(i)].get();
    PhaseTimer::mark("chart pictures");
    return pictures;
}

} // namespace ReportChartPictures
