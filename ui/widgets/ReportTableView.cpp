#include "ReportTableView.h"

#include <QCoreApplication>
#include <QInputMethodEvent>

ReportTableView::ReportTableView(QWidget *parent)
    : QTableView(parent)
{
    setTabKeyNavigation(false); // Tab is handled along the row below
}

QModelIndex ReportTableView::alongRow(bool next) const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !model())
        return QModelIndex();
    const int step = next ? 1 : -1;
    for (int c = current.column() + step; c >= 0 && c < model()->columnCount(current.parent()); c += step) {
        if (!isColumnHidden(c))
            return model()->index(current.row(), c, current.parent());
    }
    return QModelIndex();
}

bool ReportTableView::focusNextPrevChild(bool next)
{
    if (hasFocus()) {
        const QModelIndex target = alongRow(next);
        if (target.isValid()) {
            setCurrentIndex(target);
            return true;
        }
    }
    return QTableView::focusNextPrevChild(next); // the row's end: on to the next widget
}

QModelIndex ReportTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // An editor's Tab (the delegate asks for the next item): along the row, not into the next.
    if (cursorAction == MoveNext || cursorAction == MovePrevious)
        return alongRow(cursorAction == MoveNext);
    return QTableView::moveCursor(cursorAction, modifiers);
}

void ReportTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool next = hint == QAbstractItemDelegate::EditNextItem;
    const bool leaves = (next || hint == QAbstractItemDelegate::EditPreviousItem) && !alongRow(next).isValid();
    QTableView::closeEditor(editor, leaves ? QAbstractItemDelegate::NoHint : hint);
    if (leaves) {
        setFocus();
        QTableView::focusNextPrevChild(next);
    }
}

void ReportTableView::inputMethodEvent(QInputMethodEvent *event)
{
    // Qt opens the editor for a typed key and hands the key on, but not an input method's
    // text: 上级临时交办 typed on a cell would be lost.
    const QModelIndex current = currentIndex();
    if (state() != EditingState && !event->commitString().isEmpty() && current.isValid()
        && edit(current, AnyKeyPressed, event)) {
        if (QWidget *editor = indexWidget(current)) {
            QCoreApplication::sendEvent(editor->focusProxy() ? editor->focusProxy() : editor, event);
            return;
        }
    }
    QTableView::inputMethodEvent(event);
}
