#include "TableReading.h"

#include "TableText.h"

namespace TableLabels {

#define JIXIAO_LABELS(name, ...)                                                  \
    const QStringList &name()                                                    \
    {                                                                            \
        static const QStringList labels = TableText::labels({__VA_ARGS__});      \
        return labels;                                                           \
    }

JIXIAO_LABELS(carryoverIn, u"年初结转和结余", u"年初结转结余", u"年初结余和结转", u"上年结转和结余", u"上年结转结余")
JIXIAO_LABELS(carryoverInBasic, u"基本支出结转", u"基本支出结转和结余", u"基本支出")
JIXIAO_LABELS(carryoverInProject, u"项目支出结转和结余", u"项目支出结转", u"项目支出结转结余", u"项目支出")
JIXIAO_LABELS(carryoverOut, u"年末结转和结余", u"年末结转结余", u"年末结余和结转")
JIXIAO_LABELS(amount, u"金额", u"决算数")
JIXIAO_LABELS(total, u"合计")
JIXIAO_LABELS(grandTotal, u"总计")
JIXIAO_LABELS(subtotal, u"小计", u"合计")
JIXIAO_LABELS(basic, u"基本支出")
JIXIAO_LABELS(project, u"项目支出")
JIXIAO_LABELS(expenditureTotal, u"本年支出合计", u"支出合计", u"合计")
JIXIAO_LABELS(budgeted, u"预算数", u"年初预算数", u"全年预算数", u"预算")
JIXIAO_LABELS(actual, u"决算数", u"实际支出数", u"实际数", u"决算")
JIXIAO_LABELS(overseas, u"因公出国（境）费", u"因公出国（境）费用", u"因公出国境费")
JIXIAO_LABELS(vehicles, u"公务用车购置及运行费", u"公务用车购置及运行维护费")
JIXIAO_LABELS(vehiclePurchase, u"公务用车购置费")
JIXIAO_LABELS(vehicleRunning, u"公务用车运行费", u"公务用车运行维护费")
JIXIAO_LABELS(reception, u"公务接待费")

#undef JIXIAO_LABELS

const QList<QStringList> &otherSpending()
{
    static const QList<QStringList> kinds = {TableText::labels({u"上缴上级支出"}), TableText::labels({u"经营支出"}),
                                             TableText::labels({u"对附属单位补助支出"})};
    return kinds;
}

} // namespace TableLabels

TableReading::TableReading(const LocatedTable &table, TableFindings *findings)
    : m_table(table)
    , m_findings(findings)
{
}

std::optional<int> TableReading::column(const QList<QStringList> &groups, int afterColumn, bool sayAmbiguous)
{
    const QList<int> candidates = m_table.columnsWith(groups);
    if (afterColumn >= 0) {
        for (int c : candidates) {
            if (c > afterColumn)
                return c;
        }
        return std::nullopt;
    }
    if (candidates.size() <= 1)
        return candidates.isEmpty() ? std::nullopt : std::optional<int>(candidates.first());
    auto lastLabelIn = [this](int c, const QStringList &labels) {
        const QList<LocatedTable::Label> l = m_table.columnLabels(c);
        return !l.isEmpty() && labels.contains(l.last().normalized);
    };
    QList<int> subtotals, named;
    for (int c : candidates) {
        if (lastLabelIn(c, TableLabels::subtotal()))
            subtotals.append(c);
        bool namesIt = false;
        for (const QStringList &g : groups)
            namesIt = namesIt || lastLabelIn(c, g);
        if (namesIt)
            named.append(c);
    }
    if (subtotals.size() == 1)
        return subtotals.first();
    if (named.size() == 1)
        return named.first();
    if (sayAmbiguous) {
        QStringList looked;
        for (const QStringList &g : groups)
            looked.append(g.value(0));
        m_findings->append(finding(TableFinding::Code::ColumnAmbiguous, m_table.firstDataRow(), candidates.first(),
                                   {looked.join(QStringLiteral(" · "))}));
    }
    return std::nullopt;
}

std::optional<Money> TableReading::amount(int row, int column, bool *blank)
{
    const CellAmount a = m_table.amountAt(row, column);
    if (blank)
        *blank = a.status == CellAmount::Status::Blank;
    if (a.isUsable())
        return a.value;
    TableFinding::Code code = TableFinding::Code::AmountIsText;
    switch (a.status) {
    case CellAmount::Status::Formula:
        code = TableFinding::Code::FormulaWithoutValue;
        break;
    case CellAmount::Status::Error:
        code = TableFinding::Code::CellError;
        break;
    case CellAmount::Status::OutOfRange:
        code = TableFinding::Code::AmountOutOfRange;
        break;
    default:
        break;
    }
    const TableFinding f = finding(code, row, column, {a.shown});
    if (!m_findings->contains(f))
        m_findings->append(f);
    return std::nullopt;
}

QStringList TableReading::columnLabels(int column) const
{
    QStringList labels;
    for (const LocatedTable::Label &l : m_table.columnLabels(column))
        labels.append(l.shown);
    return labels;
}

FigureSource TableReading::source(int row, int column, const QStringList &rowLabels) const
{
    FigureSource s;
    s.file = m_table.file();
    s.sheet = m_table.sheet().name();
    s.cell = Sheet::cellName(row, column);
    s.labels = rowLabels + columnLabels(column);
    s.unit = m_table.unit().value_or(AmountUnit::Wan);
    return s;
}

TableFinding TableReading::finding(TableFinding::Code code, int row, int column, const QStringList &args) const
{
    TableFinding f;
    f.code = code;
    f.file = m_table.file();
    f.sheet = m_table.sheet().name();
    f.table = m_table.title();
    if (row >= 0 && column >= 0)
        f.cell = Sheet::cellName(row, column);
    f.args = args;
    return f;
}

QString TableReading::unitName() const
{
    return m_table.unitText();
}
