#include "ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QTextDocument>

ChartTextObject::ChartTextObject(QObject *parent, qreal dotsPerMm) : QObject(parent), m_dotsPerMm(dotsPerMm)
{
}

ChartTextObject *ChartTextObject::install(QTextDocument *document, const ChartBuilder &builder, const Report &report,
                                          const ReportEvaluation &evaluation, qreal dotsPerMm)
{
    auto *handler = new ChartTextObject(document, dotsPerMm);
    for (ReportChart which : {ReportChart::BudgetComposition, ReportChart::BudgetAgainstSpending, ReportChart::ThreePublic})
        handler->m_charts[int(which)] = builder.build(which, report, evaluation);
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
    const auto it = m_charts.find(format.intProperty(ChartProperty));
    if (it == m_charts.end() || !it->second)
        return;
    const QSizeF mm = ChartBuilder::printSizeMm(ReportChart(format.intProperty(ChartProperty)));
    ChartBuilder::render(it->second.get(), painter, rect, QSizeF(mm.width() / 25.4 * 96, mm.height() / 25.4 * 96));
}
