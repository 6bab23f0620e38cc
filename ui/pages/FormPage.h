#pragma once

#include <QHash>
#include <QScrollArea>
#include <QStringList>
#include <functional>

class FieldBinder;
class ListEditor;
class NumberField;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;
class ReportDocument;
struct ReportFigures;

// A page of the data-entry window: a scrolling form of titled sections. Subclasses add
// their fields with the helpers below, which give every field a label with a mnemonic, a
// buddy and an accessible name, and bind it to its report field.
class FormPage : public QScrollArea
{
    Q_OBJECT
public:
    FormPage(ReportDocument *document, const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // Shows and focuses the widget of a field path; false when the path is not on this page.
    virtual bool focusPath(const QString &path);
    // True when the field path is edited on this page.
    virtual bool owns(const QString &path) const;
    FieldBinder *binder() const { return m_binder; }
    // An approved report: fields can be read and copied, not changed.
    void setReadOnly(bool readOnly);
    // Shows reviewers' open comments beside their fields (path → texts).
    void showComments(const QHash<QString, QStringList> &comments);

protected:
    QFormLayout *addSection(const QString &title);
    QVBoxLayout *addPlainSection(const QString &title);
    NumberField *addMoney(QFormLayout *form, const QString &label, const QString &path);
    NumberField *addCount(QFormLayout *form, const QString &label, const QString &path);
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &path);
    QPlainTextEdit *addText(QFormLayout *form, const QString &label, const QString &path, int lines = 4);
    QLineEdit *addComputed(QFormLayout *form, const QString &label,
                           std::function<QString(const ReportFigures &)> text);
    void addList(ListEditor *editor, QVBoxLayout *section);
    void finish(); // call at the end of the constructor: stretch, tab order

    ReportDocument *m_document;
    FieldBinder *m_binder;
    QList<ListEditor *> m_lists;

private:
    QWidget *addSectionFrame(const QString &title);
    QWidget *addRow(QFormLayout *form, const QString &label, QWidget *field, QWidget *focusTarget);

    QString m_title;
    QWidget *m_content;
    QVBoxLayout *m_layout;
};

// The accessible name of a label text: without the mnemonic and the colon.
QString plainLabel(QString label);
