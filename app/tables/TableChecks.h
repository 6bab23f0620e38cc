#pragma once

#include "TableFinding.h"

class LocatedTable;

// The checks a table must pass on its own (see TableFill): each disagreement is added to
// `findings` (TotalsDisagree, SumDisagrees). Returns true when the table disagrees with
// itself. A cell that cannot be read is said too, and its check is not made.
namespace TableChecks {
bool check(const LocatedTable &table, TableFindings *findings);
}
