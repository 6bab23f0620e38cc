#include "NumberField.h"

#include "CountInput.h"
#include "MoneyInput.h"

#include <QEvent>
#include <QKeyEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

NumberField::NumberField(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_edit, 0, 0);
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (kind == Kind::Money) {
        m_unit = new QLabel(tr("万元"), this);
        layout->addWidget(m_unit, 0, 1);
        m_edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    } else {
        m_edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    }
    layout->setColumnStretch(2, 1);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText); // quotes what was typed
    m_errorLabel->setObjectName(QStringLiteral("inputError"));
    m_errorLabel->setVisible(false);
    layout->addWidget(m_errorLabel, 1, 0, 1, 3);

    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &NumberField::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        m_typing = false;
        Q_EMIT editingFinished();
    });
}

QString NumberField::errorText() const
{
    return m_error;
}

void NumberField::setValue(const QVariant &value)
{
    m_typing = false;
    m_value = value;
    setError(QString());
    showValue();
}

void NumberField::showValue()
{
    if (!m_error.isEmpty())
        return; // never overwrite what the clerk typed while it is refused
    QString text;
    if (m_value.isValid()) {
        if (m_kind == Kind::Money) {
            const Money m = m_value.value<Money>();
            text = m_edit->hasFocus() ? m.toExactWan() : m.toWan();
        } else {
            text = QString::number(m_value.toInt());
        }
    }
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void NumberField::onTextEdited(const QString &text)
{
    if (!m_typing) {
        m_typing = true;
        m_valueBeforeTyping = m_value;
    }
    QVariant parsed;
    if (m_kind == Kind::Money) {
        const MoneyInput::Result r = MoneyInput::parse(text);
        if (r.status == MoneyInput::Status::Invalid) {
            refuse(r.error);
            return;
        }
        if (r.status == MoneyInput::Status::Valid)
            parsed = QVariant::fromValue(r.value);
    } else {
        const CountInput::Result r = CountInput::parse(text);
        if (!r.valid) {
            refuse(r.error);
            return;
        }
        if (r.value)
            parsed = *r.value;
    }
    const bool wasRefused = hasRejectedText();
    setError(QString());
    m_value = parsed;
    Q_EMIT valueEdited(parsed);
    if (wasRefused)
        Q_EMIT rejectionChanged(QString(), QString());
}

void NumberField::refuse(const QString &error)
{
    setError(error);
    // While the text is refused the report keeps what it had before this typing began
    // (the live values typed on the way, "1", "12", are taken back).
    if (m_value != m_valueBeforeTyping) {
        m_value = m_valueBeforeTyping;
        Q_EMIT valueEdited(m_value);
    }
    Q_EMIT rejectionChanged(m_edit->text(), error);
}

void NumberField::revert()
{
    m_typing = false;
    setError(QString());
    showValue();
    Q_EMIT rejectionChanged(QString(), QString());
}

void NumberField::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    m_errorLabel->setText(error.isEmpty() ? QString() : tr("%1（按 Esc 恢复原来的值）").arg(error));
    m_errorLabel->setVisible(!error.isEmpty());
    m_edit->setProperty("rejected", !error.isEmpty());
    m_edit->style()->unpolish(m_edit);
    m_edit->style()->polish(m_edit);
    m_edit->setAccessibleDescription(error);
}

bool NumberField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && hasRejectedText()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        revert();
        return true;
    }
    if (watched == m_edit && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        showValue(); // exact value while editing, two decimals otherwise
    return QWidget::eventFilter(watched, event);
}
