#include "FormPage.h"

#include "FieldBinder.h"
#include "FieldPath.h"
#include "ReportListModel.h"
#include "ListEditor.h"
#include "NumberField.h"
#include "ReportDocument.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

QString plainLabel(QString label)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&"));
    label.remove(mnemonic);
    while (label.endsWith(QLatin1Char(':')) || label.endsWith(QChar(0xFF1A)))
        label.chop(1);
    return label.trimmed();
}

FormPage::FormPage(ReportDocument *document, const QString &title, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_binder(new FieldBinder(document, this))
    , m_title(title)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(m_content);
    setAccessibleName(title);
    auto *heading = new QLabel(title, m_content);
    heading->setObjectName(QStringLiteral("pageTitle"));
    m_layout->addWidget(heading);
}

QWidget *FormPage::addSectionFrame(const QString &title)
{
    // A heading and a framed body (not a QGroupBox: its title is measured and drawn with
    // different fonts under a style sheet, and full-width brackets get clipped).
    auto *heading = new QLabel(title, m_content);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    m_layout->addWidget(heading);
    auto *frame = new QFrame(m_content);
    frame->setObjectName(QStringLiteral("section"));
    frame->setFrameShape(QFrame::StyledPanel);
    m_layout->addWidget(frame);
    return frame;
}

QFormLayout *FormPage::addSection(const QString &title)
{
    auto *form = new QFormLayout(addSectionFrame(title));
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

QVBoxLayout *FormPage::addPlainSection(const QString &title)
{
    return new QVBoxLayout(addSectionFrame(title));
}

QWidget *FormPage::addRow(QFormLayout *form, const QString &label, QWidget *field, QWidget *focusTarget)
{
    auto *l = new QLabel(label, field->parentWidget());
    l->setBuddy(focusTarget);
    focusTarget->setAccessibleName(plainLabel(label));
    // The field, and under it the reviewers' comments on it (hidden while there are none).
    auto *box = new QWidget(field->parentWidget());
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *comment = new QLabel(box);
    comment->setObjectName(QStringLiteral("reviewComment"));
    comment->setTextFormat(Qt::PlainText);
    comment->setWordWrap(true);
    comment->hide();
    column->addWidget(comment);
    field->setProperty("commentLabel", QVariant::fromValue<QObject *>(comment));
    form->addRow(l, box);
    return field;
}

NumberField *FormPage::addMoney(QFormLayout *form, const QString &label, const QString &path)
{
    auto *field = new NumberField(NumberField::Kind::Money, form->parentWidget());
    addRow(form, label, field, field->lineEdit());
    m_binder->bindNumber(field, path);
    return field;
}

NumberField *FormPage::addCount(QFormLayout *form, const QString &label, const QString &path)
{
    auto *field = new NumberField(NumberField::Kind::Count, form->parentWidget());
    addRow(form, label, field, field->lineEdit());
    m_binder->bindNumber(field, path);
    return field;
}

QLineEdit *FormPage::addLine(QFormLayout *form, const QString &label, const QString &path)
{
    auto *edit = new QLineEdit(form->parentWidget());
    addRow(form, label, edit, edit);
    m_binder->bindText(edit, path);
    return edit;
}

QPlainTextEdit *FormPage::addText(QFormLayout *form, const QString &label, const QString &path, int lines)
{
    auto *edit = new QPlainTextEdit(form->parentWidget());
    // A fixed height: long texts scroll inside the box instead of stretching the page.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addRow(form, label, edit, edit);
    m_binder->bindText(edit, path);
    return edit;
}

QLineEdit *FormPage::addComputed(QFormLayout *form, const QString &label,
                                 std::function<QString(const ReportFigures &)> text)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    addRow(form, label, edit, edit);
    edit->setAccessibleDescription(tr("自动计算，不可编辑"));
    m_binder->bindComputed(edit, std::move(text));
    return edit;
}

void FormPage::addList(ListEditor *editor, QVBoxLayout *section)
{
    section->addWidget(editor);
    m_lists.append(editor);
}

void FormPage::finish()
{
    m_layout->addStretch(1);
}

void FormPage::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (!edit->property("computed").toBool())
            edit->setReadOnly(readOnly);
    }
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        edit->setReadOnly(readOnly);
    for (ListEditor *list : std::as_const(m_lists))
        list->setReadOnly(readOnly);
    for (QWidget *w : findChildren<QCheckBox *>())
        w->setEnabled(!readOnly);
    for (QWidget *w : findChildren<QDateTimeEdit *>())
        w->setEnabled(!readOnly);
}

void FormPage::showComments(const QHash<QString, QStringList> &comments)
{
    m_binder->showComments(comments);
    for (ListEditor *list : std::as_const(m_lists))
        list->showComments(comments);
}

bool FormPage::owns(const QString &path) const
{
    for (ListEditor *list : m_lists) {
        const QString listPath = list->model()->listPath();
        if (!listPath.isEmpty() && (path == listPath || pathIsInList(path, listPath)))
            return true;
    }
    return m_binder->widgetFor(path) != nullptr;
}

bool FormPage::focusPath(const QString &path)
{
    for (ListEditor *list : std::as_const(m_lists)) {
        if (list->focusPath(path)) {
            ensureWidgetVisible(list);
            return true;
        }
    }
    QWidget *w = m_binder->widgetFor(path);
    if (!w)
        return false;
    ensureWidgetVisible(w, 50, 80);
    w->setFocus(Qt::OtherFocusReason);
    return true;
}
