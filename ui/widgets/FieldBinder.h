#pragma once

#include "ReportChange.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QWidget;
class NumberField;
class ReportDocument;
struct ReportFigures;

// Connects form widgets to fields of the report (by exchange-format path): the widget
// shows the field, and what the clerk types becomes an undoable edit of the document. It
// also marks the widgets whose field a finding concerns (tooltip and accessible
// description carry the message) and finds the widget of a path for navigation.
class FieldBinder : public QObject
{
    Q_OBJECT
public:
    explicit FieldBinder(ReportDocument *document, QObject *parent = nullptr);

    void bindText(QLineEdit *edit, const QString &path);
    void bindText(QPlainTextEdit *edit, const QString &path);
    void bindNumber(NumberField *field, const QString &path);
    void bindDate(QCheckBox *given, QDateEdit *edit, const QString &path);
    // A read-only field showing a computed figure (全年预算, expected 年末结转, …).
    void bindComputed(QLineEdit *edit, std::function<QString(const ReportFigures &)> text);

    // The widget that edits `path`, or the first one inside it ("budget.initial").
    QWidget *widgetFor(const QString &path) const;
    QStringList paths() const { return m_widgets.keys(); }
    // Reviewers' comments (path → texts) under the fields they concern; a comment on a
    // whole ("budget.initial") shows under its first part.
    void showComments(const QHash<QString, QStringList> &comments);

private:
    void refresh(const QString &path);
    void refreshAll();
    void onChanged(const ReportChange &change);
    void markProblems();
    void edit(const QString &path, const QVariant &value);
    void add(const QString &path, QWidget *widget, QWidget *markTarget, std::function<void()> refresher);

    struct Binding
    {
        QPointer<QWidget> widget;
        QPointer<QWidget> markTarget;
        std::function<void()> refresh;
    };
    ReportDocument *m_document;
    QHash<QString, Binding> m_widgets;
    QList<std::pair<QPointer<QLineEdit>, std::function<QString(const ReportFigures &)>>> m_computed;
    QString m_editing; // the path being pushed by this binder right now
};
