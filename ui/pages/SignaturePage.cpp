#include "SignaturePage.h"

#include "FieldBinder.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

SignaturePage::SignaturePage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("落款"), parent)
{
    QFormLayout *form = addSection(tr("落款"));
    addLine(form, tr("落款单位(&N)："), QStringLiteral("signature.name"));
    auto *given = new QCheckBox(tr("注明落款日期(&G)"), form->parentWidget());
    auto *date = new QDateEdit(form->parentWidget());
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setDate(QDate::currentDate());
    date->setAccessibleName(tr("落款日期"));
    form->addRow(given);
    auto *label = new QLabel(tr("落款日期(&D)："), form->parentWidget());
    label->setBuddy(date);
    form->addRow(label, date);
    m_binder->bindDate(given, date, QStringLiteral("signature.date"));
    finish();
}
