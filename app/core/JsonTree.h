#pragma once

#include <QCoreApplication>
#include <QString>
#include <utility>
#include <vector>

// A JSON value as it was written: numbers keep their text (so that "1e999", "-0" and the
// number of decimals can be judged exactly), objects keep their member order. Built by
// JsonTree::parse, which is strict where QJsonDocument is lenient: duplicate keys, invalid
// UTF-8, NUL characters, excessive nesting, oversized texts, too many values and oversized
// files are refused.
struct JsonNode
{
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    QString text; // the string's value, or the number as written
    std::vector<JsonNode> items;
    std::vector<std::pair<QString, JsonNode>> members;
    int line = 0;

    // Out of line: clang with libstdc++ in C++20 refuses to instantiate the vectors'
    // constexpr destructors while JsonNode is still incomplete (the libFuzzer build).
    JsonNode();
    JsonNode(const JsonNode &);
    JsonNode(JsonNode &&) noexcept;
    JsonNode &operator=(const JsonNode &);
    JsonNode &operator=(JsonNode &&) noexcept;
    ~JsonNode();

    const JsonNode *member(const QString &key) const;
};

class JsonTree
{
    Q_DECLARE_TR_FUNCTIONS(JsonTree)
public:
    static constexpr qsizetype MaxBytes = 64 * 1024 * 1024;
    static constexpr int MaxDepth = 64;
    // A text longer than this is not a report's text (a whole narrative is tens of kB) and
    // would freeze the window and the PDF: refused with its path.
    static constexpr qsizetype MaxTextLength = 1024 * 1024;
    // Values (numbers, texts, lists, objects) in one file. Each takes about 120 bytes once
    // read: a 64 MB file of "0,0,0,…" would take 4 GB. Two million is twenty times what a
    // report with 100,000 adjustment rows holds.
    static constexpr qint64 MaxValues = 2000000;

    struct Result
    {
        bool ok = false;
        JsonNode root;
        QString path;  // where the problem is (for duplicate keys), may be empty
        QString error; // what is wrong, with the line
    };

    static Result parse(const QByteArray &utf8);
    static QString kindName(JsonNode::Kind kind); // "a string", "a number", … (translated)

    // A character or a file's text as quoted in a message: non-printable characters (an
    // escape sequence could drive the user's terminal) as U+XXXX, at most 60 characters and
    // the length (a hostile value can be 1 MB long).
    static QString shown(QChar c);
    static QString excerpt(const QString &text);
};
