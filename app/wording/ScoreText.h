#pragma once

#include "ScoreCard.h"
#include "TextLanguage.h"

#include <QList>

// Why a score item lost points or what it waits for (ScoringEngine's reasons, ScoreItem), in
// the language of the edge that asks: the window and the command line in the program's, the
// report's score table in Chinese. A manual score's reason is the person's own text.
class ScoreText
{
public:
    // Empty for full marks.
    static QString reason(const ScoreItem &item, TextLanguage language = TextLanguage::Program);

    // A row of the table: the sentence of a code of ScoringEngine::reasonCodes().
    struct Wording
    {
        const char *code;
        bool indicatorName; // %1 is the name of the item's indicator; its values follow
        const char *source; // Chinese, the source text of the translation (context ScoreText)
        const char *then;   // a second sentence that quotes the last value, or null
    };
    static const QList<Wording> &wordings();
};
