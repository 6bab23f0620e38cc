#include "NewReportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

NewReportDialog::NewReportDialog(const QStringList &departments, int year, QWidget *parent)
    : QDialog(parent), m_department(new QComboBox(this)), m_year(new QSpinBox(this))
{
    setWindowTitle(tr("新建报告"));
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setEditable(true);
    m_department->addItems(departments);
    m_department->setCurrentText(QString());
    m_department->lineEdit()->setPlaceholderText(tr("部门全称，如：湘潭市行政审批服务局"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    m_year->setFocusPolicy(Qt::StrongFocus); // the mouse wheel must not change the year in passing
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("新建"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("部门(&D)："), m_department);
    form->addRow(tr("年度(&Y)："), m_year);
    form->addRow(buttons);
    // Wide enough for the hint in the department field, whatever the language.
    const int hint = m_department->fontMetrics().horizontalAdvance(m_department->lineEdit()->placeholderText());
    m_department->setMinimumWidth(hint + m_department->fontMetrics().averageCharWidth() * 8);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_department, &QComboBox::currentTextChanged, this, &NewReportDialog::updateOk);
    updateOk();
}

QString NewReportDialog::department() const
{
    return m_department->currentText().trimmed();
}

int NewReportDialog::year() const
{
    return m_year->value();
}

void NewReportDialog::setDepartment(const QString &department)
{
    m_department->setCurrentText(department);
}

void NewReportDialog::setYear(int year)
{
    m_year->setValue(year);
}

void NewReportDialog::updateOk()
{
    m_ok->setEnabled(!department().isEmpty());
}
