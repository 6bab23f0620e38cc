#pragma once

#include "FormPage.h"

// 预算: 上年结转 and 年初预算 (basic / project), “三公经费”预算, and the full-year budget
// after the mid-year adjustments, computed.
class BudgetPage : public FormPage
{
    Q_OBJECT
public:
    explicit BudgetPage(ReportDocument *document, QWidget *parent = nullptr);
};

// "1843.29" for computed amounts in forms.
QString wanText(const class Money &m);
