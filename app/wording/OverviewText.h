#pragma once

#include "OverviewRecord.h"
#include "TextLanguage.h"

// The headers of the overview's columns (OverviewColumns): 部门, 状态, …, 预算调整率(%),
// 全年预算(万元), in the language of the edge (the table, the exports).
namespace OverviewText {

// The key itself when unknown.
QString header(const OverviewColumns::Column &column, TextLanguage language = TextLanguage::Program);

} // namespace OverviewText
