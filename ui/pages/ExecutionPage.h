#pragma once

#include "FormPage.h"

// 执行与结余: spending, 财政收回, 年末结转 (against the balance it should have),
// “三公经费” actual spending, receptions, government procurement.
class ExecutionPage : public FormPage
{
    Q_OBJECT
public:
    explicit ExecutionPage(ReportDocument *document, QWidget *parent = nullptr);
};
