#include "PdfPageAppender.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <optional>

namespace {

struct PdfObject
{
    QByteArray dictionary; // the object's text: a dictionary, array or number
    QByteArray stream;     // the stream's bytes, if it has one
    bool hasStream = false;
};

struct ParsedPdf
{
    QByteArray header; // %PDF-1.4 and the binary comment
    QMap<int, PdfObject> objects;
    int root = 0;
    int info = 0;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

qsizetype skipSpace(const QByteArray &d, qsizetype i)
{
    while (i < d.size() && isSpace(d[i]))
        ++i;
    return i;
}

// The end (one past the closing >>) of the dictionary that starts at `i` ("<<"), skipping
// strings, or -1.
qsizetype dictionaryEnd(const QByteArray &d, qsizetype i)
{
    int depth = 0;
    while (i < d.size()) {
        const char c = d[i];
        if (c == '(') { // a literal string: balanced parentheses, backslash escapes
            int parens = 1;
            ++i;
            while (i < d.size() && parens > 0) {
                if (d[i] == '\\')
                    ++i;
                else if (d[i] == '(')
                    ++parens;
                else if (d[i] == ')')
                    --parens;
                ++i;
            }
        } else if (c == '<' && i + 1 < d.size() && d[i + 1] == '<') {
            ++depth;
            i += 2;
        } else if (c == '>' && i + 1 < d.size() && d[i + 1] == '>') {
            --depth;
            i += 2;
            if (depth == 0)
                return i;
        } else if (c == '<') { // a hex string
            const qsizetype close = d.indexOf('>', i);
            if (close < 0)
                return -1;
            i = close + 1;
        } else {
            ++i;
        }
    }
    return -1;
}

// The number after `key` (a name such as /Length, not /Length1), and whether it is a
// reference "N 0 R".
std::optional<qint64> integerAfter(const QByteArray &text, const QByteArray &key, bool *indirect)
{
    for (qsizetype at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
        qsizetype i = at + key.size();
        if (i >= text.size() || !isSpace(text[i]))
            continue; // a longer name
        i = skipSpace(text, i);
        const qsizetype digits = i;
        qint64 value = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - digits < 15)
            value = value * 10 + (text[i++] - '0');
        if (i == digits)
            return std::nullopt;
        const qsizetype after = skipSpace(text, i);
        *indirect = text.mid(after, 1) == "0" && skipSpace(text, after + 1) > after + 1
                    && text.mid(skipSpace(text, after + 1), 1) == "R";
        return value;
    }
    return std::nullopt;
}

// The objects of a QPdfWriter file, through its cross-reference table.
std::optional<ParsedPdf> parse(const QByteArray &d, QString *error)
{
    auto fail = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    ParsedPdf pdf;
    const qsizetype firstObject = d.indexOf("\n1 0 obj");
    if (!d.startsWith("%PDF-") || firstObject < 0)
        return fail(QStringLiteral("not a PDF"));
    pdf.header = d.left(firstObject + 1);
    const qsizetype startxref = d.lastIndexOf("startxref");
    if (startxref < 0)
        return fail(QStringLiteral("no startxref"));
    const qsizetype xref = QByteArray(d.mid(startxref + 9, 30)).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (xref <= 0 || xref >= d.size() || !d.mid(xref).startsWith("xref"))
        return fail(QStringLiteral("no cross-reference table"));
    const qsizetype trailer = d.indexOf("trailer", xref);
    if (trailer < 0)
        return fail(QStringLiteral("no trailer"));
    const QByteArray trailerText = d.mid(trailer, startxref - trailer);
    if (trailerText.contains("/Prev") || trailerText.contains("/Encrypt"))
        return fail(QStringLiteral("an updated or encrypted file"));
    bool indirect = false;
    pdf.root = int(integerAfter(trailerText, "/Root", &indirect).value_or(0));
    pdf.info = int(integerAfter(trailerText, "/Info", &indirect).value_or(0));
    if (pdf.root <= 0)
        return fail(QStringLiteral("no catalog"));

    // "xref\n0 N\n" and N entries "oooooooooo ggggg n"; one section only.
    const QList<QByteArray> lines = d.mid(xref, trailer - xref).split('\n');
    const QList<QByteArray> section = lines.value(1).trimmed().split(' ');
    if (lines.value(0).trimmed() != "xref" || section.size() != 2 || section[0] != "0")
        return fail(QStringLiteral("an unexpected cross-reference table"));
    const int count = section[1].toInt();
    if (count <= 0 || lines.size() < count + 2)
        return fail(QStringLiteral("a short cross-reference table"));
    QMap<int, qsizetype> offsets;
    for (int n = 1; n < count; ++n) {
        const QList<QByteArray> entry = lines[n + 2].trimmed().split(' ');
        if (entry.size() != 3)
            return fail(QStringLiteral("a bad cross-reference entry"));
        if (entry[2] == "n")
            offsets.insert(n, entry[0].toLongLong());
    }

    auto bodyStart = [&d](int n, qsizetype offset) -> qsizetype {
        const QByteArray head = QByteArray::number(n) + " 0 obj";
        if (offset <= 0 || offset >= d.size() || d.mid(offset, head.size()) != head)
            return -1;
        return skipSpace(d, offset + head.size());
    };
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        const int n = it.key();
        const qsizetype start = bodyStart(n, it.value());
        if (start < 0)
            return fail(QStringLiteral("object %1 is not where the table says").arg(n));
        PdfObject object;
        qsizetype end = -1;
        if (d.mid(start, 2) == "<<") {
            end = dictionaryEnd(d, start);
            if (end < 0)
                return fail(QStringLiteral("object %1: an unclosed dictionary").arg(n));
            object.dictionary = d.mid(start, end - start);
            const qsizetype after = skipSpace(d, end);
            if (d.mid(after, 6) == "stream") {
                qsizetype data = after + 6;
                if (d.mid(data, 2) == "\r\n")
                    data += 2;
                else if (d.mid(data, 1) == "\n")
                    data += 1;
                std::optional<qint64> length = integerAfter(object.dictionary, "/Length", &indirect);
                if (length && indirect) { // "N 0 R": the number is object N
                    const int lengthObject = int(*length);
                    const qsizetype at = bodyStart(lengthObject, offsets.value(lengthObject, -1));
                    length = at < 0 ? std::nullopt : std::optional<qint64>(d.mid(at, 24).split('\n').value(0).trimmed().toLongLong());
                }
                if (!length || *length < 0 || data + *length > d.size())
                    return fail(QStringLiteral("object %1: a stream without a length").arg(n));
                object.hasStream = true;
                object.stream = d.mid(data, *length);
                end = skipSpace(d, data + *length);
                if (d.mid(end, 9) != "endstream")
                    return fail(QStringLiteral("object %1: no endstream").arg(n));
                end += 9;
            }
            end = skipSpace(d, end);
            if (d.mid(end, 6) != "endobj")
                return fail(QStringLiteral("object %1: no endobj").arg(n));
        } else {
            end = d.indexOf("endobj", start);
            if (end < 0)
                return fail(QStringLiteral("object %1: no endobj").arg(n));
            object.dictionary = d.mid(start, end - start).trimmed();
        }
        pdf.objects.insert(n, object);
    }
    return pdf;
}

