#include "Placeholders.h"

QString Placeholders::fill(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 16 * args.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            qsizetype end = i + 1;
            int n = 0;
            while (end < text.size() && text[end].isDigit() && n * 10 + text[end].digitValue() <= args.size()) {
                n = n * 10 + text[end].digitValue();
                ++end;
            }
            if (n >= 1) {
                out += args[n - 1];
                i = end - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}
