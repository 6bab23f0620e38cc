#include "OverviewText.h"

#include "IndicatorText.h"

QString OverviewText::header(const OverviewColumns::Column &column, TextLanguage language)
{
    if (column.kind == OverviewColumns::Kind::Rate)
        return textIn(language, "OverviewText", QT_TRANSLATE_NOOP("OverviewText", "%1(%)"))
            .arg(IndicatorText::name(column.key, language));
    static const struct { const char *key; const char *source; } headers[] = {
        {"department", QT_TRANSLATE_NOOP("OverviewText", "部门")},
        {"status", QT_TRANSLATE_NOOP("OverviewText", "状态")},
        {"score", QT_TRANSLATE_NOOP("OverviewText", "得分")},
        {"grade", QT_TRANSLATE_NOOP("OverviewText", "等级")},
        {"pending", QT_TRANSLATE_NOOP("OverviewText", "待人工评分")},
        {"table_total", QT_TRANSLATE_NOOP("OverviewText", "自评表总分")},
        {"table_grade", QT_TRANSLATE_NOOP("OverviewText", "自评表等级")},
        {"errors", QT_TRANSLATE_NOOP("OverviewText", "错误")},
        {"warnings", QT_TRANSLATE_NOOP("OverviewText", "提示")},
        {"budget", QT_TRANSLATE_NOOP("OverviewText", "全年预算(万元)")},
        {"spent", QT_TRANSLATE_NOOP("OverviewText", "全年支出(万元)")},
        {"carryover_out", QT_TRANSLATE_NOOP("OverviewText", "年末结转(万元)")},
    };
    for (const auto &h : headers) {
        if (column.key == QLatin1String(h.key))
            return textIn(language, "OverviewText", h.source);
    }
    return column.key;
}