QList<int> references(const QByteArray &text)
{
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    QList<int> list;
    for (QRegularExpressionMatchIterator it = ref.globalMatch(QString::fromLatin1(text)); it.hasNext();)
        list.append(it.next().captured(1).toInt());
    return list;
}

// `text` with every reference "N 0 R" replaced by map[N] (each must be in the map).
std::optional<QByteArray> renumbered(const QByteArray &text, const QMap<int, int> &map)
{
    static const QRegularExpression ref(QStringLiteral("(\\d+)(\\s+0\\s+R)"));
    const QString source = QString::fromLatin1(text);
    QString out;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = ref.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto to = map.constFind(m.captured(1).toInt());
        if (to == map.cend())
            return std::nullopt;
        out += QStringView(source).mid(last, m.capturedStart() - last);
        out += QString::number(*to) + m.captured(2);
        last = m.capturedEnd();
    }
    out += QStringView(source).mid(last);
    return out.toLatin1();
}

QList<int> kids(const QByteArray &pages)
{
    const qsizetype at = pages.indexOf("/Kids");
    const qsizetype open = pages.indexOf('[', at);
    const qsizetype close = pages.indexOf(']', open);
    if (at < 0 || open < 0 || close < 0)
        return {};
    return references(pages.mid(open, close - open));
}

