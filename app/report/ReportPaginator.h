#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

// QTextDocument has no "keep with next": a heading can end up alone at the foot of a page.
// After layout, every block marked ReportDocumentBuilder::KeepWithNextProperty whose
// following content starts on a later page gets a page break before it (before the first
// of a run of such blocks, so 二、 and （一） move together).
namespace ReportPaginator {
// Returns the number of page breaks it added.
int keepHeadingsWithNext(QTextDocument *document);
}
