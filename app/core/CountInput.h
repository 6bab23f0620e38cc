#pragma once

#include <QCoreApplication>
#include <optional>

// A typed count (persons, batches, staff): whole numbers of 0 or more, full-width digits
// accepted, empty meaning "not given". Refusals come with a reason.
class CountInput
{
    Q_DECLARE_TR_FUNCTIONS(CountInput)
public:
    struct Result
    {
        bool valid = true;
        std::optional<int> value; // empty when nothing was typed
        QString error;
    };
    static Result parse(const QString &typed);
};
