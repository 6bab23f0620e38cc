#pragma once

#include <QObject>

class QWidget;

// Small event filters that make forms behave: the mouse wheel never changes a field that
// does not have focus (it scrolls the page instead), Ctrl+Z / Ctrl+Shift+Z go to the
// report's undo stack rather than to a line edit's private history, and Ctrl+E to the export.
class EditGuards : public QObject
{
    Q_OBJECT
public:
    static EditGuards *instance();
    // Applies the guards that fit the widget (spin boxes, combo boxes, date edits, text edits).
    static void install(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
