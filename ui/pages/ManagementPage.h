#pragma once

#include "FormPage.h"

// 预算管理: the management items (管理制度健全性, 专账核算, …), whether each is met, and
// the text that describes it.
class ManagementPage : public FormPage
{
    Q_OBJECT
public:
    explicit ManagementPage(ReportDocument *document, QWidget *parent = nullptr);
};
