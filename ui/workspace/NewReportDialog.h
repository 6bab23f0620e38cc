#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

// Asks for the department and year of a new report (an existing department can be picked).
class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    NewReportDialog(const QStringList &departments, int year, QWidget *parent = nullptr);

    QString department() const;
    int year() const;
    void setDepartment(const QString &department);
    void setYear(int year);

private:
    void updateOk();

    QComboBox *m_department;
    QSpinBox *m_year;
    class QPushButton *m_ok;
};
