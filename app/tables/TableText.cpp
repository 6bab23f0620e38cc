#include "TableText.h"

namespace {

QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII forms
        return QChar(char16_t(u - 0xFF01 + 0x21));
    if (u == 0x3000)
        return QLatin1Char(' ');
    return c;
}

bool isQuote(QChar c)
{
    static const QString quotes = QStringLiteral("\"'“”‘’「」『』");
    return quotes.contains(c);
}

bool isChineseNumeral(QChar c)
{
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    return numerals.contains(c);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// One leading ordinal or connective: 一、 (二) 3. 3、 加: 减: 其中:
bool stripPrefix(QString *t)
{
    static const QStringList connectives = {QStringLiteral("加:"), QStringLiteral("减:"), QStringLiteral("其中:")};
    for (const QString &c : connectives) {
        if (t->startsWith(c) && t->size() > c.size()) {
            t->remove(0, c.size());
            return true;
        }
    }
    qsizetype i = 0;
    if (t->startsWith(QLatin1Char('('))) {
        i = 1;
        while (i < t->size() && (isChineseNumeral(t->at(i)) || isAsciiDigit(t->at(i))))
            ++i;
        if (i > 1 && i < t->size() - 1 && t->at(i) == QLatin1Char(')')) {
            t->remove(0, i + 1);
            return true;
        }
        return false;
    }
    while (i < t->size() && isChineseNumeral(t->at(i)))
        ++i;
    if (i > 0 && i < t->size() - 1 && (t->at(i) == QChar(0x3001) || t->at(i) == QLatin1Char('.'))) {
        t->remove(0, i + 1);
        return true;
    }
    i = 0;
    while (i < t->size() && isAsciiDigit(t->at(i)))
        ++i;
    // "3." or "3、" before words; not "2023" or a number such as "1.5"
    if (i > 0 && i <= 2 && i < t->size() - 1 && (t->at(i) == QChar(0x3001) || t->at(i) == QLatin1Char('.'))
        && !isAsciiDigit(t->at(i + 1))) {
        t->remove(0, i + 1);
        return true;
    }
    return false;
}

bool endsWithYear(const QString &prefix)
{
    QString p = prefix;
    if (p.endsWith(QStringLiteral("年度")))
        p.chop(2);
    else if (p.endsWith(QChar(0x5E74))) // 年
        p.chop(1);
    else
        return false;
    return p.size() >= 4 && isAsciiDigit(p.at(p.size() - 1)) && isAsciiDigit(p.at(p.size() - 4));
}

} // namespace

QString TableText::normalized(const QString &text)
{
    QString t;
    t.reserve(text.size());
    for (QChar c : text) {
        const QChar f = fold(c);
        if (!f.isSpace() && !isQuote(f))
            t += f;
    }
    while (stripPrefix(&t)) {
    }
    while (t.endsWith(QLatin1Char(':')))
        t.chop(1);
    return t;
}

QString TableText::shown(const QString &text)
{
    return text.simplified();
}

bool TableText::isOneOf(const QString &normalizedText, const QStringList &labels)
{
    return !normalizedText.isEmpty() && labels.contains(normalizedText);
}

QStringList TableText::labels(std::initializer_list<const char16_t *> texts)
{
    QStringList list;
    for (const char16_t *t : texts)
        list.append(normalized(QString::fromUtf16(t)));
    return list;
}

bool TableText::titleNames(const QString &normalizedTitle, const QStringList &names)
{
    QString title = normalizedTitle;
    // A trailing (公开01表) or (单位:万元) is not part of the name.
    if (title.endsWith(QLatin1Char(')'))) {
        const qsizetype open = title.lastIndexOf(QLatin1Char('('));
        if (open > 0) {
            const QString inside = title.mid(open);
            if (inside.contains(QChar(0x8868)) || inside.contains(QStringLiteral("单位"))) // 表
                title.truncate(open);
        }
    }
    static const QStringList departmentEndings = {
        QStringLiteral("部门"), QStringLiteral("部门预算"), QStringLiteral("部门决算"), QStringLiteral("局"),
        QStringLiteral("委"), QStringLiteral("委员会"), QStringLiteral("院"), QStringLiteral("厅"),
        QStringLiteral("办"), QStringLiteral("办公室"), QStringLiteral("室"), QStringLiteral("会"),
        QStringLiteral("处"), QStringLiteral("中心"), QStringLiteral("所"), QStringLiteral("站"),
        QStringLiteral("队"), QStringLiteral("馆"), QStringLiteral("校"), QStringLiteral("部"),
        QStringLiteral("署"), QStringLiteral("社"), QStringLiteral("团"), QStringLiteral("府"),
        QStringLiteral("庭"), QStringLiteral("司"), QStringLiteral("园"), QStringLiteral("场")};
    for (const QString &name : names) {
        if (!title.endsWith(name))
            continue;
        QString prefix = title.left(title.size() - name.size());
        for (const QString &p : {QStringLiteral("部门预算"), QStringLiteral("部门决算"), QStringLiteral("部门")}) {
            if (prefix.endsWith(p)) {
                prefix.chop(p.size());
                break;
            }
        }
        if (prefix.isEmpty() || endsWithYear(prefix))
            return true;
        for (const QString &ending : departmentEndings) {
            if (prefix.endsWith(ending))
                return true;
        }
    }
    return false;
}
