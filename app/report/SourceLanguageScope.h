#pragma once

#include <QtGlobal>

// For its lifetime, tr() in the calling thread gives the source text — Chinese — whatever
// translation the program installed. A report's document is Chinese content, not UI: the
// findings of a draft, the 不适用 reasons and the 扣分原因 come from the core's tr(), and
// in a window running in English they must still be printed in Chinese. For example:
//
//     const SourceLanguageScope chinese;
//     const ReportEvaluation evaluation = ReportEvaluation::of(report, inputs); // Chinese
//
// It changes nothing for other threads and sends no LanguageChange: the window does not
// translate itself again around every export. Needs a QCoreApplication; scopes nest.
class SourceLanguageScope
{
public:
    SourceLanguageScope();
    ~SourceLanguageScope();
    SourceLanguageScope(const SourceLanguageScope &) = delete;
    SourceLanguageScope &operator=(const SourceLanguageScope &) = delete;

    // Whether a scope is open in the calling thread.
    static bool isActive();
};
