#include "FindingCatalog.h"

namespace {

FindingCatalog::Kind kind(const char *code, Finding::Severity severity, std::initializer_list<const char *> fields = {},
                          std::initializer_list<const char *> forms = {})
{
    FindingCatalog::Kind k{QString::fromLatin1(code), severity, {}, {}};
    for (const char *f : fields)
        k.fields.append(QString::fromLatin1(f));
    for (const char *f : forms)
        k.forms.append(QString::fromLatin1(f));
    return k;
}

} // namespace

const QList<FindingCatalog::Kind> &FindingCatalog::all()
{
    constexpr Finding::Severity Error = Finding::Severity::Error;
    constexpr Finding::Severity Warning = Finding::Severity::Warning;
    // One row per code (domain.md, "Consistency rules"); its wording: FindingText.cpp.
    static const QList<Kind> kinds = {
        kind("invalid_input", Error), // the field's own path; the report keeps its previous value
        kind("missing_department", Error, {"department"}),
        kind("year_out_of_range", Error, {"year"}),
        kind("amount_overflow", Error),
        kind("negative_amount", Error), // the amount's own path
        kind("negative_carryover", Error, {"execution.carryover_out"}),
        kind("balance_mismatch", Error,
             {"execution.carryover_out", "budget.carryover_in", "budget.initial", "budget.adjustments",
              "execution.spent", "execution.recovered"},
             {"recovered"}), // main: nothing was returned to the treasury
        kind("three_public_over_total", Error, {}, {"actual"}), // main: the budget; actual: the spending
        kind("procurement_over_spending", Error, {"execution.procurement.actual"}),
        // The self-evaluation table (SelfEvaluation; self-evaluation-table.md). A row's
        // finding names its row's fields first: target_indicators[7].score.
        kind("qualitative_score_out_of_tier", Error, {}, {"partial", "not_achieved"}), // main: achieved

        kind("overspent_basic", Warning, {"execution.spent.basic"}),
        kind("overspent_project", Warning, {"execution.spent.project"}),
        kind("three_public_over_budget", Warning, {"execution.three_public_actual", "budget.three_public_budget"},
             {"rate"}), // rate: with the control rate, when it applies
        kind("three_public_item_over_budget", Warning), // the item's actual and budget paths
        kind("adjustment_without_reason", Warning, {}, {"excluded"}), // the row's reason path
        kind("adjustment_rate_over_30", Warning, {"budget.adjustments"}),
        kind("reception_persons_below_batches", Warning, {"execution.reception_persons", "execution.reception_batches"}),
        kind("carryover_mismatch_previous_year", Warning, {"budget.carryover_in"}),
        kind("section_empty", Warning), // the section's path (profile.overview, management, problems, …)

        // The self-evaluation table's warnings (SelfEvaluation).
        kind("target_over_achieved", Warning, {}, {"lower"}),                           // main: higher
        kind("deviation_without_reason", Warning, {}, {"over_achieved"}),               // main: below its weight
        kind("score_exceeds_execution", Warning, {"target_indicators", "execution.spent"}),
        kind("large_unspent_balance", Warning, {"execution.spent", "budget"}),
        kind("indicator_weights_not_90", Warning, {"target_indicators"}),
        kind("funds_by_source_mismatch", Warning, {}, {"full", "spent"}),               // main: 年初预算数
    };
    return kinds;
}

const FindingCatalog::Kind *FindingCatalog::find(const QString &code)
{
    for (const Kind &k : all()) {
        if (k.code == code)
            return &k;
    }
    return nullptr;
}

QStringList FindingCatalog::codes(Finding::Severity severity)
{
    QStringList out;
    for (const Kind &k : all()) {
        if (k.severity == severity)
            out.append(k.code);
    }
    return out;
}

Finding FindingCatalog::make(const char *code, QStringList args, QStringList fields, const char *form)
{
    const Kind *k = find(QString::fromLatin1(code));
    Q_ASSERT_X(k, "FindingCatalog::make", code); // every code is in the table
    Finding f;
    f.code = QString::fromLatin1(code);
    f.severity = k ? k->severity : Finding::Severity::Error;
    f.fields = fields.isEmpty() && k ? k->fields : std::move(fields);
    f.args = std::move(args);
    f.form = form ? QString::fromLatin1(form) : QString();
    Q_ASSERT_X(f.form.isEmpty() || (k && k->forms.contains(f.form)), "FindingCatalog::make", form);
    return f;
}
