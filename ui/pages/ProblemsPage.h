#pragma once

#include "FormPage.h"

// 存在的主要问题 and 改进的措施和建议: an introduction, then titled paragraphs.
class ProblemsPage : public FormPage
{
    Q_OBJECT
public:
    explicit ProblemsPage(ReportDocument *document, QWidget *parent = nullptr);
};
