#pragma once

#include "FormPage.h"

// 年中预算调整: one row per adjustment (item, amount, basic/project/transfer, 除外调整,
// reason), with the resulting totals computed beside the table.
class AdjustmentsPage : public FormPage
{
    Q_OBJECT
public:
    explicit AdjustmentsPage(ReportDocument *document, QWidget *parent = nullptr);
    ListEditor *table() const { return m_lists.first(); }
};
