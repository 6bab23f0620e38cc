#include "ChartView.h"

#include "ChartBuilder.h"
#include "Dialogs.h"
#include "SaveFile.h"

#include <QAction>
#include <QBuffer>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

QFont chartFont(const QFont &widgetFont)
{
    QFont f = widgetFont;
    f.setPixelSize(12); // the chart lays out in pixels (see ChartBuilder::render)
    return f;
}

} // namespace

ChartView::ChartView(ChartKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_builder(std::make_unique<ChartBuilder>(chartFont(font())))
    , m_title(new QLabel(titleOf(kind), this))
    , m_save(new QToolButton(this))
    , m_view(new QChartView(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("chart%1").arg(int(kind)));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    auto *png = new QAction(tr("保存为 PNG 图片(&P)…"), this);
    png->setObjectName(QStringLiteral("savePng"));
    auto *svg = new QAction(tr("保存为 SVG 矢量图(&S)…"), this);
    svg->setObjectName(QStringLiteral("saveSvg"));
    connect(png, &QAction::triggered, this, [this] { saveAs(QStringLiteral("png")); });
    connect(svg, &QAction::triggered, this, [this] { saveAs(QStringLiteral("svg")); });
    auto *menu = new QMenu(m_save);
    menu->addAction(png);
    menu->addAction(svg);
    m_save->setText(tr("保存图表"));
    m_save->setAccessibleName(tr("保存“%1”图表").arg(title()));
    m_save->setMenu(menu);
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // An instant popup's size hint leaves no room for the menu arrow, which the style draws
    // in the bottom right corner: it covered the last character (“表”, the “t” of “chart”).
    const int arrow = m_save->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_save);
    m_save->setMinimumWidth(m_save->sizeHint().width() + 2 * arrow);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(Qt::white);
    m_view->setAccessibleName(title());
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(png);
    m_view->addAction(svg);
    m_view->setMouseTracking(true);
    m_view->installEventFilter(this);

    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_placeholder, 1);
}

ChartView::~ChartView()
{
    // The chart dies with the chart view, after this class: none of its signals may reach
    // a slot of a half-destroyed ChartView then.
    m_view->removeEventFilter(this);
    if (QChart *chart = m_view->chart()) {
        disconnect(chart, nullptr, this, nullptr);
        for (QAbstractSeries *series : chart->series())
            disconnect(series, nullptr, this, nullptr);
    }
}

QString ChartView::titleOf(ChartKind kind)
{
    switch (kind) {
    case ChartKind::BudgetComposition:
        return tr("预算构成");
    case ChartKind::BudgetAgainstSpending:
        return tr("预算与支出");
    case ChartKind::ThreePublic:
        return tr("“三公经费”预算与实际支出");
    case ChartKind::ThreePublicControl:
        return tr("“三公经费”控制率");
    case ChartKind::Adjustments:
        return tr("年中预算调整");
    case ChartKind::Trend:
        return tr("历年趋势");
    }
    return QString();
}

QString ChartView::title() const
{
    return titleOf(m_kind);
}

QChart *ChartView::chart() const
{
    return m_view->chart();
}

std::unique_ptr<QChart> ChartView::build() const
{
    return m_builder->build(m_kind, m_report, m_evaluation, m_earlierYears);
}

