#include "EditGuards.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

EditGuards *EditGuards::instance()
{
    static EditGuards *guards = new EditGuards(QCoreApplication::instance());
    return guards;
}

void EditGuards::install(QWidget *widget)
{
    if (qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget))
        widget->setFocusPolicy(Qt::StrongFocus); // no focus by wheel either
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        text->setUndoRedoEnabled(false);
    widget->installEventFilter(instance());
}

bool EditGuards::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()
            && (qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget))) {
            // Scroll the page instead of changing the value.
            for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
                if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
                    QCoreApplication::sendEvent(area->viewport(), event);
                    break;
                }
            }
            return true;
        }
    } else if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Ctrl+E is the window's export; on Linux desktops text fields also bind it (to the end
        // of the line, as End does) and took it from the window.
        const bool exportKey = key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || exportKey) {
            // Not overridden: the window's Undo/Redo and export actions receive the shortcut.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
