#include "MoneyInput.h"

namespace {

QChar foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
        return QChar(char16_t('0' + (u - 0xFF10)));
    switch (u) {
    case 0xFF0E: // ．
    case 0x3002: // 。 (Chinese input methods type it for a point)
    case 0xFF61: // ｡
        return QLatin1Char('.');
    case 0xFF0C: // ，
    case 0xFE50: // ﹐
        return QLatin1Char(',');
    case 0xFF0D: // －
    case 0x2212: // − minus sign
    case 0x2013: // – en dash
        return QLatin1Char('-');
    case 0xFF0B: // ＋
        return QLatin1Char('+');
    case 0x3000: // ideographic space
    case 0x00A0:
        return QLatin1Char(' ');
    default:
        return c;
    }
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Takes the unit off the end: it may be 万元 or its short form 万; false when it is 元.
bool chopUnit(QString *text)
{
    static const QString wanYuan = QStringLiteral("万元");
    static const QString wan = QStringLiteral("万");
    if (text->endsWith(wanYuan))
        text->chop(wanYuan.size());
    else if (text->endsWith(wan))
        text->chop(wan.size());
    else if (text->endsWith(QStringLiteral("元")))
        return false;
    *text = text->trimmed();
    return true;
}

} // namespace

QString MoneyInput::normalized(const QString &typed)
{
    QString text;
    text.reserve(typed.size());
    for (QChar c : typed)
        text += foldChar(c);
    return text.trimmed();
}

MoneyInput::Result MoneyInput::parse(const QString &typed)
{
    Result result;
    QString text = normalized(typed);
    if (text.isEmpty())
        return result;

    auto invalid = [&result](const QString &why) {
        result.status = Status::Invalid;
        result.error = why;
        return result;
    };
    if (!chopUnit(&text))
        return invalid(tr("金额以万元为单位：请去掉“元”，或把数额换算成万元。"));

    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.front() == QLatin1Char('-');
        text = text.mid(1).trimmed();
    }
    QString integerDigits;
    QString fractionDigits;
    if (const QString why = readDigits(text, &integerDigits, &fractionDigits); !why.isEmpty())
        return invalid(why);
    const std::optional<Money> value = Money::fromDecimalDigits(negative, integerDigits,
                                                                 fractionDigits);
    if (!value)
        return invalid(tr("金额过大：必须小于 1,000,000,000,000 万元。"));
    result.status = Status::Valid;
    result.value = *value;
    return result;
}

QString MoneyInput::readDigits(const QString &text, QString *integerDigits, QString *fractionDigits)
{
    bool seenPoint = false;
    int groupLength = 0;   // digits since the last thousands separator
    bool grouped = false;  // a thousands separator has been seen
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isAsciiDigit(c)) {
            if (seenPoint) {
                *fractionDigits += c;
            } else {
                *integerDigits += c;
                ++groupLength;
            }
        } else if (c == QLatin1Char(',')) {
            if (seenPoint)
                return tr("小数点后面不能有千位分隔符。");
            const bool firstGroupOk = !grouped && groupLength >= 1 && groupLength <= 3;
            const bool laterGroupOk = grouped && groupLength == 3;
            if (!firstGroupOk && !laterGroupOk)
                return tr("千位分隔符“,”的位置不对：它只能每三位数字分隔一次（如 1,843.29）。");
            grouped = true;
            groupLength = 0;
        } else if (c == QLatin1Char('.')) {
            if (seenPoint)
                return tr("金额中有不止一个小数点。");
            seenPoint = true;
        } else if (c == QLatin1Char('-') || c == QLatin1Char('+')) {
            return tr("正负号只能写在金额的最前面。");
        } else if (c.isSpace()) {
            return tr("金额中间不能有空格。");
        } else {
            return tr("“%1”不是金额的一部分：请输入以万元为单位的数字，例如 1843.29。").arg(c);
        }
    }
    if (grouped && groupLength != 3)
        return tr("千位分隔符“,”的位置不对：它只能每三位数字分隔一次（如 1,843.29）。");
    if (integerDigits->isEmpty() && fractionDigits->isEmpty())
        return tr("金额中没有数字。");
    if (fractionDigits->size() > 6)
        return tr("万元金额最多六位小数（即精确到分）。");
    if (integerDigits->isEmpty())
        *integerDigits = QStringLiteral("0");
    return QString();
}
