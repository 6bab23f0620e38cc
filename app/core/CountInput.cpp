#include "CountInput.h"

#include "MoneyInput.h"

CountInput::Result CountInput::parse(const QString &typed)
{
    Result result;
    QString text = MoneyInput::normalized(typed);
    for (const QString &unit : {QStringLiteral("人次"), QStringLiteral("人"), QStringLiteral("次"), QStringLiteral("批")}) {
        if (text.endsWith(unit)) {
            text.chop(unit.size());
            text = text.trimmed();
            break;
        }
    }
    if (text.isEmpty())
        return result;
    auto refuse = [&result](const QString &why) {
        result.valid = false;
        result.error = why;
        return result;
    };
    if (text.startsWith(QLatin1Char('-')))
        return refuse(tr("人数和次数不能为负数。"));
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return refuse(tr("“%1”不是数字：请填写整数，例如 136。").arg(c));
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || text.size() > 9)
        return refuse(tr("数字过大。"));
    result.value = value;
    return result;
}
