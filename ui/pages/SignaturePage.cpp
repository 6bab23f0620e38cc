#include "SignaturePage.h"

#include "FieldBinder.h"
#include "ReportDocument.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

SignaturePage::SignaturePage(ReportDocument *document, QWidget *parent)
    : FormPage(document, tr("落款"), parent)
{
    QFormLayout *form = addSection(tr("落款"));
    QLineEdit *name = addLine(form, tr("落款单位(&N)："), QStringLiteral("signature.name"));
    // Left empty, the report is signed by the department: the field says so.
    auto showDefault = [this, name] {
        const QString department = m_document->report().department.trimmed();
        name->setPlaceholderText(department.isEmpty() ? tr("留空时使用部门名称") : tr("留空时为：%1").arg(department));
    };
    connect(m_document, &ReportDocument::changed, name, [showDefault](const ReportChange &c) {
        if (c.kind == ReportChange::Kind::Reset || c.path == QLatin1String("department"))
            showDefault();
    });
    showDefault();
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