void ChartView::setData(const Report &report, const ReportEvaluation &evaluation, const QList<YearFigures> &earlierYears)
{
    QChart *shown = m_view->chart();
    const bool built = shown && shown->property("jixiaoBuilt").toBool();
    if (built && earlierYears == m_earlierYears && ChartBuilder::drawsTheSame(m_kind, m_report, m_evaluation, report, evaluation)) {
        m_report = report; // for the file names: the department may have changed
        m_evaluation = evaluation;
        return;
    }
    m_report = report;
    m_evaluation = evaluation;
    m_earlierYears = earlierYears;
    std::unique_ptr<QChart> next = build();
    if (built && ChartBuilder::update(shown, next.get())) {
        // Same shape: new values in the chart on screen, no new scene items or layout.
        ChartBuilder::fit(shown, m_view->size());
        ChartBuilder::placeValueLabels(shown);
        m_view->setAccessibleDescription(ChartBuilder::toolTips(shown).join(QStringLiteral("；")));
        ++m_rebuilds.updated;
        return;
    }
    ChartBuilder::showToolTipsWith(next.get(), this, [this](const QString &text) { showToolTip(text); });
    QChart *chart = next.release();
    chart->setProperty("jixiaoBuilt", true); // not the view's default empty chart
    // The printed amounts follow the bars whenever the layout moves them.
    connect(chart, &QChart::plotAreaChanged, this, [chart] { ChartBuilder::placeValueLabels(chart); });
    m_view->setChart(chart); // the view owns the new chart and gives the old one back
    delete shown;
    ChartBuilder::fit(chart, m_view->size());
    ChartBuilder::placeValueLabels(chart);
    // The adjustments need their full height (a row under ~30 px loses its label).
    const qreal natural = ChartBuilder::screenSize(m_kind, chart).height();
    m_view->setMinimumHeight(int(m_kind == ChartKind::Adjustments ? natural : natural * 0.8));
    m_view->setAccessibleDescription(ChartBuilder::toolTips(chart).join(QStringLiteral("；")));
    ++m_rebuilds.replaced;
}

void ChartView::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    m_view->setVisible(text.isEmpty());
    m_save->setEnabled(text.isEmpty());
}

bool ChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && m_view->chart())
        ChartBuilder::fit(m_view->chart(), m_view->size()); // legends and pie labels for the new room
    return QWidget::eventFilter(watched, event);
}

bool ChartView::hasPlaceholder() const
{
    return !m_placeholder->text().isEmpty();
}

void ChartView::showToolTip(const QString &text)
{
    m_toolTip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else // report text (adjustment names, reasons) is never taken for HTML
        QToolTip::showText(QCursor::pos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), m_view);
}

QImage ChartView::image(qreal scale) const
{
    std::unique_ptr<QChart> chart = build();
    const QSizeF size = ChartBuilder::screenSize(m_kind, chart.get());
    ChartBuilder::fit(chart.get(), size);
    QImage img((size * scale).toSize(), QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter painter(&img);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        ChartBuilder::render(chart.get(), &painter, QRectF(QPointF(0, 0), img.size()), size);
    }
    img.setDevicePixelRatio(scale);
    return img;
}

QByteArray ChartView::svg() const
{
    std::unique_ptr<QChart> chart = build();
    const QSizeF size = ChartBuilder::screenSize(m_kind, chart.get());
    ChartBuilder::fit(chart.get(), size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96); // its millimetres as on screen
    generator.setTitle(title());
    generator.setDescription(ChartBuilder::toolTips(chart.get()).join(QLatin1Char('\n')));
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        ChartBuilder::render(chart.get(), &painter, QRectF(QPointF(0, 0), size), size);
    }
    return bytes;
}

bool ChartView::save(const QString &fileName, QString *error) const
{
    QByteArray bytes;
    if (fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        bytes = svg();
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image().save(&buffer, "PNG")) {
            if (error)
                *error = tr("无法生成图片");
            return false;
        }
    }
    QString why;
    if (!SaveFile::write(fileName, bytes, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

QString ChartView::suggestedFileName(const QString &suffix) const
{
    QString stem = m_report.department + (m_report.year ? tr("%1年").arg(m_report.year) : QString());
    stem += (stem.isEmpty() ? QString() : QStringLiteral("-")) + title();
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : stem) {
        if (unsafe.contains(c) || c.isSpace())
            c = QLatin1Char('_');
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(stem + QLatin1Char('.') + suffix);
}

void ChartView::saveAs(const QString &format)
{
    const bool svg = format == QLatin1String("svg");
    QString name = Dialogs::saveFileName(this, tr("保存图表“%1”").arg(title()), suggestedFileName(format),
                                         svg ? tr("SVG 矢量图 (*.svg)") : tr("PNG 图片 (*.png)"));
    if (name.isEmpty())
        return;
    if (!name.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        name += QLatin1Char('.') + format;
    QString error;
    if (!save(name, &error))
        Dialogs::error(this, tr("保存图表"), error);
}
