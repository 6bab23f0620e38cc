#include "XlsxSheetParser.h"

#include "XlsxPartStream.h"

namespace {

using Code = TableFinding::Code;

TableFinding problemOf(Code code, const QStringList &args)
{
    TableFinding f;
    f.code = code;
    f.args = args;
    return f;
}

bool parseRange(QStringView ref, CellRange *range)
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    const QStringView first = colon < 0 ? ref : ref.left(colon);
    const QStringView last = colon < 0 ? ref : ref.mid(colon + 1);
    if (!Sheet::parseCellName(first, &range->top, &range->left) || !Sheet::parseCellName(last, &range->bottom, &range->right))
        return false;
    return range->top <= range->bottom && range->left <= range->right;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(const QStringList &sharedStrings, const WorkbookLimits &limits, qint64 *cellsSoFar)
    : m_sharedStrings(sharedStrings)
    , m_limits(limits)
    , m_cells(cellsSoFar)
{
}

bool XlsxSheetParser::parse(XlsxPartStream &in, const QString &part, Sheet *sheet, TableFinding *problem)
{
    int row = -1;
    int nextColumn = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = in.next();
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token == QXmlStreamReader::Invalid) {
            *problem = in.overLimit() ? problemOf(Code::TooManyCells, {QString::number(m_limits.maxCells)})
                                      : problemOf(Code::Corrupt, {part, in.error()});
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = in.xml().name();
        const QXmlStreamAttributes attributes = in.xml().attributes();
        if (name == QLatin1String("row")) {
            bool ok = false;
            const int r = attributes.value(QLatin1String("r")).toInt(&ok);
            row = ok && r >= 1 ? r - 1 : row + 1;
            nextColumn = 0;
            if (row >= m_limits.maxRows) {
                *problem = problemOf(Code::TooManyRows, {QString::number(m_limits.maxRows)});
                return false;
            }
        } else if (name == QLatin1String("c")) {
            PendingCell cell;
            cell.row = row < 0 ? 0 : row;
            cell.column = nextColumn;
            const QStringView ref = attributes.value(QLatin1String("r"));
            if (!ref.isEmpty() && !Sheet::parseCellName(ref, &cell.row, &cell.column)) {
                *problem = problemOf(Code::Corrupt, {part, ref.toString()});
                return false;
            }
            if (cell.row >= m_limits.maxRows) {
                *problem = problemOf(Code::TooManyRows, {QString::number(m_limits.maxRows)});
                return false;
            }
            cell.type = attributes.value(QLatin1String("t")).toString();
            nextColumn = cell.column + 1;
            if (!readCell(in, &cell)) {
                *problem = problemOf(Code::Corrupt, {part, in.error()});
                return false;
            }
            if (!store(cell, sheet, problem))
                return false;
        } else if (name == QLatin1String("mergeCell")) {
            CellRange range;
            if (parseRange(attributes.value(QLatin1String("ref")), &range))
                sheet->addMerge(range);
        }
    }
}

bool XlsxSheetParser::readCell(XlsxPartStream &in, PendingCell *cell)
{
    int depth = 1;
    while (depth > 0) {
        switch (in.next()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = in.xml().name();
            if (name == QLatin1String("v")) {
                if (!in.readText(&cell->value))
                    return false;
                cell->hasValue = true;
            } else if (name == QLatin1String("f")) {
                if (!in.readText(&cell->formula))
                    return false;
                cell->hasFormula = true;
            } else if (name == QLatin1String("t") && depth >= 2) { // <is><t> or <is><r><t>
                QString text;
                if (!in.readText(&text))
                    return false;
                cell->inlineText += text;
            } else if (name == QLatin1String("rPh")) { // a phonetic reading: not the text
                QString skipped;
                if (!in.readText(&skipped))
                    return false;
            } else {
                ++depth;
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
    return true;
}

bool XlsxSheetParser::store(const PendingCell &p, Sheet *sheet, TableFinding *problem)
{
    SheetCell cell;
    cell.column = p.column;
    using Kind = SheetCell::Kind;
    if (p.type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = p.value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            *problem = problemOf(Code::Corrupt, {Sheet::cellName(p.row, p.column), p.value.left(20)});
            return false;
        }
        cell.kind = Kind::Text;
        cell.text = m_sharedStrings.at(index);
    } else if (p.type == QLatin1String("inlineStr")) {
        cell.kind = Kind::Text;
        cell.text = p.inlineText;
    } else if (p.type == QLatin1String("b")) {
        cell.kind = p.hasValue ? Kind::Boolean : Kind::Empty;
        cell.number = p.value.trimmed() == QLatin1String("1") ? 1 : 0;
    } else if (p.type == QLatin1String("e")) {
        cell.kind = Kind::Error;
        cell.text = p.value;
    } else if (p.type == QLatin1String("str") || p.type == QLatin1String("d")) {
        cell.kind = p.hasValue ? Kind::Text : Kind::Empty;
        cell.text = p.value;
    } else if (p.hasValue) { // a number ("n" or no type)
        bool ok = false;
        cell.number = QStringView(p.value).trimmed().toDouble(&ok);
        cell.kind = ok ? Kind::Number : Kind::Text;
        if (!ok)
            cell.text = p.value;
    }
    if (cell.kind == Kind::Empty && p.hasFormula) {
        cell.kind = Kind::FormulaWithoutValue;
        cell.text = p.formula;
    }
    if (cell.kind == Kind::Empty)
        return true; // a formatted cell without content
    if (++*m_cells > m_limits.maxCells) {
        *problem = problemOf(Code::TooManyCells, {QString::number(m_limits.maxCells)});
        return false;
    }
    sheet->addCell(p.row, cell);
    return true;
}
