#pragma once

#include "FormPage.h"

// 落款: the signing department (the report's department when left empty) and the date.
class SignaturePage : public FormPage
{
    Q_OBJECT
public:
    explicit SignaturePage(ReportDocument *document, QWidget *parent = nullptr);
};
