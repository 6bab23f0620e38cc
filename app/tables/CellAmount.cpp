#include "CellAmount.h"

#include "MoneyInput.h"

#include <QLocale>
#include <cmath>

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Rounds the decimal digits int.frac to `keep` decimals, half away from zero (the sign is
// applied by the caller). Carries into the integer digits (0.9999995 → 1.000000).
void roundDigits(QString *intDigits, QString *fracDigits, int keep)
{
    if (fracDigits->size() <= keep) {
        *fracDigits = fracDigits->leftJustified(keep, QLatin1Char('0'));
        return;
    }
    const bool up = fracDigits->at(keep) >= QLatin1Char('5');
    fracDigits->truncate(keep);
    if (!up)
        return;
    QString all = *intDigits + *fracDigits;
    int i = int(all.size()) - 1;
    for (; i >= 0; --i) {
        if (all[i] == QLatin1Char('9')) {
            all[i] = QLatin1Char('0');
        } else {
            all[i] = QChar(all[i].unicode() + 1);
            break;
        }
    }
    if (i < 0)
        all.prepend(QLatin1Char('1'));
    *intDigits = all.left(all.size() - keep);
    *fracDigits = all.right(keep);
}

bool isDash(const QString &text)
{
    static const QString dashes = QStringLiteral("-—–－―/／");
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!dashes.contains(c))
            return false;
    }
    return true;
}

} // namespace

QString CellAmount::shortestText(double number)
{
    return QString::number(number, 'f', QLocale::FloatingPointShortest);
}

std::optional<Money> CellAmount::fromDecimalText(QStringView text, AmountUnit unit, bool *outOfRange)
{
    if (outOfRange)
        *outOfRange = false;
    QString t = MoneyInput::normalized(text.toString()); // full-width digits and points
    bool negative = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+'))) {
        negative = t.front() == QLatin1Char('-');
        t = t.mid(1);
    }
    const qsizetype point = t.indexOf(QLatin1Char('.'));
    QString intDigits = point < 0 ? t : t.left(point);
    const QString fracDigits0 = point < 0 ? QString() : t.mid(point + 1);
    if (intDigits.contains(QLatin1Char(','))) { // thousands separators: 1,843 or 12,345,678
        const QStringList groups = intDigits.split(QLatin1Char(','));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype n = groups[i].size();
            if (i == 0 ? (n < 1 || n > 3) : n != 3)
                return std::nullopt;
        }
        intDigits.remove(QLatin1Char(','));
    }
    QString fracDigits = fracDigits0;
    for (const QString *digits : {&intDigits, &fracDigits}) {
        for (QChar c : *digits) {
            if (!isDigit(c))
                return std::nullopt;
        }
    }
    if (intDigits.isEmpty() && fracDigits.isEmpty())
        return std::nullopt;
    if (intDigits.isEmpty())
        intDigits = QStringLiteral("0");
    if (unit == AmountUnit::Wan) {
        roundDigits(&intDigits, &fracDigits, 6);
    } else {
        // 元 to 万元: round to 分 (two decimals), then the point moves four places left.
        roundDigits(&intDigits, &fracDigits, 2);
        const QString padded = intDigits.rightJustified(5, QLatin1Char('0'));
        fracDigits = padded.right(4) + fracDigits;
        intDigits = padded.left(padded.size() - 4);
    }
    const std::optional<Money> money = Money::fromDecimalDigits(negative, intDigits, fracDigits);
    if (!money && outOfRange)
        *outOfRange = true;
    return money;
}

CellAmount CellAmount::read(const SheetCell *cell, AmountUnit unit)
{
    CellAmount a;
    if (!cell)
        return a;
    using Kind = SheetCell::Kind;
    switch (cell->kind) {
    case Kind::Empty:
        return a;
    case Kind::Number: {
        a.shown = shortestText(cell->number);
        if (!std::isfinite(cell->number)) {
            a.status = Status::OutOfRange;
            return a;
        }
        bool outOfRange = false;
        const std::optional<Money> m = fromDecimalText(a.shown, unit, &outOfRange);
        a.status = m ? Status::Amount : Status::OutOfRange;
        a.value = m.value_or(Money());
        return a;
    }
    case Kind::Text: {
        a.shown = cell->text;
        const QString trimmed = MoneyInput::normalized(cell->text);
        if (trimmed.isEmpty() || isDash(trimmed))
            return a; // blank
        bool outOfRange = false;
        const std::optional<Money> m = fromDecimalText(trimmed, unit, &outOfRange);
        a.status = m ? Status::Amount : (outOfRange ? Status::OutOfRange : Status::Text);
        a.value = m.value_or(Money());
        return a;
    }
    case Kind::Boolean:
        a.status = Status::Text;
        a.shown = cell->number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return a;
    case Kind::Error:
        a.status = Status::Error;
        a.shown = cell->text;
        return a;
    case Kind::FormulaWithoutValue:
        a.status = Status::Formula;
        a.shown = cell->text;
        return a;
    }
    return a;
}

QString CellAmount::inUnit(Money amount, AmountUnit unit)
{
    if (unit == AmountUnit::Wan)
        return amount.toExactWan();
    // 元 with two decimals: 分 / 100
    const qint64 fen = amount.fen();
    const quint64 magnitude = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    QString text = QStringLiteral("%1.%2").arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (fen < 0)
        text.prepend(QLatin1Char('-'));
    return text;
}
