#pragma once

#include "SelfEvaluationForm.h"

#include <QCoreApplication>

// The self-evaluation table as a spreadsheet (libxlsxwriter), in the layout of the printed
// one (SelfEvaluationForm): merged cells, borders, column widths, numbers stored as numbers
// with two decimals and their exact decimal text (XlsxNumberText), rates as percentages; A4
// portrait, fitted to the page width, the indicator grid's header repeated on each page; a
// draft says 草稿 in the title row and in the header of every printed page.
class SelfEvaluationXlsx
{
    Q_DECLARE_TR_FUNCTIONS(SelfEvaluationXlsx)
public:
    // Written beside the target and renamed over it: a failure leaves no half file.
    static bool write(const QString &fileName, const SelfEvaluationForm &form, QString *error);
};
