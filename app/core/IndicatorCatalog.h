#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Every indicator of domain.md once: its stable id, its name (Chinese, the source text;
// English through the translations, context IndicatorCatalog; worded by IndicatorText in
// app/wording), the wording of its computation
// that the report prints, the formula of domain.md it computes, and the charts that show it.
// IndicatorCalculator computes them in this order; the report's text and appendix, the
// charts, the overview (its columns and the workspace's jixiao_evaluation row) read it.
//
// To add an indicator: a row here, its computation in IndicatorCalculator::compute(), then
// update_translations and an English name. The workspace stores one rate column per
// indicator: a new one also needs a schema migration step that adds its column (the
// migrations themselves are frozen text and do not read this table).
class IndicatorCatalog
{
public:
    struct Definition
    {
        const char *id;
        const char *name;        // 预算执行率 (QT_TRANSLATE_NOOP, context IndicatorCatalog)
        const char *definition;  // as printed: 全年支出÷（全年预算+上年结转）×100%
        const char *computation; // domain.md: E ÷ (B + C0) × 100%
        int trendLine;           // its line in the multi-year trend chart (1, 2, …); 0: not shown
    };

    // In the order they are computed, listed and printed.
    static const QList<Definition> &all();
    static QStringList ids();
    static const Definition *find(const QString &id);

    // The printed definition (Chinese); empty when unknown.
    static QString definition(const QString &id);
    // The ids the multi-year trend chart draws as lines, in the order of their lines.
    static QStringList trendLines();
};
