#pragma once

#include "Finding.h"
#include "TextLanguage.h"

#include <QList>

// The sentence of each finding code (FindingCatalog), one home for all of them: the window's
// findings list, the report's draft appendix and the command line (text and --json) render
// findings here, the report in Chinese and the others in the program's language.
class FindingText
{
public:
    static QString message(const Finding &finding, TextLanguage language = TextLanguage::Program);

    // A row of the table: the sentence of `code` in its `form` (empty: the main one).
    struct Wording
    {
        const char *code;
        const char *form;   // "" for the main sentence
        bool fieldLabel;    // %1 is the name of the finding's first field; its values follow
        const char *source; // Chinese, the source text of the translation (context FindingText)
    };
    static const QList<Wording> &wordings();
};
