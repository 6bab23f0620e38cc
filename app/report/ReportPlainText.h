#pragma once

#include "ReportBlock.h"

// Blocks as plain UTF-8 text, one block per line (tables one row per line, cells separated
// by " | "; charts and page breaks leave no line). Readable in a diff: the golden files of
// the tests are this text.
namespace ReportPlainText {
QString render(const ReportBlocks &blocks);
}
