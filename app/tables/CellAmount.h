#pragma once

#include "Money.h"
#include "Sheet.h"

#include <optional>

// The unit a table states in its header (金额单位：万元 / 单位：元).
enum class AmountUnit { Yuan, Wan };

// An amount read from a cell, exactly. A cell holds a binary double (1843.29 is stored as
// 1843.2899999999999636…): its shortest round-trip decimal text ("1843.29") is what the
// person typed, and that text is rounded to the unit's precision (0.01 元; one 分, six
// decimals, in 万元) and converted to 万元 by moving the decimal point — never by double
// arithmetic. A text cell is read only when it is a plain number ("1,843.29").
struct CellAmount
{
    enum class Status {
        Amount,     // value
        Blank,      // an empty cell, or a dash (-, —): nothing entered, 0
        Text,       // text that is not a number
        Formula,    // a formula saved without its value
        Error,      // an error value (#REF!, …)
        OutOfRange, // beyond what a Money holds, or not finite
    };
    Status status = Status::Blank;
    Money value;
    QString shown; // what the cell shows, for messages (the text, formula or number)

    bool isUsable() const { return status == Status::Amount || status == Status::Blank; }

    static CellAmount read(const SheetCell *cell, AmountUnit unit);
    // A decimal number as text ("-1,234.5678"), in `unit`; nothing when it is not one.
    static std::optional<Money> fromDecimalText(QStringView text, AmountUnit unit, bool *outOfRange = nullptr);
    // The shortest decimal text that reads back as the same double ("1843.29").
    static QString shortestText(double number);
    // An amount in `unit` as the table would show it: 万元 exactly, 元 with two decimals.
    static QString inUnit(Money amount, AmountUnit unit);
};
