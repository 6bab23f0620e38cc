#include "TableFinding.h"

QString TableFinding::key(Code code)
{
    switch (code) {
    case Code::FileNotReadable: return QStringLiteral("file_not_readable");
    case Code::NotASpreadsheet: return QStringLiteral("not_a_spreadsheet");
    case Code::OpenDocument: return QStringLiteral("open_document");
    case Code::Encrypted: return QStringLiteral("encrypted");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::TooManyRows: return QStringLiteral("too_many_rows");
    case Code::TooManyCells: return QStringLiteral("too_many_cells");
    case Code::NoTableRecognised: return QStringLiteral("no_table_recognised");
    case Code::UnitNotFound: return QStringLiteral("unit_not_found");
    case Code::UnitNotSupported: return QStringLiteral("unit_not_supported");
    case Code::DuplicateTable: return QStringLiteral("duplicate_table");
    case Code::ColumnAmbiguous: return QStringLiteral("column_ambiguous");
    case Code::AmountIsText: return QStringLiteral("amount_is_text");
    case Code::FormulaWithoutValue: return QStringLiteral("formula_without_value");
    case Code::CellError: return QStringLiteral("cell_error");
    case Code::AmountOutOfRange: return QStringLiteral("amount_out_of_range");
    case Code::TotalsDisagree: return QStringLiteral("totals_disagree");
    case Code::SumDisagrees: return QStringLiteral("sum_disagrees");
    }
    return QString();
}
