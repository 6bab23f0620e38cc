#pragma once

#include "Money.h"

#include <QCoreApplication>

// What a clerk types into an amount field, read leniently: full-width digits and the
// punctuation of Chinese input methods (１２３．４５, 1，234.5, 12。5), thousands separators,
// a 万元 suffix, surrounding spaces, a leading sign (− for 调减). Everything else is refused
// with a reason. The strict syntax of report files is a different thing (ReportJsonReader).
class MoneyInput
{
    Q_DECLARE_TR_FUNCTIONS(MoneyInput)
public:
    enum class Status { Empty, Valid, Invalid };
    struct Result
    {
        Status status = Status::Empty;
        Money value;
        QString error; // set when Invalid: what is wrong, in the user's language
    };

    static Result parse(const QString &typed);
    // The text with full-width characters folded to ASCII (used by parse; shown in tests).
    static QString normalized(const QString &typed);

private:
    // The digits of an unsigned amount before and after the point, its thousands separators
    // checked; what is wrong with it, or an empty string.
    static QString readDigits(const QString &text, QString *integerDigits, QString *fractionDigits);
};
