// libFuzzer target: MoneyInput::parse and CountInput::parse (what clerks type) on arbitrary
// UTF-8. Properties: a valid amount is below the limit and reads back from its exact text;
// an invalid one says why; a count is never negative.
#include "CountInput.h"
#include "FuzzCheck.h"
#include "MoneyInput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const MoneyInput::Result money = MoneyInput::parse(typed);
    switch (money.status) {
    case MoneyInput::Status::Empty:
        FUZZ_CHECK(money.value.isZero(), "an empty field with a value");
        break;
    case MoneyInput::Status::Invalid:
        FUZZ_CHECK(!money.error.isEmpty(), "a refusal without a reason");
        break;
    case MoneyInput::Status::Valid: {
        FUZZ_CHECK(money.value.abs().fen() < Money::LimitFen, "an amount over the limit");
        const MoneyInput::Result again = MoneyInput::parse(money.value.toExactWan());
        FUZZ_CHECK(again.status == MoneyInput::Status::Valid && again.value == money.value,
                   "the exact text of an amount does not read back");
        (void)money.value.toWan();
        break;
    }
    }

    const CountInput::Result count = CountInput::parse(typed);
    if (!count.valid)
        FUZZ_CHECK(!count.error.isEmpty() && !count.value, "a refused count without a reason");
    else if (count.value)
        FUZZ_CHECK(*count.value >= 0, "a negative count");
    return 0;
}
