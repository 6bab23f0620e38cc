#pragma once

#include "FormPage.h"

// 部门概况: the report's department and year, title and preamble, 基本情况, staff, 主要职能.
class ProfilePage : public FormPage
{
    Q_OBJECT
public:
    explicit ProfilePage(ReportDocument *document, QWidget *parent = nullptr);
};
