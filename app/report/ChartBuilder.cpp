#include "ChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace {

// Display only: chart geometry may be a double; every printed figure comes from Money.
qreal wanValue(Money m)
{
    return qreal(m.fen()) / Money::FenPerWan;
}

QString wanLabel(Money m)
{
    return m.toWan() + QStringLiteral("万元");
}

// Subdued colours that survive a black-and-white printer (distinct grey levels).
const QColor budgetColour(0x4a, 0x6f, 0xa5);
const QColor spentColour(0xc8, 0x8b, 0x3a);
const QColor carryoverColour(0x9a, 0xb8, 0x7a);

// The printed value of each bar, kept on the set: Qt Charts would print 3.2 for 3.20.
const char *const ValueLabelsProperty = "jixiaoValueLabels";
const int ValueLabelKey = 0x4A58; // QGraphicsItem::data key marking our label items

QBarSet *barSet(const QString &name, const QColor &colour, const QList<Money> &values)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(130));
    QStringList labels;
    set->setLabelColor(Qt::black);
    for (Money m : values) {
        set->append(wanValue(m));
        labels.append(m.toWan());
    }
    set->setProperty(ValueLabelsProperty, labels);
    return set;
}

QBarSeries *barSeries()
{
    auto *series = new QBarSeries;
    series->setBarWidth(0.7);
    return series;
}

} // namespace

ChartBuilder::ChartBuilder(const QFont &labelFont) : m_labelFont(labelFont)
{
}

QSizeF ChartBuilder::printSizeMm(ReportChart which)
{
    // A pie needs less height than bars with their axis, values and legend.
    return which == ReportChart::BudgetComposition ? QSizeF(150, 62) : QSizeF(150, 76);
}

void ChartBuilder::style(QChart *chart) const
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(m_labelFont);
    chart->legend()->setLabelColor(Qt::black);
}

std::unique_ptr<QChart> ChartBuilder::budgetComposition(const ReportFigures &f) const
{
    auto chart = std::make_unique<QChart>();
    style(chart.get());
    auto *series = new QPieSeries;
    series->setPieSize(0.62);
    series->setHoleSize(0.3);
    const struct { const char *name; Money amount; QColor colour; } parts[] = {
        {"基本支出预算", f.budgetBasic, budgetColour},
        {"项目支出预算", f.budgetProject, spentColour},
        {"上年结转", f.carryoverIn, carryoverColour}};
    for (const auto &part : parts) {
        if (part.amount.fen() <= 0)
            continue;
        QPieSlice *slice = series->append(QString::fromUtf8(part.name) + QLatin1Char(' ') + wanLabel(part.amount), wanValue(part.amount));
        slice->setColor(part.colour);
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(true);
        slice->setLabelFont(m_labelFont);
        slice->setLabelColor(Qt::black);
        slice->setLabelArmLengthFactor(0.12);
    }
    chart->addSeries(series);
    chart->legend()->hide();
    return chart;
}

std::unique_ptr<QChart> ChartBuilder::budgetAgainstSpending(const ReportFigures &f) const
{
    auto chart = std::make_unique<QChart>();
    style(chart.get());
    auto *series = barSeries();
    series->append(barSet(QStringLiteral("全年预算（含上年结转）"), budgetColour, {f.availableBasic, f.availableProject, f.available}));
    series->append(barSet(QStringLiteral("全年支出"), spentColour, {f.spentBasic, f.spentProject, f.spent}));
    for (QBarSet *set : series->barSets())
        set->setLabelFont(m_labelFont);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append({QStringLiteral("基本支出"), QStringLiteral("项目支出"), QStringLiteral("合计")});
    categories->setLabelsFont(m_labelFont);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setTitleText(QStringLiteral("万元"));
    values->setTitleFont(m_labelFont);
    values->setLabelsFont(m_labelFont);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setMin(0);
    values->setMax(std::max(wanValue(f.available), wanValue(f.spent)) * 1.15 + 1);
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

std::unique_ptr<QChart> ChartBuilder::threePublic(const Report &report) const
{
    const ThreePublicAmounts &b = report.budget.threePublicBudget;
    const ThreePublicAmounts &a = report.execution.threePublicActual;
    auto given = [](const OptionalMoney &m) { return m.value_or(Money()); };
    auto chart = std::make_unique<QChart>();
    style(chart.get());
    auto *series = barSeries();
    series->append(barSet(QStringLiteral("预算"), budgetColour, {given(b.reception), given(b.vehicles), given(b.overseas)}));
    series->append(barSet(QStringLiteral("实际支出"), spentColour, {given(a.reception), given(a.vehicles), given(a.overseas)}));
    for (QBarSet *set : series->barSets())
        set->setLabelFont(m_labelFont);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append({QStringLiteral("公务接待费"), QStringLiteral("公务用车购置<br>及运行维护费"), QStringLiteral("因公出国<br>（境）费")});
    categories->setLabelsFont(m_labelFont);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    qreal top = 0;
    for (const OptionalMoney &m : {b.reception, b.vehicles, b.overseas, a.reception, a.vehicles, a.overseas})
        top = std::max(top, wanValue(given(m)));
    auto *values = new QValueAxis;
    values->setTitleText(QStringLiteral("万元"));
    values->setTitleFont(m_labelFont);
    values->setLabelsFont(m_labelFont);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setMin(0);
    values->setMax(top * 1.2 + 1);
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

std::unique_ptr<QChart> ChartBuilder::build(ReportChart which, const Report &report, const ReportEvaluation &evaluation) const
{
    switch (which) {
    case ReportChart::BudgetComposition:
        return budgetComposition(evaluation.figures);
    case ReportChart::BudgetAgainstSpending:
        return budgetAgainstSpending(evaluation.figures);
    case ReportChart::ThreePublic:
        return threePublic(report);
    }
    return nullptr;
}

void ChartBuilder::placeValueLabels(QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        if (item->data(ValueLabelKey).toBool())
            delete item;
    }
    for (QAbstractSeries *s : chart->series()) {
        auto *series = qobject_cast<QBarSeries *>(s);
        if (!series)
            continue;
        const QList<QBarSet *> sets = series->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            const QStringList labels = sets[i]->property(ValueLabelsProperty).toStringList();
            // Grouped bars share barWidth of a category; set i sits at its share's centre.
            const qreal offset = -series->barWidth() / 2 + (i + 0.5) * series->barWidth() / sets.size();
            for (int c = 0; c < labels.size() && c < sets[i]->count(); ++c) {
                const QPointF top = chart->mapToPosition(QPointF(c + offset, sets[i]->at(c)), series);
                auto *label = new QGraphicsSimpleTextItem(labels[c], chart);
                label->setData(ValueLabelKey, true);
                QFont font = sets[i]->labelFont();
                font.setPixelSize(std::max(8, font.pixelSize() * 5 / 6)); // narrower than a bar
                label->setFont(font);
                label->setBrush(Qt::black);
                const QRectF r = label->boundingRect();
                label->setPos(top.x() - r.width() / 2, top.y() - r.height() - 1);
                label->setZValue(100);
            }
        }
    }
}

void ChartBuilder::render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &logicalSize)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logicalSize));
    placeValueLabels(chart);
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    scene.removeItem(chart); // the caller owns the chart, not the scene
}

QImage ChartBuilder::image(QChart *chart, const QSizeF &sizeMm, int dpi)
{
    const QSizeF logical(sizeMm.width() / 25.4 * 96, sizeMm.height() / 25.4 * 96);
    QImage img(QSize(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi)), QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter painter(&img);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(chart, &painter, QRectF(QPointF(0, 0), img.size()), logical);
    return img;
}
