#include "JsonTree.h"

#include <QSet>
#include <QtNumeric>
#include <QStringDecoder>

JsonNode::JsonNode() = default;
JsonNode::JsonNode(const JsonNode &) = default;
JsonNode::JsonNode(JsonNode &&) noexcept = default;
JsonNode &JsonNode::operator=(const JsonNode &) = default;
JsonNode &JsonNode::operator=(JsonNode &&) noexcept = default;
JsonNode::~JsonNode() = default;

const JsonNode *JsonNode::member(const QString &key) const
{
    for (const auto &m : members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

namespace {

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    bool parseDocument(JsonNode *root)
    {
        skipSpace();
        if (!parseValue(root, 0, QString()))
            return false;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(JsonTree::tr("文档结束后还有多余的内容"));
        return true;
    }

    QString error;
    QString errorPath;

private:
    bool fail(const QString &what, const QString &path = QString())
    {
        if (error.isEmpty()) {
            error = JsonTree::tr("第 %1 行：%2").arg(m_line).arg(what);
            errorPath = path;
        }
        return false;
    }

    bool failTooLong(const QString &path)
    {
        return fail(JsonTree::tr("文本超过 %1 个字符的上限").arg(JsonTree::MaxTextLength), path);
    }

    QChar peek() const { return m_pos < m_text.size() ? m_text[m_pos] : QChar(); }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('\n'))
                ++m_line;
            else if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
                return;
            ++m_pos;
        }
    }

    bool expectWord(const char *word, const QString &path)
    {
        const QLatin1StringView w(word);
        if (QStringView(m_text).mid(m_pos, w.size()) != w)
            return fail(JsonTree::tr("意外的字符“%1”").arg(JsonTree::shown(peek())), path);
        m_pos += w.size();
        return true;
    }

    bool parseValue(JsonNode *node, int depth, const QString &path)
    {
        if (depth > JsonTree::MaxDepth)
            return fail(JsonTree::tr("嵌套层数超过 %1 层").arg(JsonTree::MaxDepth), path);
        if (++m_values > JsonTree::MaxValues)
            return fail(JsonTree::tr("文件中的取值超过 %1 个，不像是一份报告").arg(JsonTree::MaxValues), path);
        node->line = m_line;
        const QChar c = peek();
        if (c == QLatin1Char('{'))
            return parseObject(node, depth, path);
        if (c == QLatin1Char('['))
            return parseArray(node, depth, path);
        if (c == QLatin1Char('"')) {
            node->kind = JsonNode::Kind::String;
            return parseString(&node->text, path);
        }
        if (c == QLatin1Char('t')) {
            node->kind = JsonNode::Kind::Bool;
            node->boolean = true;
            return expectWord("true", path);
        }
        if (c == QLatin1Char('f')) {
            node->kind = JsonNode::Kind::Bool;
            return expectWord("false", path);
        }
        if (c == QLatin1Char('n')) {
            node->kind = JsonNode::Kind::Null;
            return expectWord("null", path);
        }
        if (c == QLatin1Char('-') || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            node->kind = JsonNode::Kind::Number;
            return parseNumber(&node->text, path);
        }
        if (m_pos >= m_text.size())
            return fail(JsonTree::tr("文档在应有取值的地方结束了"), path);
        return fail(JsonTree::tr("意外的字符“%1”").arg(JsonTree::shown(c)), path);
    }

    bool parseObject(JsonNode *node, int depth, const QString &path)
    {
        node->kind = JsonNode::Kind::Object;
        ++m_pos; // {
        skipSpace();
        if (peek() == QLatin1Char('}')) {
            ++m_pos;
            return true;
        }
        QSet<QString> seen;
        for (;;) {
            skipSpace();
            if (peek() != QLatin1Char('"'))
                return fail(JsonTree::tr("此处应为带双引号的键名"), path);
            QString key;
            if (!parseString(&key, path))
                return false;
            const QString memberPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (seen.contains(key))
                return fail(JsonTree::tr("键“%1”在同一个对象中出现了两次").arg(JsonTree::excerpt(key)), memberPath);
            seen.insert(key);
            skipSpace();
            if (peek() != QLatin1Char(':'))
                return fail(JsonTree::tr("键“%1”后面应为“:”").arg(JsonTree::excerpt(key)), memberPath);
            ++m_pos;
            skipSpace();
            JsonNode value;
            if (!parseValue(&value, depth + 1, memberPath))
                return false;
            node->members.emplace_back(key, std::move(value));
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (peek() == QLatin1Char('}')) {
                ++m_pos;
                return true;
            }
            return fail(JsonTree::tr("对象中此处应为“,”或“}”"), path);
        }
    }

    bool parseArray(JsonNode *node, int depth, const QString &path)
    {
        node->kind = JsonNode::Kind::Array;
        ++m_pos; // [
        skipSpace();
        if (peek() == QLatin1Char(']')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            JsonNode value;
            const QString itemPath = path + QLatin1Char('[') + QString::number(node->items.size()) + QLatin1Char(']');
            if (!parseValue(&value, depth + 1, itemPath))
                return false;
            node->items.push_back(std::move(value));
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (peek() == QLatin1Char(']')) {
                ++m_pos;
                return true;
            }
            return fail(JsonTree::tr("列表中此处应为“,”或“]”"), path);
        }
    }

    bool parseHex4(char16_t *unit)
    {
        if (m_pos + 4 > m_text.size())
            return fail(JsonTree::tr("\\u 转义不完整"));
        bool ok = false;
        const uint v = QStringView(m_text).mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok)
            return fail(JsonTree::tr("无效的 \\u 转义"));
        m_pos += 4;
        *unit = char16_t(v);
        return true;
    }

    // After a backslash: the escaped character, appended to `value`.
    bool parseEscape(QString *value, const QString &path)
    {
        const QChar e = peek();
        ++m_pos;
        switch (e.unicode()) {
        case '"': *value += QLatin1Char('"'); return true;
        case '\\': *value += QLatin1Char('\\'); return true;
        case '/': *value += QLatin1Char('/'); return true;
        case 'b': *value += QChar(0x08); return true;
        case 'f': *value += QChar(0x0C); return true;
        case 'n': *value += QLatin1Char('\n'); return true;
        case 'r': *value += QLatin1Char('\r'); return true;
        case 't': *value += QLatin1Char('\t'); return true;
        case 'u': return parseUnicodeEscape(value, path);
        default:
            return fail(JsonTree::tr("文本中有无效的转义“\\%1”").arg(JsonTree::shown(e)), path);
        }
    }

    // After \u: four hex digits, and a second \uXXXX when they are the first half of a
    // surrogate pair. Never NUL, never half a character.
    bool parseUnicodeEscape(QString *value, const QString &path)
    {
        char16_t unit = 0;
        if (!parseHex4(&unit))
            return false;
        if (unit == 0)
            return fail(JsonTree::tr("文本中含有 NUL 字符"), path);
        if (QChar::isHighSurrogate(unit)) {
            char16_t low = 0;
            if (QStringView(m_text).mid(m_pos, 2) != QLatin1StringView("\\u"))
                return fail(JsonTree::tr("\\u 转义只包含半个字符"), path);
            m_pos += 2;
            if (!parseHex4(&low) || !QChar::isLowSurrogate(low))
                return fail(JsonTree::tr("\\u 转义只包含半个字符"), path);
            *value += QChar(unit);
            *value += QChar(low);
        } else if (QChar::isLowSurrogate(unit)) {
            return fail(JsonTree::tr("\\u 转义只包含半个字符"), path);
        } else {
            *value += QChar(unit);
        }
        return true;
    }

    bool parseString(QString *out, const QString &path)
    {
        ++m_pos; // opening quote
        const qsizetype start = m_pos;
        // Fast path: no escapes.
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('"')) {
                if (m_pos - start > JsonTree::MaxTextLength)
                    return failTooLong(path);
                *out = m_text.mid(start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (c == QLatin1Char('\\') || c.unicode() < 0x20)
                break;
            ++m_pos;
        }
        QString value = m_text.mid(start, m_pos - start);
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('"')) {
                if (value.size() > JsonTree::MaxTextLength)
                    return failTooLong(path);
                ++m_pos;
                *out = value;
                return true;
            }
            if (c.unicode() == 0)
                return fail(JsonTree::tr("文本中含有 NUL 字符"), path);
            if (c.unicode() < 0x20)
                return fail(JsonTree::tr("文本中含有控制字符（换行请写作 \\n）"), path);
            if (c != QLatin1Char('\\')) {
                value += c;
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (!parseEscape(&value, path))
                return false;
        }
        return fail(JsonTree::tr("文本缺少结尾的双引号"), path);
    }

    bool parseNumber(QString *out, const QString &path)
    {
        const qsizetype start = m_pos;
        auto digits = [this]() {
            const qsizetype from = m_pos;
            while (peek() >= QLatin1Char('0') && peek() <= QLatin1Char('9'))
                ++m_pos;
            return m_pos - from;
        };
        if (peek() == QLatin1Char('-'))
            ++m_pos;
        if (peek() == QLatin1Char('0')) {
            ++m_pos;
        } else if (digits() == 0) {
            return fail(JsonTree::tr("无效的数字"), path);
        }
        if (peek() == QLatin1Char('.')) {
            ++m_pos;
            if (digits() == 0)
                return fail(JsonTree::tr("无效的数字：小数点后没有数字"), path);
        }
        if (peek() == QLatin1Char('e') || peek() == QLatin1Char('E')) {
            ++m_pos;
            if (peek() == QLatin1Char('+') || peek() == QLatin1Char('-'))
                ++m_pos;
            if (digits() == 0)
                return fail(JsonTree::tr("无效的数字：指数中没有数字"), path);
        }
        *out = m_text.mid(start, m_pos - start);
        // 1e999 would be carried (as an unknown key) as infinity and written back as null:
        // no number beyond what a double holds is taken. Underflow (1e-999) reads as 0.
        if (!qIsFinite(out->toDouble()))
            return fail(JsonTree::tr("数字 %1 超出了可表示的范围").arg(JsonTree::excerpt(*out)), path);
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qint64 m_values = 0;
};

} // namespace