QByteArray withKids(const QByteArray &pages, const QList<int> &list)
{
    const qsizetype open = pages.indexOf('[', pages.indexOf("/Kids"));
    const qsizetype close = pages.indexOf(']', open);
    QByteArray array = "[\n";
    for (int k : list)
        array += QByteArray::number(k) + " 0 R\n";
    QByteArray out = pages.left(open) + array + pages.mid(close);
    static const QRegularExpression countKey(QStringLiteral("/Count\\s+\\d+"));
    return QString::fromLatin1(out).replace(countKey, QStringLiteral("/Count %1").arg(list.size())).toLatin1();
}

} // namespace

QByteArray PdfPageAppender::append(const QByteArray &first, const QByteArray &second, QString *error)
{
    QString why;
    std::optional<ParsedPdf> a = parse(first, &why);
    if (!a) {
        *error = QStringLiteral("first PDF: ") + why;
        return {};
    }
    std::optional<ParsedPdf> b = parse(second, &why);
    if (!b) {
        *error = QStringLiteral("second PDF: ") + why;
        return {};
    }
    bool indirect = false;
    const int aPages = int(integerAfter(a->objects.value(a->root).dictionary, "/Pages", &indirect).value_or(0));
    const int bPages = int(integerAfter(b->objects.value(b->root).dictionary, "/Pages", &indirect).value_or(0));
    if (!a->objects.contains(aPages) || !b->objects.contains(bPages)) {
        *error = QStringLiteral("no page tree");
        return {};
    }
    const QList<int> bKids = kids(b->objects.value(bPages).dictionary);
    QList<int> allKids = kids(a->objects.value(aPages).dictionary);
    if (allKids.isEmpty() || bKids.isEmpty()) {
        *error = QStringLiteral("an empty page tree");
        return {};
    }

    // The second file's objects after the first's, its catalog, page tree and information
    // dictionary left out (its pages hang on the first's tree).
    int next = a->objects.lastKey() + 1;
    QMap<int, int> map;
    for (auto it = b->objects.cbegin(); it != b->objects.cend(); ++it) {
        if (it.key() != b->root && it.key() != bPages && it.key() != b->info)
            map.insert(it.key(), next++);
    }
    map.insert(bPages, aPages); // the pages' /Parent
    for (int k : bKids)
        allKids.append(map.value(k));
    a->objects[aPages].dictionary = withKids(a->objects.value(aPages).dictionary, allKids);

    // Subset tags (ABCDEF+Face) of the second file's fonts: made different from the first's.
    static const QRegularExpression tag(QStringLiteral("/([A-Z]{3})([A-Z]{3})\\+"));
    for (auto it = b->objects.begin(); it != b->objects.end(); ++it) {
        if (it.key() == b->root || it.key() == bPages || it.key() == b->info)
            continue;
        QString text = QString::fromLatin1(it->dictionary);
        text.replace(tag, QStringLiteral("/\\1JXB+"));
        const std::optional<QByteArray> moved = renumbered(text.toLatin1(), map);
        if (!moved) {
            *error = QStringLiteral("object %1 refers to an object that is not there").arg(it.key());
            return {};
        }
        it->dictionary = *moved;
    }
    if (first.contains("JXB+")) {
        *error = QStringLiteral("subset tags would collide");
        return {};
    }

    QByteArray out = a->header;
    QMap<int, qsizetype> offsets;
    auto write = [&out, &offsets](int n, const PdfObject &o) {
        offsets.insert(n, out.size());
        out += QByteArray::number(n) + " 0 obj\n" + o.dictionary;
        if (o.hasStream)
            out += "\nstream\n" + o.stream + "\nendstream";
        out += "\nendobj\n";
    };
    for (auto it = a->objects.cbegin(); it != a->objects.cend(); ++it)
        write(it.key(), *it);
    for (auto it = b->objects.cbegin(); it != b->objects.cend(); ++it) {
        if (it.key() != b->root && it.key() != bPages && it.key() != b->info)
            write(map.value(it.key()), *it);
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(next) + "\n0000000000 65535 f \n";
    for (int n = 1; n < next; ++n) {
        if (offsets.contains(n))
            out += QByteArray::number(offsets.value(n)).rightJustified(10, '0') + " 00000 n \n";
        else
            out += "0000000000 65535 f \n";
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + QByteArray::number(a->root) + " 0 R\n";
    if (a->info > 0)
        out += "/Info " + QByteArray::number(a->info) + " 0 R\n";
    out += ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}
