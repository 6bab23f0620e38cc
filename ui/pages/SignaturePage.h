#pragma once

#include "FormPage.h"

// 落款: the signing department and the date.
class SignaturePage : public FormPage
{
    Q_OBJECT
public:
    explicit SignaturePage(ReportDocument *document, QWidget *parent = nullptr);
};
