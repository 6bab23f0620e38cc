#pragma once

#include "ChartKind.h"
#include "Report.h"
#include "ReportEvaluation.h"
#include "YearFigures.h"

#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QToolButton;
QT_END_NAMESPACE
class ChartBuilder;

// One chart of the review screen under its title, with a button (and context menu) that
// saves it as PNG or SVG. The only widget that touches Qt Charts: the chart itself comes
// from ChartBuilder, like the PDF's. Hovering a bar, slice or point shows its exact value.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(ChartKind kind, QWidget *parent = nullptr);
    ~ChartView() override;

    ChartKind kind() const { return m_kind; }
    QString title() const;
    static QString titleOf(ChartKind kind);

    // Shows the chart of this data. Nothing happens when the chart would draw the same;
    // when only values change they are set in the chart on screen; otherwise (other rows,
    // another series) a new chart replaces it.
    void setData(const Report &report, const ReportEvaluation &evaluation, const QList<YearFigures> &earlierYears);
    struct Rebuilds
    {
        int updated = 0;  // values changed in place
        int replaced = 0; // a new chart
    };
    Rebuilds rebuilds() const { return m_rebuilds; } // tests, benchmarks
    // Shows `text` instead of the chart (nothing to draw, e.g. no earlier years); empty: the chart.
    void setPlaceholder(const QString &text);
    bool hasPlaceholder() const;

    // The chart at its natural size (ChartBuilder::screenSize), white background: the PNG
    // is drawn at twice that for sharpness, the SVG holds vectors and text.
    bool save(const QString &fileName, QString *error = nullptr) const;
    QImage image(qreal scale = 2) const;
    QByteArray svg() const;
    // Asks for a file (Dialogs::saveFileName) and saves; says so when it fails.
    void saveAs(const QString &format);

    QChart *chart() const; // tests
    QChartView *chartView() const { return m_view; }
    QString currentToolTip() const { return m_toolTip; } // the last hover text (tests)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<QChart> build() const;
    void showToolTip(const QString &text);
    QString suggestedFileName(const QString &suffix) const;

    ChartKind m_kind;
    std::unique_ptr<ChartBuilder> m_builder;
    QLabel *m_title;
    QToolButton *m_save;
    QChartView *m_view;
    QLabel *m_placeholder;
    QString m_toolTip;
    Rebuilds m_rebuilds;
    // The data of the shown chart, for saving at the natural size (implicitly shared).
    Report m_report;
    ReportEvaluation m_evaluation;
    QList<YearFigures> m_earlierYears;
};
