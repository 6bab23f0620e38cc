#pragma once

#include "ChartBuilder.h"

#include <QObject>
#include <QTextObjectInterface>
#include <map>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

// A chart inside the flow of a QTextDocument: the document lays it out like a large
// character, and when the page is painted the chart is drawn with ChartBuilder::render onto
// the same painter — on a PDF that means vectors and real text, not a picture. A chart is
// built when it is first drawn: its size is known without it, and a document that holds no
// chart (an appendix) builds none.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;
    static constexpr int ChartProperty = QTextFormat::UserProperty + 1;

    // Registers a handler with `document`'s layout (the document owns it). `dotsPerMm` is the
    // resolution of the device the document is laid out for. Report and evaluation must
    // outlive the document.
    static ChartTextObject *install(QTextDocument *document, const ChartBuilder &builder, const Report &report,
                                    const ReportEvaluation &evaluation, qreal dotsPerMm);
    // The character format of one chart, to insert with QTextCursor::insertText(QChar::ObjectReplacementCharacter, …).
    static QTextCharFormat format(ReportChart which);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    ChartTextObject(QObject *parent, const ChartBuilder &builder, const Report &report, const ReportEvaluation &evaluation,
                    qreal dotsPerMm);
    std::map<int, std::unique_ptr<QChart>> m_charts;
    const ChartBuilder m_builder;
    const Report &m_report;
    const ReportEvaluation &m_evaluation;
    qreal m_dotsPerMm;
};