JsonTree::Result JsonTree::parse(const QByteArray &utf8)
{
    Result result;
    if (utf8.size() > MaxBytes) {
        result.error = tr("文件大小为 %1 MB，超过了报告文件的上限 %2 MB")
                           .arg(utf8.size() / (1024 * 1024))
                           .arg(MaxBytes / (1024 * 1024));
        return result;
    }
    QByteArrayView bytes(utf8);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3); // a UTF-8 byte order mark, as Windows editors write
    if (bytes.contains('\0')) {
        result.error = tr("文件中含有 NUL 字节：不是文本文件");
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.error = tr("文件不是有效的 UTF-8 文本");
        return result;
    }
    if (text.trimmed().isEmpty()) {
        result.error = tr("文件是空的");
        return result;
    }
    Parser parser(text);
    if (!parser.parseDocument(&result.root)) {
        result.error = parser.error;
        result.path = parser.errorPath;
        return result;
    }
    result.ok = true;
    return result;
}

QString JsonTree::kindName(JsonNode::Kind kind)
{
    switch (kind) {
    case JsonNode::Kind::Null:
        return tr("空值 null");
    case JsonNode::Kind::Bool:
        return tr("逻辑值 true/false");
    case JsonNode::Kind::Number:
        return tr("数字");
    case JsonNode::Kind::String:
        return tr("文本");
    case JsonNode::Kind::Array:
        return tr("列表");
    case JsonNode::Kind::Object:
        return tr("对象");
    }
    return QString();
}

QString JsonTree::shown(QChar c)
{
    if (c.isNull())
        return tr("文档结尾");
    if (c.isPrint() && !c.isSpace())
        return QString(c);
    return QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
}

QString JsonTree::excerpt(const QString &text)
{
    constexpr qsizetype Shown = 60;
    QString result;
    qsizetype i = 0;
    for (; i < text.size() && i < Shown; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result += c; // a character outside the BMP (an emoji, a rare 汉字) stays whole
            result += text[++i];
            continue;
        }
        result += c.isPrint() || c == QLatin1Char(' ') ? QString(c) : shown(c);
    }
    if (i < text.size())
        result += tr("…（共 %1 个字符）").arg(text.size());
    return result;
}
