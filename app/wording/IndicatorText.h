#pragma once

#include "Indicator.h"
#include "TextLanguage.h"

#include <QList>

// The words of the indicators (IndicatorCatalog, IndicatorCalculator): their names, their
// printed formula and why one is 不适用, in the language of the edge that asks — the window
// and the command line in the program's, the report in Chinese.
class IndicatorText
{
public:
    // 预算执行率 / Budget execution rate; the id itself when unknown.
    static QString name(const QString &id, TextLanguage language = TextLanguage::Program);
    // "9.60/9.72*100%=98.77%", or 不适用（全年预算为0）.
    static QString formula(const Indicator &indicator, TextLanguage language = TextLanguage::Program);
    // Why it is 不适用: 全年预算为0. Empty for an empty reason.
    static QString notApplicable(const Reason &reason, TextLanguage language = TextLanguage::Program);

    // A row of the table: the sentence of a code of IndicatorCalculator::notApplicableCodes().
    struct Wording
    {
        const char *code;
        const char *source; // Chinese, the source text of the translation (context IndicatorText)
    };
    static const QList<Wording> &notApplicableWordings();
};
