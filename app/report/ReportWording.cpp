#include "ReportWording.h"

#include <QRegularExpression>

namespace ReportWording {

QString wan(Money amount)
{
    return amount.toWan() + QStringLiteral("万元");
}

QString absWan(Money amount)
{
    return amount.abs().toWan() + QStringLiteral("万元");
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    if (n < 100)
        return QString(digits.at(n / 10)) + QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    return QString::number(n);
}

QString heading1(int n, const QString &title)
{
    return chineseNumber(n) + QStringLiteral("、") + title;
}

QString heading2(int n, const QString &title)
{
    return QStringLiteral("（") + chineseNumber(n) + QStringLiteral("）") + title;
}

QString heading3(int n, const QString &title)
{
    return QString::number(n) + QLatin1Char('.') + title;
}

QString heading4(int n, const QString &title)
{
    return itemNumber(n) + title;
}

QString itemNumber(int n)
{
    return QStringLiteral("（") + QString::number(n) + QStringLiteral("）");
}

QString circled(int n)
{
    if (n >= 1 && n <= 20)
        return QString(QChar(0x2460 + n - 1));
    return itemNumber(n);
}

QStringList paragraphs(const QString &text)
{
    QStringList result;
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n|\u2029|\u2028"));
    for (const QString &line : text.split(lineBreak)) {
        // QString::trimmed() leaves U+3000 (ideographic space), which Word indents are made of.
        QString p = line;
        while (!p.isEmpty() && (p.front().isSpace() || p.front() == QChar(0x3000)))
            p.remove(0, 1);
        while (!p.isEmpty() && (p.back().isSpace() || p.back() == QChar(0x3000)))
            p.chop(1);
        if (!p.isEmpty())
            result.append(p);
    }
    return result;
}

QString sentence(const QString &text)
{
    const QString t = clause(text);
    if (t.isEmpty() || QStringLiteral("！？…!?").contains(t.back()))
        return t;
    return t + QStringLiteral("。");
}

QString clause(const QString &text)
{
    QString t = paragraphs(text).join(QString());
    while (!t.isEmpty() && QStringLiteral("。；，、,;").contains(t.back()))
        t.chop(1);
    return t;
}

QString date(int year, int month, int day)
{
    return QStringLiteral("%1年%2月%3日").arg(year).arg(month).arg(day);
}

} // namespace ReportWording
