#pragma once

#include "Money.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;

// An amount (万元) or a count typed by a clerk. Reads what people type (full-width digits
// and Chinese input-method punctuation, separators, a 万元 suffix) through the core's
// lenient parsers; shows 万元 with two decimals when not being edited; a refused text stays
// as typed, with the reason shown under the field, and changes nothing (the binder makes it
// an error of the report, invalid_input). Esc gives the field its value back.
class NumberField : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Money, Count };

    explicit NumberField(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QLineEdit *lineEdit() const { return m_edit; }
    QString errorText() const;
    bool hasRejectedText() const { return !m_error.isEmpty(); }

    // The stored value: Money (amounts) or int (counts); invalid for "not given".
    QVariant value() const { return m_value; }
    void setValue(const QVariant &value);

Q_SIGNALS:
    // The clerk typed something valid (an invalid QVariant when the field was emptied).
    void valueEdited(const QVariant &value);
    void editingFinished();
    // What the clerk typed was refused (`text`, why), or no longer is (both empty).
    void rejectionChanged(const QString &text, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void showValue();
    void setError(const QString &error);
    void refuse(const QString &error);
    void revert();

    Kind m_kind;
    QLineEdit *m_edit;
    QLabel *m_unit = nullptr;
    QLabel *m_errorLabel;
    QVariant m_value;
    QVariant m_valueBeforeTyping; // what the report held when this typing began
    bool m_typing = false;
    QString m_error;
};
