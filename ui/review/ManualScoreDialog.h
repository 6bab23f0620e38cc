#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// A manual score item's score and its 扣分原因, asked for together: 评分 stays disabled
// until the points are a number from 0 to the item's weight and the reason is written.
class ManualScoreDialog : public QDialog
{
    Q_OBJECT
public:
    ManualScoreDialog(const QString &itemName, qint64 weightCenti, QWidget *parent = nullptr);

    QString points() const;
    QString reason() const;
    void setPoints(const QString &points);
    void setReason(const QString &reason);

private:
    void check();

    qint64 m_weightCenti;
    QLineEdit *m_points;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_ok;
};
