#include "ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QTextDocument>

ChartTextObject::ChartTextObject(QObject *parent, const ChartBuilder &builder, const Report &report,
                                 const ReportEvaluation &evaluation, qreal dotsPerMm)
    : QObject(parent), m_builder(builder), m_report(report), m_evaluation(evaluation), m_dotsPerMm(dotsPerMm)
{
}

ChartTextObject *ChartTextObject::install(QTextDocument *document, const ChartBuilder &builder, const Report &report,
                                          const ReportEvaluation &evaluation, qreal dotsPerMm)
{
    auto *handler = new ChartTextObject(document, builder, report, evaluation, dotsPerMm);
    document->documentLayout()->registerHandler(ObjectType, handler);
    return handler;
}

QTextCharFormat ChartTextObject::format(ReportChart which)
{
    QTextCharFormat f;
    f.setObjectType(ObjectType);
    f.setProperty(ChartProperty, int(which));
    return f;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const QSizeF mm = ChartBuilder::printSizeMm(ReportChart(format.intProperty(ChartProperty)));
    return QSizeF(mm.width() * m_dotsPerMm, mm.height() * m_dotsPerMm);
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const auto which = ReportChart(format.intProperty(ChartProperty));
    std::unique_ptr<QChart> &chart = m_charts[int(which)];
    if (!chart)
        chart = m_builder.buildForDocument(which, m_report, m_evaluation);
    if (!chart)
        return;
    const QSizeF mm = ChartBuilder::printSizeMm(which);
    ChartBuilder::render(chart.get(), painter, rect, QSizeF(mm.width() / 25.4 * 96, mm.height() / 25.4 * 96));
}
