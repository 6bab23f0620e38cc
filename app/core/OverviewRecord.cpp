#include "OverviewRecord.h"

#include "IndicatorCatalog.h"

void OverviewRecord::setEvaluation(const ReportEvaluation &evaluation)
{
    scoreCenti = evaluation.score.totalCenti;
    grade = evaluation.score.grade;
    pending = evaluation.score.pending;
    tableTotalCenti = evaluation.table.totalCenti;
    tableGrade = evaluation.table.grade;
    tableProvisional = evaluation.table.provisional();
    errors = evaluation.errorCount();
    warnings = evaluation.warningCount();
    rates.clear();
    for (const QString &id : IndicatorCatalog::ids()) {
        const Indicator *indicator = findIndicator(evaluation.indicators, id);
        rates.append(indicator && indicator->ratio ? std::optional<qint64>(indicator->ratio->centiPercent())
                                                   : std::nullopt);
    }
    const ReportFigures &f = evaluation.figures;
    if (f.overflow) {
        budget = spent = carryoverOut = std::nullopt;
    } else {
        budget = f.budget;
        spent = f.spent;
        carryoverOut = f.carryoverOut;
    }
    evaluated = true;
}

std::optional<qint64> OverviewRecord::rate(const QString &indicatorId) const
{
    const qsizetype i = IndicatorCatalog::ids().indexOf(indicatorId);
    return i >= 0 && i < rates.size() ? rates.at(i) : std::nullopt;
}

QList<OverviewColumns::Column> OverviewColumns::columns()
{
    QList<Column> c{
        {QStringLiteral("department"), Kind::Text},
        {QStringLiteral("status"), Kind::Status},
        {QStringLiteral("score"), Kind::Score},
        {QStringLiteral("grade"), Kind::Grade},
        {QStringLiteral("pending"), Kind::Count},
        {QStringLiteral("table_total"), Kind::Score},
        {QStringLiteral("table_grade"), Kind::Grade},
    };
    for (const QString &id : IndicatorCatalog::ids())
        c.append({id, Kind::Rate});
    c.append({QStringLiteral("errors"), Kind::Count});
    c.append({QStringLiteral("warnings"), Kind::Count});
    c.append({QStringLiteral("budget"), Kind::Amount});
    c.append({QStringLiteral("spent"), Kind::Amount});
    c.append({QStringLiteral("carryover_out"), Kind::Amount});
    return c;
}

namespace {
constexpr int Leading = 7; // department … pending, the table's total and grade: then the rates
int rateCount()
{
    static const int n = int(IndicatorCatalog::ids().size());
    return n;
}
} // namespace

int OverviewColumns::count()
{
    return Leading + rateCount() + 5;
}

int OverviewColumns::indexOf(const QString &key)
{
    const QList<Column> all = columns();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).key == key)
            return i;
    }
    return -1;
}

qint64 OverviewColumns::wanHundredths(Money amount)
{
    constexpr qint64 unit = Money::FenPerWan / 100;
    const qint64 fen = amount.fen();
    return fen >= 0 ? (fen + unit / 2) / unit : -((-fen + unit / 2) / unit);
}

QString OverviewColumns::numberText(qint64 number, int decimals)
{
    if (decimals == 0)
        return QString::number(number);
    return Ratio::centiText(number); // two decimals, never "-0.00"
}

OverviewColumns::Cell OverviewColumns::cell(const OverviewRecord &r, int column)
{
    auto number = [](std::optional<qint64> n, int decimals) {
        Cell c;
        c.number = n;
        c.decimals = decimals;
        if (n)
            c.text = numberText(*n, decimals);
        return c;
    };
    auto amount = [&number](const OptionalMoney &m) {
        return number(m ? std::optional<qint64>(wanHundredths(*m)) : std::nullopt, 2);
    };
    switch (column) {
    case 0:
        return Cell{r.department, std::nullopt, 0};
    case 1:
        return Cell{reportStatusText(r.status), std::nullopt, 0};
    case 2:
        return r.evaluated ? number(r.scoreCenti, 2) : Cell();
    case 3:
        return Cell{r.grade, std::nullopt, 0};
    case 4:
        return r.evaluated ? number(r.pending, 0) : Cell();
    case 5:
        return r.evaluated ? number(r.tableTotalCenti, 2) : Cell();
    case 6:
        return Cell{r.tableGrade, std::nullopt, 0};
    default:
        break;
    }
    const int i = column - Leading;
    if (i >= 0 && i < rateCount())
        return number(r.rates.value(i), 2);
    switch (column - Leading - rateCount()) {
    case 0:
        return r.evaluated ? number(r.errors, 0) : Cell();
    case 1:
        return r.evaluated ? number(r.warnings, 0) : Cell();
    case 2:
        return amount(r.budget);
    case 3:
        return amount(r.spent);
    case 4:
        return amount(r.carryoverOut);
    default:
        return Cell();
    }
}
