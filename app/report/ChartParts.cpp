#include "ChartParts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

namespace ChartParts {

qreal wanValue(Money m)
{
    return qreal(m.fen()) / Money::FenPerWan;
}

QString wanLabel(Money m, TextLanguage language)
{
    return textIn(language, "ChartParts", QT_TRANSLATE_NOOP("ChartParts", "%1万元")).arg(m.toWan());
}

QString wanAxisTitle(TextLanguage language)
{
    return textIn(language, "ChartParts", QT_TRANSLATE_NOOP("ChartParts", "万元"));
}

QString signedWan(Money m)
{
    return m.fen() > 0 ? QLatin1Char('+') + m.toWan() : m.toWan();
}

qreal percentValue(const Ratio &ratio)
{
    return qreal(ratio.centiPercent()) / 100;
}

std::optional<Ratio> ratioOf(Money part, Money whole)
{
    if (whole.fen() <= 0)
        return std::nullopt;
    return Ratio{part.fen(), whole.fen()};
}

void style(QChart *chart, const QFont &font)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(Qt::black);
}

QBarSet *barSet(const QString &name, const QColor &colour, const QList<Money> &values, const QFont &font)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(130));
    set->setLabelColor(Qt::black);
    set->setLabelFont(font);
    QStringList labels;
    for (Money m : values) {
        set->append(wanValue(m));
        labels.append(m.toWan());
    }
    set->setProperty(ValueLabelsProperty, labels);
    return set;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories, const QFont &font)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(font);
    axis->setLabelsColor(Qt::black);
    return axis;
}

QValueAxis *valueAxis(qreal min, qreal max, const QString &title, const QString &format, const QFont &font)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setTitleFont(font);
    axis->setLabelsFont(font);
    axis->setLabelsColor(Qt::black);
    axis->setLabelFormat(format);
    axis->setRange(min, max);
    axis->applyNiceNumbers();
    return axis;
}

QString withoutBreaks(const QString &category)
{
    static const QString br = QStringLiteral("<br>");
    QString text = category;
    for (qsizetype at = text.indexOf(br); at >= 0; at = text.indexOf(br, at)) {
        // Between two Chinese characters the break just goes; between words it is a space.
        const auto wide = [](QChar c) { return c.unicode() >= 0x2e80; };
        const bool space = at > 0 && at + br.size() < text.size() && !wide(text.at(at - 1)) && !wide(text.at(at + br.size()));
        text.replace(at, br.size(), space ? QStringLiteral(" ") : QString());
    }
    return text;
}

QString elided(const QString &text, int maxChars)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= maxChars)
        return simplified;
    qsizetype keep = maxChars - 1;
    if (keep > 0 && simplified.at(keep - 1).isHighSurrogate())
        --keep; // never cut a character outside the BMP in half
    return simplified.left(keep) + QChar(0x2026);
}

} // namespace ChartParts
