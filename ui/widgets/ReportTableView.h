#pragma once

#include <QTableView>

// The table of a list of the report. Tab goes along the row, cell by cell (into the editor
// of an editable cell once typing starts), and leaves the table at the row's end (Shift+Tab
// at its start): 金额, 类别, 除外调整 and 原因 are all reached from the keyboard, and keyboard
// users are never trapped in a long table. Text an input method commits on a cell that is
// not being edited starts the editing with that text, as a typed key does.
class ReportTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ReportTableView(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    // The next (or previous) visible cell of the current row, or invalid at its end.
    QModelIndex alongRow(bool next) const;
};
