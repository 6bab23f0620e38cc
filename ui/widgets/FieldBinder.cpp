#include "FieldBinder.h"

#include "EditGuards.h"
#include "FindingText.h"
#include "NumberField.h"
#include "ReportDocument.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>

FieldBinder::FieldBinder(ReportDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &ReportDocument::changed, this, &FieldBinder::onChanged);
    connect(document, &ReportDocument::findingsChanged, this, &FieldBinder::markProblems);
    connect(document, &ReportDocument::figuresChanged, this, [this] {
        for (const auto &c : std::as_const(m_computed)) {
            if (c.first)
                c.first->setText(c.second(m_document->evaluation().figures));
        }
    });
}

void FieldBinder::add(const QString &path, QWidget *widget, QWidget *markTarget, std::function<void()> refresher)
{
    m_widgets.insert(path, {widget, markTarget, std::move(refresher)});
    widget->setProperty("fieldPath", path);
    refresh(path);
    markProblems();
}

void FieldBinder::edit(const QString &path, const QVariant &value)
{
    m_editing = path;
    m_document->setValue(path, value);
    m_editing.clear();
}

void FieldBinder::bindText(QLineEdit *edit, const QString &path)
{
    EditGuards::install(edit);
    connect(edit, &QLineEdit::textEdited, this, [this, path](const QString &text) { this->edit(path, text); });
    connect(edit, &QLineEdit::editingFinished, m_document, &ReportDocument::endTypingSession);
    add(path, edit, edit, [this, edit, path] {
        const QString text = m_document->value(path).toString();
        if (edit->text() != text)
            edit->setText(text);
    });
}

void FieldBinder::bindText(QPlainTextEdit *edit, const QString &path)
{
    EditGuards::install(edit);
    edit->setTabChangesFocus(true); // keyboard users leave the field with Tab
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, path] {
        if (m_editing.isEmpty() && edit->property("refreshing").toBool() == false)
            this->edit(path, edit->toPlainText());
    });
    add(path, edit, edit, [this, edit, path] {
        const QString text = m_document->value(path).toString();
        if (edit->toPlainText() != text) {
            edit->setProperty("refreshing", true);
            edit->setPlainText(text);
            edit->setProperty("refreshing", false);
        }
    });
}

void FieldBinder::bindNumber(NumberField *field, const QString &path)
{
    EditGuards::install(field->lineEdit());
    connect(field, &NumberField::valueEdited, this, [this, path](const QVariant &v) { edit(path, v); });
    // A refused text is the report's business (an error until corrected), not the field's.
    connect(field, &NumberField::rejectionChanged, this, [this, path](const QString &text, const QString &reason) {
        m_editing = path;
        if (text.isEmpty())
            m_document->clearRefusedInput(path);
        else
            m_document->setRefusedInput(path, text, reason);
        m_editing.clear();
    });
    connect(m_document, &ReportDocument::refusedInputChanged, field, [this, field, path](const QString &changed) {
        if (changed == path && path != m_editing && field->hasRejectedText() && !m_document->refusedInput(path))
            field->setValue(m_document->value(path));
    });
    connect(field, &NumberField::editingFinished, m_document, &ReportDocument::endTypingSession);
    add(path, field, field->lineEdit(), [this, field, path] {
        const QVariant v = m_document->value(path);
        if (v != field->value() || field->hasRejectedText())
            field->setValue(v);
    });
}

void FieldBinder::bindDate(QCheckBox *given, QDateEdit *edit, const QString &path)
{
    EditGuards::install(edit);
    auto push = [this, given, edit, path] {
        this->edit(path, given->isChecked() ? QVariant(edit->date()) : QVariant());
        m_document->endTypingSession();
    };
    connect(given, &QCheckBox::toggled, this, push);
    connect(edit, &QDateEdit::dateChanged, this, [given, push] {
        if (given->isChecked())
            push();
    });
    add(path, edit, edit, [this, given, edit, path] {
        const QVariant v = m_document->value(path);
        const QSignalBlocker a(given);
        const QSignalBlocker b(edit);
        given->setChecked(v.isValid());
        edit->setEnabled(v.isValid());
        if (v.isValid())
            edit->setDate(v.toDate());
    });
    connect(given, &QCheckBox::toggled, edit, &QWidget::setEnabled);
}

void FieldBinder::bindComputed(QLineEdit *edit, std::function<QString(const ReportFigures &)> text)
{
    edit->setReadOnly(true);
    edit->setFocusPolicy(Qt::TabFocus); // screen readers can still reach it
    edit->setProperty("computed", true);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setText(text(m_document->evaluation().figures));
    m_computed.append({edit, std::move(text)});
}

namespace {
// Position in the page, whatever the widget is nested in.
int formY(QWidget *w)
{
    return w->mapTo(w->window(), QPoint(0, 0)).y();
}
} // namespace

QWidget *FieldBinder::widgetFor(const QString &path) const
{
    const auto it = m_widgets.constFind(path);
    if (it != m_widgets.constEnd())
        return it->widget;
    // A whole ("budget.initial"): its first part in form order.
    QWidget *first = nullptr;
    for (auto i = m_widgets.constBegin(); i != m_widgets.constEnd(); ++i) {
        if (i.key().startsWith(path + QLatin1Char('.')) && i->widget
            && (!first || formY(i->widget) < formY(first)))
            first = i->widget;
    }
    return first;
}

void FieldBinder::refresh(const QString &path)
{
    const auto it = m_widgets.constFind(path);
    if (it != m_widgets.constEnd() && it->widget && path != m_editing)
        it->refresh();
}

void FieldBinder::refreshAll()
{
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it)
        refresh(it.key());
}

void FieldBinder::onChanged(const ReportChange &change)
{
    if (change.kind == ReportChange::Kind::Value)
        refresh(change.path);
    else
        refreshAll();
}

void FieldBinder::markProblems()
{
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it) {
        QWidget *target = it->markTarget;
        if (!target)
            continue;
        const QList<const Finding *> findings = m_document->findingsFor(it.key());
        QString level;
        QStringList messages;
        for (const Finding *f : findings) {
            // Mark where the clerk should look: the finding's first field (a whole marks
            // its parts), or a field it names exactly; not every figure of a sum.
            const QString &primary = f->fields.first();
            const bool marks = f->fields.contains(it.key()) || it.key() == primary
                               || it.key().startsWith(primary + QLatin1Char('.'));
            if (!marks)
                continue;
            messages.append(FindingText::message(*f));
            if (f->isError())
                level = QStringLiteral("error");
            else if (level.isEmpty())
                level = QStringLiteral("warning");
        }
        const QString message = messages.join(QLatin1Char('\n'));
        if (target->property("problem").toString() == level && target->toolTip() == message)
            continue;
        target->setProperty("problem", level);
        target->setToolTip(message);
        target->setAccessibleDescription(message);
        target->style()->unpolish(target);
        target->style()->polish(target);
    }
}

void FieldBinder::showComments(const QHash<QString, QStringList> &comments)
{
    QHash<QWidget *, QStringList> shown;
    for (auto it = comments.constBegin(); it != comments.constEnd(); ++it) {
        if (QWidget *w = widgetFor(it.key()))
            shown[w] += it.value();
    }
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it) {
        QWidget *w = it->widget;
        auto *label = w ? qobject_cast<QLabel *>(w->property("commentLabel").value<QObject *>()) : nullptr;
        if (!label)
            continue;
        const QStringList texts = shown.value(w);
        label->setText(texts.isEmpty() ? QString() : tr("审核意见：%1").arg(texts.join(QStringLiteral("；"))));
        label->setVisible(!texts.isEmpty());
    }
}
