#pragma once

#include "Money.h"

#include <QString>
#include <QStringList>

// The small conventions of the document's Chinese: amounts in 万元 with two decimals,
// heading numerals, circled numbers, full-width punctuation, paragraphs of clerks' text.
namespace ReportWording {

// "1862.61万元"; the magnitude only when `absolute` (调减 are phrased as such, not as −x).
QString wan(Money amount);
QString absWan(Money amount);

// 1 → "一", 12 → "十二" (heading numbers 一、 and （一）).
QString chineseNumber(int n);
QString heading1(int n, const QString &title); // "一、部门概况"
QString heading2(int n, const QString &title); // "（一）预算情况"
QString heading3(int n, const QString &title); // "1.预算执行"
QString heading4(int n, const QString &title); // "（1）预算调整率："
QString itemNumber(int n);                      // "（1）"
QString circled(int n);                         // ①…⑳, then （21）

// A clerk's text as paragraphs: line breaks are paragraph breaks, blank lines dropped,
// each paragraph trimmed (including the full-width spaces of pasted Word indents).
QStringList paragraphs(const QString &text);

// Ends a sentence with 。 unless it already ends in a closing punctuation mark.
QString sentence(const QString &text);
// Strips a final 。；，、 so that the text can continue a sentence.
QString clause(const QString &text);

// "2024年3月1日" (GB/T 9704: Arabic numerals, no leading zeros).
QString date(int year, int month, int day);

} // namespace ReportWording
